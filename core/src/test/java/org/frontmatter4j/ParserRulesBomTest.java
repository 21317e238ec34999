package org.frontmatter4j;

/** Every parser rule again, after a byte order mark: same lines, columns and messages. */
class ParserRulesBomTest extends ParserRulesTest {
  @Override
  String adapt(String input) {
    return "\uFEFF" + input;
  }
}
