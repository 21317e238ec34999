package org.frontmatter4j.internal;

/** Characters an editor shows as nothing, which make a key look right and match nothing. */
final class Invisibles {
  private Invisibles() {}

  /** What to call an invisible character in a message, or null when {@code c} is visible. */
  static String name(char c) {
    return switch (c) {
      case '\uFEFF' -> "byte order mark";
      case '\u200B' -> "zero-width space";
      case '\u200C' -> "zero-width non-joiner";
      case '\u200D' -> "zero-width joiner";
      case '\u2060' -> "word joiner";
      case '\u00AD' -> "soft hyphen";
      default -> null;
    };
  }

  /** {@code text} without its invisible characters. */
  static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (name(text.charAt(i)) == null) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
