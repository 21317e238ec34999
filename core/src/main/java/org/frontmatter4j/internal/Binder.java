package org.frontmatter4j.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.frontmatter4j.FrontMatterDocument;
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
 * Type-checked reading of tree values into model builders. Each reader method either hands the
 * converted value to its consumer or records one problem at the value's position; binding goes on
 * so that one run reports every problem in the file.
 */
public class Binder {
  private final FrontMatterDocument document;
  private final boolean lenient;
  private final List<Problem> problems = new ArrayList<>();

  protected Binder(FrontMatterDocument document, boolean lenient) {
    this.document = document;
    this.lenient = lenient;
  }

  protected final FrontMatterDocument document() {
    return document;
  }

  protected final List<Problem> problems() {
    problems.sort((a, b) -> a.line() != b.line()
        ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    return problems;
  }

  protected final boolean hasErrors() {
    for (Problem problem : problems) {
      if (problem.isError()) {
        return true;
      }
    }
    return false;
  }

  /** Reads one value into a builder. */
  @FunctionalInterface
  protected interface Reader<B> {
    void read(Binder binder, B builder, Value value);
  }

  /** A field of the model: its key, whether it must be present, and how to read it. */
  protected record Field<B>(String key, boolean required, Reader<B> reader) {}

  /**
   * A value being bound, and where it is. Its property path is built only when a problem asks
   * for it: building one for every value was a measurable share of binding.
   */
  protected static final class Value {
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
    protected static Value root(YamlMapping frontMatter) {
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

    protected YamlNode node() {
      return node;
    }

    /** The property path, such as {@code provider.images[0].width}. */
    protected String path() {
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
   * Reads a mapping into a builder: each key through its field, unknown keys into
   * {@code extra}, and a problem for each missing required field.
   *
   * @param at the value that is the mapping
   */
  protected final <B> void mapping(YamlMapping mapping, Value at, String what,
      List<Field<B>> fields, B builder, BiConsumer<B, YamlEntry> extra) {
    int found = 0;
    int next = 0;
    for (YamlEntry entry : mapping.entries()) {
      int index = fieldIndex(fields, entry.name(), next);
      Field<B> field = index < 0 ? null : fields.get(index);
      if (field != null) {
        next = index + 1;
      }
      Value child = at.entry(entry.name(), entry.value());
      if (field == null) {
        unknown(entry, child.path(), what, fields);
        if (lenient) {
          extra.accept(builder, entry);
        }
        continue;
      }
      if (field.required()) {
        found++;
      }
      field.reader().read(this, builder, child);
    }
    if (found < requiredCount(fields)) {
      for (Field<B> field : fields) {
        if (field.required() && mapping.entry(field.key()).isEmpty()) {
          String missing = join(at.path(), field.key());
          report(mapping, missing, Rules.REQUIRED, Severity.ERROR, what + " needs '" + field.key()
              + "'; add a '" + field.key() + ":' line");
        }
      }
    }
  }

  /**
   * The index of the field named {@code key}, or -1. Files list their keys in the order the
   * fields are declared, so the search starts after the last field found and wraps around: most
   * keys are found at the first comparison instead of after half the list.
   */
  private static <B> int fieldIndex(List<Field<B>> fields, String key, int from) {
    int size = fields.size();
    for (int i = 0, at = from; i < size; i++, at++) {
      if (at >= size) {
        at = 0;
      }
      if (fields.get(at).key().equals(key)) {
        return at;
      }
    }
    return -1;
  }

  private static <B> int requiredCount(List<Field<B>> fields) {
    int count = 0;
    for (Field<B> field : fields) {
      if (field.required()) {
        count++;
      }
    }
    return count;
  }

  private <B> void unknown(YamlEntry entry, String path, String what, List<Field<B>> fields) {
    String suggestion = Suggestions.closest(entry.name(), fields.stream().map(Field::key).toList());
    String message = "unknown key '" + entry.name() + "' in " + what
        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
    report(entry.key(), path, Rules.UNKNOWN_KEY, lenient ? Severity.WARNING : Severity.ERROR,
        lenient ? message : message + (suggestion == null ? "; remove it" : ""));
  }

  protected final Optional<String> string(Value value) {
    YamlScalar scalar = scalar(value, "a string");
    if (scalar == null) {
      return Optional.empty();
    }
    if (scalar.type() == ScalarType.NULL) {
      report(scalar, value.path(), Rules.TYPE, Severity.ERROR,
          "'" + key(value) + "' has no value; write a string, or remove the line");
      return Optional.empty();
    }
    return Optional.of(scalar.value());
  }

  protected final Optional<Integer> integer(Value value) {
    YamlScalar scalar = scalar(value, "an integer");
    if (scalar == null) {
      return Optional.empty();
    }
    if (scalar.type() == ScalarType.INTEGER) {
      try {
        return Optional.of(Integer.parseInt(scalar.value()));
      } catch (NumberFormatException e) {
        report(scalar, value.path(), Rules.TYPE, Severity.ERROR, "'" + key(value) + "' must be"
            + " an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
            + ", but it is " + scalar.value());
        return Optional.empty();
      }
    }
    wrongType(value, scalar, "an integer");
    return Optional.empty();
  }

  protected final Optional<Boolean> bool(Value value) {
    YamlScalar scalar = scalar(value, "true or false");
    if (scalar == null) {
      return Optional.empty();
    }
    if (scalar.type() == ScalarType.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.value()));
    }
    wrongType(value, scalar, "true or false");
    return Optional.empty();
  }

  protected final Optional<OffsetDateTime> dateTime(Value value) {
    YamlScalar scalar = scalar(value, "a date-time");
    if (scalar == null) {
      return Optional.empty();
    }
    String text = scalar.value();
    OffsetDateTime utc = utcSeconds(text);
    if (utc != null) {
      return Optional.of(utc);
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      report(scalar, value.path(), Rules.DATE, Severity.ERROR, "'" + key(value)
          + "' must be a date-time with a zone, such as 2020-09-23T16:53:00Z, but '" + text + "' "
          + dateProblem(text));
      return Optional.empty();
    }
  }

  /**
   * The form Smartable writes, {@code 2020-09-23T16:53:00Z}, read directly: through
   * {@code ISO_OFFSET_DATE_TIME} it cost as much as the rest of binding. Null for any other text,
   * and for invalid dates and times such as February 30, which the formatter then reads or
   * reports as before; a valid one gives the same value the formatter gives.
   */
  private static OffsetDateTime utcSeconds(String text) {
    if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String dateProblem(String text) {
    if (parses(() -> LocalDateTime.parse(text))) {
      return "has no zone; add 'Z' for UTC or an offset such as +02:00";
    }
    if (parses(() -> LocalDate.parse(text))) {
      return "has no time; add one, such as T00:00:00Z";
    }
    return "is not a valid date-time";
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A list whose items are each read by {@code item}; a problem per bad item. */
  protected final <T> Optional<List<T>> list(Value value, BiFunction<Value, Integer, Optional<T>> item) {
    if (!(value.node() instanceof YamlSequence sequence)) {
      if (value.node() instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL) {
        return Optional.of(List.of());
      }
      report(value.node(), value.path(), Rules.TYPE, Severity.ERROR, "'" + key(value)
          + "' must be a list ('- item' lines), but it is " + describe(value.node()));
      return Optional.empty();
    }
    List<T> items = new ArrayList<>(sequence.items().size());
    boolean complete = true;
    for (int i = 0; i < sequence.items().size(); i++) {
      Optional<T> read = item.apply(value.item(i, sequence.items().get(i)), i);
      read.ifPresent(items::add);
      complete &= read.isPresent();
    }
    return complete ? Optional.of(items) : Optional.empty();
  }

  /** A nested mapping, or a problem if the value is not one. */
  protected final Optional<YamlMapping> object(Value value, String what) {
    if (value.node() instanceof YamlMapping mapping) {
      return Optional.of(mapping);
    }
    report(value.node(), value.path(), Rules.TYPE, Severity.ERROR, "'" + key(value) + "' must be "
        + what + " (indented 'key: value' lines), but it is " + describe(value.node()));
    return Optional.empty();
  }

  /** Builds a nested object only when binding it added no error. */
  protected final <T> Optional<T> buildIf(int errorsBefore, Supplier<T> build) {
    return errorCount() == errorsBefore ? Optional.of(build.get()) : Optional.empty();
  }

  protected final int errorCount() {
    int count = 0;
    for (Problem problem : problems) {
      if (problem.isError()) {
        count++;
      }
    }
    return count;
  }

  private YamlScalar scalar(Value value, String expected) {
    if (value.node() instanceof YamlScalar scalar) {
      return scalar;
    }
    report(value.node(), value.path(), Rules.TYPE, Severity.ERROR, "'" + key(value) + "' must be "
        + expected + ", but it is " + describe(value.node()));
    return null;
  }

  private void wrongType(Value value, YamlScalar scalar, String expected) {
    String hint = scalar.type() == ScalarType.STRING && scalar.style() != ScalarStyle.PLAIN
        && !ScalarTypes.resolvePlain(scalar.value()).equals(ScalarType.STRING)
        ? "; remove the quotes" : "";
    report(scalar, value.path(), Rules.TYPE, Severity.ERROR, "'" + key(value) + "' must be "
        + expected + ", but it is " + describe(scalar) + hint);
  }

  private static String describe(YamlNode node) {
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

  private static String key(Value value) {
    String path = value.path();
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  protected final void report(YamlNode node, String path, String rule, Severity severity,
      String message) {
    problems.add(document.problemAt(node.start(), path, rule, severity, message));
  }
}
