package org.frontmatter4j;

/**
 * A position in a source file.
 *
 * @param line   1-based line number
 * @param column 1-based column, counted in Unicode code points
 * @param offset 0-based offset in UTF-16 chars into {@link FrontMatterDocument#text()}
 *               (the file's text after any byte order mark)
 */
public record SourcePosition(int line, int column, int offset) {

  /** The start of a file. */
  public static final SourcePosition START = new SourcePosition(1, 1, 0);

  /**
   * Checks that line and column are 1-based and the offset is not negative.
   *
   * @param line 1-based line number
   * @param column 1-based column, counted in Unicode code points
   * @param offset 0-based offset in UTF-16 chars into {@link FrontMatterDocument#text()} (the
   *     file's text after any byte order mark)
   */
  public SourcePosition {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 1 and offset >= 0, got " + line + ":" + column + " @" + offset);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
