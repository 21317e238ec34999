package org.frontmatter4j.lsp;

import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentElement;
import com.github.therapi.runtimejavadoc.CommentText;
import com.github.therapi.runtimejavadoc.InlineLink;
import com.github.therapi.runtimejavadoc.InlineTag;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of a content kind's model, as an author sees them: each key's name, meaning (the
 * model's javadoc), type in words, whether it is required, its closed set of values when it has
 * one, and the keys of what it nests.
 */
final class ContentKeys {
  private static final Map<Class<?>, ContentKeys> CACHE = new ConcurrentHashMap<>();

  /**
   * One key.
   *
   * @param name     the key as files write it
   * @param type     its type in words, such as {@code list of text}
   * @param meaning  the model's javadoc of it, in Markdown; empty when it has none
   * @param required whether a file must have it
   * @param values   its closed set of values; empty when any value of its type goes
   * @param nested   the keys of the mapping it holds (or of each item of its list), if any
   */
  record Key(String name, String type, String meaning, boolean required, List<String> values,
      Optional<ContentKeys> nested) {}

  private final List<Key> keys;

  private ContentKeys(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  /** The keys of a model type, worked out once per type. */
  static ContentKeys of(Class<?> model) {
    ContentKeys known = CACHE.get(model);
    if (known != null) {
      return known;
    }
    ContentKeys keys = new ContentKeys(describe(model));
    CACHE.putIfAbsent(model, keys);
    return keys;
  }

  /** The keys in declaration order. */
  List<Key> keys() {
    return keys;
  }

  /** The key with this name. */
  Optional<Key> key(String name) {
    return keys.stream().filter(key -> key.name().equals(name)).findFirst();
  }

  /** The keys under a path of keys ({@code provider}, {@code images}); empty if it leads nowhere. */
  Optional<ContentKeys> at(List<String> path) {
    Optional<ContentKeys> at = Optional.of(this);
    for (String name : path) {
      at = at.flatMap(keys -> keys.key(name)).flatMap(Key::nested);
    }
    return at;
  }

  private static List<Key> describe(Class<?> model) {
    List<Key> keys = new ArrayList<>();
    for (Method accessor : model.getMethods()) {
      if (accessor.getDeclaringClass() != model || accessor.getParameterCount() > 0
          || Modifier.isStatic(accessor.getModifiers()) || accessor.getReturnType() == void.class
          || accessor.getName().equals("body") || accessor.getName().equals("extra")) {
        continue;
      }
      Type type = accessor.getGenericReturnType();
      keys.add(new Key(accessor.getName(), words(type), meaning(accessor), required(type),
          values(element(type)), nested(element(type))));
    }
    return keys;
  }

  private static boolean required(Type type) {
    Class<?> raw = raw(type);
    return !(raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class || raw == List.class || raw == Map.class);
  }

  /** The type of a value or of each item of a list or optional. */
  private static Type element(Type type) {
    Class<?> raw = raw(type);
    if ((raw == Optional.class || raw == List.class) && type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  private static List<String> values(Type type) {
    Class<?> raw = raw(type);
    if (raw.isEnum()) {
      return Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return List.of("true", "false");
    }
    return List.of();
  }

  private static Optional<ContentKeys> nested(Type type) {
    Class<?> raw = raw(type);
    return raw.isInterface() && raw.getPackageName().equals("org.frontmatter4j.model")
        ? Optional.of(of(raw)) : Optional.empty();
  }

  /** A type in an author's words. */
  static String words(Type type) {
    Class<?> raw = raw(type);
    if (raw == List.class) {
      return "list of " + words(element(type));
    }
    if (raw == Optional.class) {
      return words(element(type));
    }
    if (raw == String.class) {
      return "text";
    }
    if (raw == OffsetDateTime.class) {
      return "date-time with a zone, such as 2020-09-23T16:53:00Z";
    }
    if (raw == LocalDate.class) {
      return "date, such as 2020-09-23";
    }
    if (raw == int.class || raw == Integer.class || raw == OptionalInt.class || raw == long.class
        || raw == OptionalLong.class) {
      return "integer";
    }
    if (raw == double.class || raw == OptionalDouble.class) {
      return "number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw.isEnum()) {
      return "one of " + String.join(", ", values(raw));
    }
    return "mapping (" + raw.getSimpleName() + ")";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** The javadoc of an accessor in Markdown: {@code code} in backticks, links by their name. */
  static String meaning(Method accessor) {
    return markdown(RuntimeJavadoc.getJavadoc(accessor).getComment());
  }

  static String markdown(Comment comment) {
    StringBuilder text = new StringBuilder();
    for (CommentElement element : comment.getElements()) {
      if (element instanceof CommentText plain) {
        text.append(plain.getValue());
      } else if (element instanceof InlineTag tag) {
        text.append(tag.getName().equals("code") ? "`" + tag.getValue() + "`" : tag.getValue());
      } else if (element instanceof InlineLink link) {
        String member = link.getLink().getReferencedMemberName();
        text.append('`').append(member != null ? member : link.getLink().getLabel()).append('`');
      }
    }
    return text.toString().strip().replaceAll("\\s+", " ");
  }
}
