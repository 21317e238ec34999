package org.frontmatter4j.internal;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.regex.Pattern;
import org.frontmatter4j.tree.ScalarType;

/**
 * Writes scalar values as YAML text that reads back as exactly the same value. Everything here is
 * conservative: a style is only used when every common YAML reader (our JSON-schema parser, YAML
 * 1.2 core schema readers and YAML 1.1 readers such as Jekyll's) reads it as the same string.
 */
public final class Scalars {
  /**
   * Smartable's date-time layout: seconds always, a fraction only when there is one, {@code Z} for
   * UTC. {@code ISO_OFFSET_DATE_TIME} would drop zero seconds ({@code 16:53Z}).
   */
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
      .appendValue(SECOND_OF_MINUTE, 2)
      .appendFraction(NANO_OF_SECOND, 0, 9, true)
      .appendOffsetId()
      .toFormatter();

  /** Plain words and numbers that some YAML schema (1.1, 1.2 core, JSON) reads as non-strings. */
  private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
      "(?i:y|n|yes|no|on|off|true|false|null|~)",
      "[-+]?0b[0-1_]+",
      "[-+]?0o?[0-7_]+",
      "[-+]?(?:0|[1-9][0-9_]*)",
      "[-+]?0x[0-9a-fA-F_]+",
      "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?",
      "[-+]?(?:\\.[0-9_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?",
      "[-+]?\\.(?i:inf)|\\.(?i:nan)",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
          + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?",
      "<<|="));

  /** Characters a plain scalar may not start with: YAML indicators. */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",[]{}";
  /** YAML's limit on the length of an implicit key. */
  private static final int MAX_KEY_LENGTH = 1024;

  private Scalars() {}

  /** A date-time as Smartable writes it: {@code 2020-09-23T16:53:00Z}. */
  public static String dateTime(OffsetDateTime value) {
    return DATE_TIME.format(value);
  }

  /**
   * A double-quoted scalar. Escapes {@code "}, {@code \}, every character YAML does not allow raw,
   * and the invisible U+0085, U+2028, U+2029 and U+FEFF, which readers take for line breaks or
   * byte order marks; every other character, including U+00A0 and emoji, is written raw.
   */
  public static String doubleQuoted(String value) {
    int first = firstToEscape(value, 0);
    if (first == value.length()) {
      // Most values need no escape: one concatenation instead of a char-by-char copy.
      return '"' + value + '"';
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    int copied = 0;
    for (int i = first; i < value.length(); i = firstToEscape(value, i)) {
      out.append(value, copied, i);
      char c = value.charAt(i);
      String escape = escape(c);
      out.append(escape != null ? escape : String.format("\\u%04X", (int) c));
      copied = ++i;
    }
    return out.append(value, copied, value.length()).append('"').toString();
  }

  /** The index of the first char at or after {@code from} that must be escaped, else the length. */
  private static int firstToEscape(String value, int from) {
    return firstNotRaw(value, from, true);
  }

  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\0' -> "\\0";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\u001B' -> "\\e";
      default -> null;
    };
  }

  /**
   * Whether a BMP char may appear raw in our output: YAML's printable set, less the characters
   * that readers treat as line breaks (U+0085, U+2028, U+2029) or strip (U+FEFF).
   */
  private static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  /** Whether every char is printable and every surrogate is paired, with no line break or tab. */
  private static boolean printableLine(String value) {
    return firstNotRaw(value, 0, false) == value.length();
  }

  /**
   * The index of the first char at or after {@code from} that may not stand raw (a lone
   * surrogate, a char outside {@link #printable}, and with {@code quotes} a {@code "} or
   * {@code \}), else the length.
   */
  private static int firstNotRaw(String value, int from, boolean quotes) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quotes && (c == '"' || c == '\\')) {
        return i;
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || !printable(c)) {
        return i;
      }
    }
    return value.length();
  }

  /** A single-quoted scalar, or null when the value needs escapes that only double quotes have. */
  public static String singleQuoted(String value) {
    if (!printableLine(value)) {
      return null;
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /** Whether a string can be written plain and read back as the same string in any schema. */
  public static boolean plainSafe(String value, boolean flow) {
    if (value.isEmpty() || !printableLine(value)) {
      return false;
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (INDICATORS.indexOf(first) >= 0 || blank(first) || blank(last) || last == ':'
        || value.startsWith("---") || value.startsWith("...")
        || value.contains(": ") || value.contains(" #")) {
      return false;
    }
    if (flow && (value.indexOf(':') >= 0 || value.indexOf('#') >= 0 || containsAny(value))) {
      return false;
    }
    return ScalarTypes.resolvePlain(value) == ScalarType.STRING
        && !(mayResolveAsNonString(value) && NOT_A_STRING.matcher(value).matches());
  }

  /**
   * A cheap necessary condition for {@link #NOT_A_STRING}: every alternative starts with a digit,
   * a sign, a dot, {@code ~}, {@code <} or {@code =}, or is a word of at most five letters from
   * {@code y n o t f}. The regex dominated profiles of the canonical writer, and almost no value
   * (titles, URLs, names) passes this test.
   */
  private static boolean mayResolveAsNonString(String value) {
    char first = value.charAt(0);
    if ((first >= '0' && first <= '9') || "+-.~<=".indexOf(first) >= 0) {
      return true;
    }
    return value.length() <= 5 && "yYnNoOtTfF".indexOf(first) >= 0;
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean containsAny(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (FLOW_INDICATORS.indexOf(value.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Plain when that reads back as the same string, double-quoted otherwise. */
  public static String plainOrQuoted(String value, boolean flow) {
    return plainSafe(value, flow) ? value : doubleQuoted(value);
  }

  /** A mapping key: plain when safe, double-quoted otherwise. */
  public static String key(String key, boolean flow) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH - 2) {
      throw new IllegalArgumentException("a key must have 1 to " + (MAX_KEY_LENGTH - 2)
          + " characters, but it has " + key.length());
    }
    String text = Invisibles.strip(key).length() == key.length() ? plainOrQuoted(key, flow)
        : escapeInvisibles(doubleQuoted(key));
    if (text.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("key is too long to write once escaped: " + key);
    }
    return text;
  }

  /**
   * A double-quoted scalar with its invisible characters as escapes: a reader refuses a key with
   * one typed raw, as a mistake nobody can see (the zero-width space in a pasted key).
   */
  private static String escapeInvisibles(String doubleQuoted) {
    StringBuilder out = new StringBuilder(doubleQuoted.length() + 12);
    for (int i = 0; i < doubleQuoted.length(); i++) {
      char c = doubleQuoted.charAt(i);
      if (Invisibles.name(c) != null) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A non-string scalar (number, boolean, null) as its plain text. It must read back as the same
   * type, or the only way to write it would be with an explicit tag, which readers refuse.
   */
  public static String typed(String value, ScalarType type, boolean flow) {
    if (type == ScalarType.NULL) {
      return flow || !value.isEmpty() ? "null" : "";
    }
    if (ScalarTypes.resolvePlain(value) != type) {
      throw new IllegalArgumentException("cannot write '" + value + "' as " + type
          + " without an explicit tag");
    }
    return value;
  }

  /**
   * A literal block scalar ({@code |} or {@code |-}) with its lines at {@code indent}, joined by
   * {@code newline}; null when the value cannot be written that way without an indentation or keep
   * indicator, or needs escapes.
   */
  public static String literal(String value, int indent, String newline) {
    int trailing = value.endsWith("\n") ? 1 : 0;
    String content = value.substring(0, value.length() - trailing);
    if (content.isEmpty() || content.endsWith("\n") || content.startsWith(" ")
        || content.startsWith("\n")) {
      return null;
    }
    String[] lines = content.split("\n", -1);
    StringBuilder out = new StringBuilder(trailing == 1 ? "|" : "|-");
    String spaces = " ".repeat(indent);
    for (String line : lines) {
      if (!printableLine(line) || (!line.isEmpty() && blank(line.charAt(line.length() - 1)))) {
        return null;
      }
      out.append(newline);
      if (!line.isEmpty()) {
        out.append(spaces).append(line);
      }
    }
    return out.toString();
  }

  /**
   * A folded block scalar ({@code >} or {@code >-}) on one content line; null when the value has
   * inner line breaks (which folding would need blank lines for) or cannot be written that way.
   */
  public static String folded(String value, int indent, String newline) {
    int trailing = value.endsWith("\n") ? 1 : 0;
    String content = value.substring(0, value.length() - trailing);
    if (content.isEmpty() || content.indexOf('\n') >= 0 || !printableLine(content)
        || blank(content.charAt(0)) || blank(content.charAt(content.length() - 1))) {
      return null;
    }
    return (trailing == 1 ? ">" : ">-") + newline + " ".repeat(indent) + content;
  }
}
