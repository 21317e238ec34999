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
      if (Character.getType(c) == Character.CONTROL && !isLineBreak(c)) {
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

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** A value short enough to quote in a message. */
  static String abbreviate(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
