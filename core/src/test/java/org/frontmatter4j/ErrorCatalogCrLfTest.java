package org.frontmatter4j;

/** Every example of the error catalogue again, with CRLF line endings: the same reports. */
class ErrorCatalogCrLfTest extends ErrorCatalogTest {
  @Override
  String adapt(String text) {
    return text.replace("\n", "\r\n");
  }
}
