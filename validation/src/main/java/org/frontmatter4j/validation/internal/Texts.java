package org.frontmatter4j.validation.internal;

import java.util.Locale;

/** Small helpers for messages about text. */
final class Texts {
  private Texts() {}

  /** {@code U+0009}: how a message names an invisible character. */
  static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** The first control character of a text other than a line break, or -1. */
  static int firstControl(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !isLineBreak(c)) {
        return c;
      }
    }
    return -1;
  }

  /** The first line break of a text, or -1. */
  static int firstLineBreak(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isLineBreak(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return -1;
  }

  /**
   * Whether {@code c} is a control character, Unicode's category Cc: {@code U+0000..U+001F} and
   * {@code U+007F..U+009F}. The same as {@code Character.getType(c) == Character.CONTROL}, which
   * looks the character up in tables: a measurable share of checking a file on a cold start.
   */
  static boolean isControl(char c) {
    return c <= 0x1F || c >= 0x7F && c <= 0x9F;
  }

  /**
   * Whether {@code c} is white space to Java ({@link Character#isWhitespace}) or a Unicode space
   * ({@link Character#isSpaceChar}); ASCII, nearly every character of a link, without the tables.
   */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** A value short enough to quote in a message. */
  static String abbreviate(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
