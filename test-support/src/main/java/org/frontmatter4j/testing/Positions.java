package org.frontmatter4j.testing;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks that a reported position names a place in the text: lines end at LF, as the parser
 * counts them, and columns count code points, from 1 to one past the line's last character.
 */
public final class Positions {
  /** The shape of every rule id: {@code area.rule}, lower case, dots and dashes. */
  public static final String RULE_ID = "[a-z]+(\\.[a-z0-9-]+)+";

  private Positions() {}

  /**
   * Fails unless {@code line:column} is in {@code text}.
   *
   * @param text the text the position was reported for
   * @param line 1-based line
   * @param column 1-based column in code points
   * @param what what reported it, for the failure message
   */
  public static void assertInText(String text, int line, int column, Object what) {
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      fail("line " + line + " of " + what + " is not in the text's " + lines.length + " lines");
    }
    String content = lines[line - 1];
    int columns = content.codePointCount(0, content.length()) + 1;
    if (column < 1 || column > columns) {
      fail("column " + column + " of " + what + " is not in line " + line + ", which has "
          + columns + " columns (end of line included)");
    }
  }

  /** Fails unless {@code ruleId} has the shape of a rule id ({@link #RULE_ID}). */
  public static void assertRuleId(String ruleId, Object what) {
    if (ruleId == null || !ruleId.matches(RULE_ID)) {
      fail("rule id " + ruleId + " of " + what + " is not of the form " + RULE_ID);
    }
  }
}
