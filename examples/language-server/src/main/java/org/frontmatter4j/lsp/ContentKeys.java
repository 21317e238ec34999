package org.frontmatter4j.lsp;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.frontmatter4j.TypeDescription;
import org.frontmatter4j.schema.Javadocs;
import org.frontmatter4j.schema.KnownValues;

/**
 * The keys of a content kind's model as an author sees them: each key's name, meaning (the
 * model's javadoc), type in words, whether it is required, its set of values when it has one
 * (closed or only usual), and the keys of what it nests. Made from the binder's
 * {@link TypeDescription}, so the editor offers exactly the keys the reader accepts.
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
   * @param values   the values it takes (of each item, for a list), when they form a small set:
   *                 an enum's constants, true and false, or the files' values from
   *                 {@link KnownValues}; empty when any value of its type goes
   * @param closed   whether no other value goes; an open set is offered, not enforced
   * @param nested   the type of the mapping it holds (or of each item of its list), if any
   */
  record Key(String name, String type, String meaning, boolean required, List<String> values,
      boolean closed, Optional<Class<?>> nested) {

    /** The keys of the mapping it holds, or of each item of its list. */
    Optional<ContentKeys> keys() {
      return nested.map(ContentKeys::of);
    }
  }

  private final List<Key> keys;

  private ContentKeys(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  /** The keys of a model type, worked out once per type. */
  static ContentKeys of(Class<?> model) {
    ContentKeys known = CACHE.get(model);
    if (known == null) {
      known = new ContentKeys(TypeDescription.of(model).properties().stream()
          .map(property -> {
            Optional<KnownValues.Values> seen = KnownValues.of(model, property.key());
            List<String> values = seen.map(KnownValues.Values::values)
                .orElseGet(() -> values(element(property.genericType())));
            return new Key(property.key(), words(property.genericType()),
                Javadocs.of(model, property), property.required(), values,
                seen.map(KnownValues.Values::closed).orElse(!values.isEmpty()),
                property.nested().<Class<?>>map(TypeDescription::type));
          })
          .toList());
      CACHE.putIfAbsent(model, known);
    }
    return known;
  }

  /** The keys in declaration order, the order Smartable writes them. */
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
      at = at.flatMap(keys -> keys.key(name)).flatMap(Key::keys);
    }
    return at;
  }

  /** The type of a value, or of each item of a list or optional. */
  private static Type element(Type type) {
    Class<?> raw = raw(type);
    if ((raw == Optional.class || raw == List.class || raw == Set.class
        || raw == Collection.class) && type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  private static List<String> values(Type type) {
    Class<?> raw = raw(type);
    if (raw.isEnum()) {
      return Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return List.of("true", "false");
    }
    return List.of();
  }

  /** A type in an author's words. */
  static String words(Type type) {
    Class<?> raw = raw(type);
    if (raw == List.class || raw == Set.class || raw == Collection.class) {
      return "list of " + words(element(type));
    }
    if (raw == Optional.class) {
      return words(element(type));
    }
    if (raw == Map.class) {
      return "mapping";
    }
    if (raw == String.class || raw == CharSequence.class) {
      return "text";
    }
    if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Instant.class) {
      return "date-time with a zone, such as 2020-09-23T16:53:00Z";
    }
    if (raw == LocalDate.class) {
      return "date, such as 2020-09-23";
    }
    if (raw == Duration.class) {
      return "duration, such as PT1H30M";
    }
    if (raw == int.class || raw == Integer.class || raw == OptionalInt.class || raw == long.class
        || raw == Long.class || raw == OptionalLong.class) {
      return "integer";
    }
    if (raw == double.class || raw == Double.class || raw == OptionalDouble.class) {
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
}
