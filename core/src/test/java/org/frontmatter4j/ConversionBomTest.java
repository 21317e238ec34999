package org.frontmatter4j;

/** Every conversion again, after a byte order mark: same lines, columns and messages. */
class ConversionBomTest extends ConversionTest {
  @Override
  String adapt(String text) {
    return text.startsWith("---") ? "\uFEFF" + text : text;
  }
}
