package org.frontmatter4j;

/** Every binding rule again, with CRLF line endings: same lines, columns and messages. */
class BindingRulesCrLfTest extends BindingRulesTest {
  @Override
  String adapt(String text) {
    return text.replace("\n", "\r\n");
  }
}
