package org.frontmatter4j.lsp;

import org.eclipse.lsp4j.Position;

/**
 * Converts between the library's positions (1-based lines, 1-based columns in Unicode code points,
 * a byte order mark being no column) and the protocol's (0-based lines, 0-based characters in
 * UTF-16 code units, the editor's text as it holds it). Lines end at {@code \n}, as the parser
 * counts them; a CRLF line's {@code \r} is the last character of its line.
 */
final class TextPositions {
  private TextPositions() {}

  /** The offset in {@code text} of a protocol position, clamped to its line and to the text. */
  static int offset(String text, Position position) {
    int lineStart = lineStart(text, position.getLine());
    if (lineStart < 0) {
      return text.length();
    }
    int lineEnd = lineEnd(text, lineStart);
    return Math.min(lineStart + Math.max(0, position.getCharacter()), lineEnd);
  }

  /** The protocol position of an offset in {@code text}. */
  static Position position(String text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
      line++;
      lineStart = at + 1;
    }
    return new Position(line, offset - lineStart);
  }

  /**
   * The protocol position of a library line and code-point column. A column past the end of its
   * line is the line's end; a line past the text's end is the text's end.
   */
  static Position position(String text, int line, int column) {
    int lineStart = lineStart(text, line - 1);
    if (lineStart < 0) {
      return position(text, text.length());
    }
    if (lineStart == 0 && text.startsWith("\uFEFF")) {
      lineStart = 1;
    }
    int lineEnd = lineEnd(text, lineStart);
    int offset = lineStart;
    for (int i = 1; i < column && offset < lineEnd; i++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return new Position(line - 1, Math.min(offset, lineEnd) - lineStart(text, line - 1));
  }

  /** Where a 0-based line starts; -1 past the end of the text. */
  static int lineStart(String text, int line) {
    int start = 0;
    for (int i = 0; i < line; i++) {
      int newline = text.indexOf('\n', start);
      if (newline < 0) {
        return -1;
      }
      start = newline + 1;
    }
    return start;
  }

  /** Where the line that starts at {@code lineStart} ends: its {@code \n}, or the text's end. */
  static int lineEnd(String text, int lineStart) {
    int newline = text.indexOf('\n', lineStart);
    return newline < 0 ? text.length() : newline;
  }

  /** The text of a 0-based line, without its line break; empty past the end of the text. */
  static String line(String text, int line) {
    int start = lineStart(text, line);
    if (start < 0) {
      return "";
    }
    int end = lineEnd(text, start);
    return text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
  }

  /** The position just after the last character: the end of a whole-document range. */
  static Position end(String text) {
    return position(text, text.length());
  }
}
