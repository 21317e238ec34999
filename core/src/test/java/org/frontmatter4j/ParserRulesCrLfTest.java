package org.frontmatter4j;

/** Every parser rule again, with CRLF line endings: same lines, columns and messages. */
class ParserRulesCrLfTest extends ParserRulesTest {
  @Override
  String adapt(String input) {
    return input.replace("\n", "\r\n");
  }
}
