package org.frontmatter4j.testing;

/** Text as a failure message can show it. */
public final class Texts {
  private Texts() {}

  /**
   * {@code text} with every control, format, separator (other than the space), lone surrogate,
   * private-use and unassigned character as a Java escape ({@code \n}, {@code \t}, or a
   * backslash, {@code u} and four hex digits), so that what a terminal would hide, swallow or
   * reorder is visible.
   *
   * @param text any text
   * @return the text, printable
   */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(c);
          boolean hidden = type == Character.CONTROL || type == Character.FORMAT
              || type == Character.SURROGATE || type == Character.PRIVATE_USE
              || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || (type == Character.SPACE_SEPARATOR && c != ' ');
          if (!hidden) {
            out.appendCodePoint(c);
          } else {
            for (char unit : Character.toChars(c)) {
              out.append(String.format("\\u%04X", (int) unit));
            }
          }
        }
      }
    });
    return out.toString();
  }
}
