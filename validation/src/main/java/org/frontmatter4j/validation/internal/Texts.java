package org.frontmatter4j.validation.internal;

import java.util.Locale;

/** Small helpers for messages about text. */
final class Texts {
  private Texts() {}

  /** {@code U+0009}: how a message names an invisible character. */
  static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** The first control character of a text, or -1; tabs and line breaks count. */
  static int firstControl(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL) {
        return c;
      }
    }
    return -1;
  }

  /** A value short enough to quote in a message. */
  static String abbreviate(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
