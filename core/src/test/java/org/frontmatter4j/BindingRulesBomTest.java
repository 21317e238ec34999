package org.frontmatter4j;

/** Every binding rule again, after a byte order mark: same lines, columns and messages. */
class BindingRulesBomTest extends BindingRulesTest {
  @Override
  String adapt(String text) {
    return text.startsWith("---") ? "\uFEFF" + text : text;
  }
}
