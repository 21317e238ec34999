package org.frontmatter4j;

/** Every example of the error catalogue again, after a byte order mark: the same reports. */
class ErrorCatalogBomTest extends ErrorCatalogTest {
  @Override
  String adapt(String text) {
    return "\uFEFF" + text;
  }
}
