package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Type-checked reading of a document's tree into any bindable type, driven by its
 * {@link TypeModel}. Each value either converts or records one problem at its position; binding
 * goes on so that one run reports every problem in the file, and an object is only made when
 * nothing inside it had an error.
 */
public final class Binder {
  private final FrontMatterDocument document;
  private final boolean lenient;
  private final int naming;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;

  private Binder(FrontMatterDocument document, boolean lenient, KeyNaming naming) {
    this.document = document;
    this.lenient = lenient;
    this.naming = naming.ordinal();
  }

  /**
   * Binds the whole document to {@code type}; never throws for content problems.
   *
   * @throws IllegalArgumentException if {@code type} cannot be bound at all
   */
  public static <T> BindResult<T> bind(FrontMatterDocument document, Class<T> type,
      boolean lenient, KeyNaming naming) {
    TypeModel model = TypeModel.of(type);
    Binder binder = new Binder(document, lenient, naming);
    YamlMapping frontMatter = document.frontMatter();
    Object value = binder.object(model, frontMatter, Value.root(frontMatter), document.body());
    binder.problems.sort((a, b) -> a.line() != b.line()
        ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    return BindResult.of(binder.errors == 0 ? type.cast(value) : null, binder.problems);
  }

  /**
   * A value being bound, and where it is. Its property path is built only when a problem asks
   * for it: building one for every value was a measurable share of binding.
   */
  static final class Value {
    private final YamlNode node;
    private final Value parent;
    private final String key;
    private final int index;
    private String path;

    private Value(YamlNode node, Value parent, String key, int index, String path) {
      this.node = node;
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.path = path;
    }

    /** The whole front matter, whose property path is empty. */
    static Value root(YamlMapping frontMatter) {
      return new Value(frontMatter, null, null, -1, "");
    }

    /** The value of this mapping's entry {@code key}. */
    Value entry(String key, YamlNode value) {
      return new Value(value, this, key, -1, null);
    }

    /** This sequence's item at {@code index}. */
    Value item(int index, YamlNode item) {
      return new Value(item, this, null, index, null);
    }

    YamlNode node() {
      return node;
    }

    /** The property path, such as {@code provider.images[0].width}. */
    String path() {
      if (path == null) {
        path = key != null ? join(parent.path(), key) : parent.path() + "[" + index + "]";
      }
      return path;
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * Reads a mapping into a new instance of {@code model}'s type: each key through its property,
   * unknown keys into the extras, and a problem for each missing required property.
   *
   * @param at   the value that is the mapping
   * @param body what the body property receives
   * @return the instance, or null when anything in the mapping had an error
   */
  Object object(TypeModel model, YamlMapping mapping, Value at, String body) {
    int errorsBefore = errors;
    PropertyModel[] properties = model.propertyArray();
    String[] keys = model.keys(naming);
    Object[] slots = new Object[model.slots()];
    Map<String, YamlNode> extras = null;
    int found = 0;
    int next = 0;
    for (YamlEntry entry : mapping.entries()) {
      String name = entry.name();
      int index = indexOf(keys, name, next);
      if (index < 0) {
        unknown(entry, at.entry(name, entry.value()), model, keys);
        if (lenient && model.extras() != null) {
          if (extras == null) {
            extras = new LinkedHashMap<>();
          }
          extras.put(name, entry.value());
        }
        continue;
      }
      next = index + 1;
      PropertyModel property = properties[index];
      if (property.required()) {
        found++;
      }
      slots[property.slot()] = property.codec().read(this, at.entry(name, entry.value()));
    }
    if (found < model.requiredCount()) {
      for (int i = 0; i < properties.length; i++) {
        if (properties[i].required() && mapping.entry(keys[i]).isEmpty()) {
          report(mapping, join(at.path(), keys[i]), Rules.REQUIRED, Severity.ERROR, model.what()
              + " needs '" + keys[i] + "'; add a '" + keys[i] + ":' line");
        }
      }
    }
    if (errors != errorsBefore) {
      return null;
    }
    if (model.extras() != null) {
      slots[model.extras().slot()] = extras == null ? Map.of()
          : Collections.unmodifiableMap(extras);
    }
    if (model.body() != null) {
      slots[model.body().slot()] = body;
    }
    try {
      return model.create(slots);
    } catch (RuntimeException e) {
      // The type's own checks refused the values, such as a news article with no URL.
      String message = e.getMessage() != null ? e.getMessage()
          : model.what() + " refused these values (" + e.getClass().getSimpleName() + ")";
      report(mapping, at.path(), Rules.INVALID, Severity.ERROR, message);
      return null;
    }
  }

  /**
   * The index of {@code key} in {@code keys}, or -1. Files list their keys in the order the
   * properties are declared, so the search starts after the last key found and wraps around:
   * most keys are found at the first comparison instead of after half the list.
   */
  private static int indexOf(String[] keys, String key, int from) {
    int size = keys.length;
    for (int i = 0, at = from; i < size; i++, at++) {
      if (at >= size) {
        at = 0;
      }
      String candidate = keys[at];
      // lengths first: a mismatch is usually one, and cheaper to see than with String.equals
      if (candidate.length() == key.length() && candidate.equals(key)) {
        return at;
      }
    }
    return -1;
  }

  private void unknown(YamlEntry entry, Value at, TypeModel model, String[] keys) {
    String suggestion = Suggestions.closest(entry.name(), List.of(keys));
    String message = "unknown key '" + entry.name() + "' in " + model.what()
        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
    report(entry.key(), at.path(), Rules.UNKNOWN_KEY, lenient ? Severity.WARNING : Severity.ERROR,
        lenient ? message : message + (suggestion == null ? "; remove it" : ""));
  }

  /** The value's scalar, or null after reporting that it must be {@code expected}. */
  YamlScalar scalar(Value value, String expected) {
    if (value.node() instanceof YamlScalar scalar) {
      return scalar;
    }
    error(value, Rules.TYPE, "'" + key(value) + "' must be " + expected + ", but it is "
        + describe(value.node()));
    return null;
  }

  /** Reports a scalar of the wrong type; always null, for {@code return binder.wrongType(...)}. */
  Object wrongType(Value value, YamlScalar scalar, String expected) {
    String hint = scalar.type() == ScalarType.STRING && scalar.style() != ScalarStyle.PLAIN
        && !ScalarTypes.resolvePlain(scalar.value()).equals(ScalarType.STRING)
        ? "; remove the quotes" : "";
    return error(value, Rules.TYPE, "'" + key(value) + "' must be " + expected + ", but it is "
        + describe(scalar) + hint);
  }

  /** Reports an error at the value; always null, for {@code return binder.error(...)}. */
  Object error(Value value, String rule, String message) {
    report(value.node(), value.path(), rule, Severity.ERROR, message);
    return null;
  }

  /** A value as a message names it: {@code the string "x"}, {@code a list}. */
  static String describe(YamlNode node) {
    if (node instanceof YamlMapping) {
      return "a mapping";
    }
    if (node instanceof YamlSequence) {
      return "a list";
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.type()) {
      case NULL -> "empty";
      case STRING -> "the string \"" + abbreviate(scalar.value()) + "\"";
      case INTEGER -> "the integer " + scalar.value();
      case FLOAT -> "the number " + scalar.value();
      case BOOLEAN -> "the boolean " + scalar.value();
    };
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 37) + "..." : value;
  }

  /** The last step of the value's path, which messages name: {@code width}, {@code tags[1]}. */
  static String key(Value value) {
    String path = value.path();
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private void report(YamlNode node, String path, String rule, Severity severity,
      String message) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    problems.add(document.problemAt(node.start(), path, rule, severity, message));
  }
}
