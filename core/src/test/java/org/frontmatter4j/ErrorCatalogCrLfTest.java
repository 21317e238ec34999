package org.frontmatter4j;

/**
 * Every example of the error catalogue again, with CRLF line endings: the same reports. An
 * example that spells a CRLF out (a U+000D escape before a line end) is about its line endings
 * and runs as written.
 */
class ErrorCatalogCrLfTest extends ErrorCatalogTest {
  @Override
  String adapt(String text) {
    return text.contains("\r\n") ? text : text.replace("\n", "\r\n");
  }
}
