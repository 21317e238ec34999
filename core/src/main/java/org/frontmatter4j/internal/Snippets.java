package org.frontmatter4j.internal;

/** Builds the two-line "source line + caret" snippet shown under a problem. */
public final class Snippets {
  /** Lines longer than this are cut to a window around the column. */
  private static final int MAX_WIDTH = 120;
  private static final int CONTEXT_BEFORE = 40;

  private Snippets() {}

  /**
   * The line that holds {@code offset}, and a caret under it.
   *
   * @param text   the whole text
   * @param offset char offset of the position (clamped to the text)
   * @param column 1-based code-point column of the position
   */
  public static String caret(String text, int offset, int column) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
      lineEnd--;
    }
    String line = text.substring(lineStart, lineEnd);
    int caretAt = Math.min(Math.max(0, at - lineStart), line.length());
    String prefix = "";
    String suffix = "";
    if (line.length() > MAX_WIDTH) {
      int from = Math.max(0, caretAt - CONTEXT_BEFORE);
      int to = Math.min(line.length(), from + MAX_WIDTH);
      prefix = from > 0 ? "..." : "";
      suffix = to < line.length() ? "..." : "";
      caretAt = caretAt - from + prefix.length();
      line = prefix + line.substring(from, to) + suffix;
    }
    StringBuilder out = new StringBuilder(line.length() * 2 + 4);
    out.append(visible(line)).append(System.lineSeparator());
    for (int i = 0; i < caretAt; i++) {
      // Tabs keep their width so the caret lines up under tab-indented text.
      out.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return out.append('^').toString();
  }

  /** Control characters would garble a terminal; show them as U+2400 symbols. */
  private static String visible(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 && c != '\t') {
        if (out == null) {
          out = new StringBuilder(line.substring(0, i));
        }
        out.append((char) (0x2400 + c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? line : out.toString();
  }
}
