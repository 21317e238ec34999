package org.frontmatter4j;

/** The line terminators a file uses. */
public enum LineEnding {
  /** Every line ends with {@code \n}. */
  LF("\n"),
  /** Every line ends with {@code \r\n}. */
  CRLF("\r\n"),
  /** Both {@code \n} and {@code \r\n} occur. Writers use {@link #LF} for new lines. */
  MIXED("\n");

  private final String separator;

  LineEnding(String separator) {
    this.separator = separator;
  }

  /** {@return the terminator a writer uses for lines it creates} */
  public String separator() {
    return separator;
  }
}
