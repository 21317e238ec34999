package org.frontmatter4j;

/** Every conversion again, with CRLF line endings: same lines, columns and messages. */
class ConversionCrLfTest extends ConversionTest {
  @Override
  String adapt(String text) {
    return text.replace("\n", "\r\n");
  }
}
