package org.frontmatter4j.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as sites write them: ISO-8601 ({@code 2024-01-15}, {@code 2024-01-15T10:00:00Z},
 * {@code 2024-01-15T10:00:00+01:00}), YAML 1.1 timestamps as Jekyll writes them
 * ({@code 2024-01-15 10:00:00 +0100}), and an ISO zone id after the offset
 * ({@code ...+01:00[Europe/Paris]}). Each part is kept as found: a zone is never invented.
 */
final class DateTexts {
  private static final Pattern DATE_TIME = Pattern.compile(
      "((?:[-+]\\d{4,9}|\\d{4})-\\d{2}-\\d{2})"
          + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
          + "(?:[ \\t]*(Z|z|[-+]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)(?:\\[([^\\]]+)])?)?)?");
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");

  private DateTexts() {}

  /**
   * A date-time's parts; {@code time}, {@code offset} and {@code zone} are null when the text
   * has none.
   */
  record Parts(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {}

  /** The parts of {@code text}, or null when it is not a date, or not a valid one. */
  static Parts parse(String text) {
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(m.group(1));
      LocalTime time = m.group(2) == null ? null : time(m.group(2));
      ZoneOffset offset = m.group(3) == null ? null : offset(m.group(3));
      ZoneId zone = m.group(4) == null ? null : ZoneId.of(m.group(4));
      return new Parts(date, time, offset, zone);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether {@code text} has the shape of a date or date-time, valid or not. */
  static boolean looksLikeDate(String text) {
    return DATE_TIME.matcher(text).matches();
  }

  /** A time such as {@code 10:00}, {@code 9:30:15} or {@code 10:00:00.5}, or null. */
  static LocalTime parseTime(String text) {
    if (!TIME.matcher(text).matches()) {
      return null;
    }
    try {
      return time(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(String text) {
    return LocalTime.parse(text.charAt(1) == ':' ? "0" + text : text);
  }

  private static ZoneOffset offset(String text) {
    return text.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(text);
  }

  /**
   * The form Smartable writes, {@code 2020-09-23T16:53:00Z}, read directly: through a formatter
   * or the pattern above it cost as much as the rest of binding. Null for any other text, and for
   * invalid dates and times such as February 30; a valid one gives the same value as
   * {@link #parse}.
   */
  static OffsetDateTime utcSeconds(String text) {
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
}
