package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a file: where it is, which rule it breaks and how to fix it.
 *
 * @param sourceName   the file name as given to the parser
 * @param line         1-based line
 * @param column       1-based column in code points
 * @param propertyPath the property the problem is about, such as {@code related[1].images[0].width};
 *                     empty when the problem is not about one property (a syntax error)
 * @param ruleId       stable identifier of the rule, such as {@code yaml.duplicate-key}
 * @param severity     error or warning
 * @param message      what is wrong and how to fix it
 * @param snippet      the source line and a caret under the column; empty when unknown
 */
public record Problem(
    String sourceName,
    int line,
    int column,
    String propertyPath,
    String ruleId,
    Severity severity,
    String message,
    String snippet) {

  /**
   * Checks that every component but the snippet is present and the position is valid.
   *
   * @param sourceName the file name as given to the parser
   * @param line 1-based line
   * @param column 1-based column in code points
   * @param propertyPath the property the problem is about, such as {@code
   *     related[1].images[0].width}; empty when the problem is not about one property (a syntax
   *     error)
   * @param ruleId stable identifier of the rule, such as {@code yaml.duplicate-key}
   * @param severity error or warning
   * @param message what is wrong and how to fix it
   * @param snippet the source line and a caret under the column; empty when unknown
   */
  public Problem {
    requireNonNull(sourceName, "sourceName must not be null");
    requireNonNull(propertyPath, "propertyPath must not be null");
    requireNonNull(ruleId, "ruleId must not be null");
    requireNonNull(severity, "severity must not be null");
    requireNonNull(message, "message must not be null");
    requireNonNull(snippet, "snippet must not be null");
  }

  /** {@return {@code true} for {@link Severity#ERROR}} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line, like a compiler: {@code file:line:column: error: message [rule]}. */
  @Override
  public String toString() {
    return sourceName + ":" + line + ":" + column + ": " + severity.label() + ": " + message
        + " [" + ruleId + "]";
  }

  /** {@return {@link #toString()} followed by the snippet, when there is one} */
  public String format() {
    return snippet.isEmpty() ? toString() : toString() + System.lineSeparator() + snippet;
  }
}
