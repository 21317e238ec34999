package org.frontmatter4j.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * The real Smartable corpus: {@link org.frontmatter4j.testing.Corpus} (test-support), which new
 * tests use directly; this name stays only for tests written before it.
 */
final class Corpus {
  private Corpus() {}

  /** See {@link org.frontmatter4j.testing.Corpus#files(String)}. */
  static List<Path> files(String folder) {
    return org.frontmatter4j.testing.Corpus.files(folder);
  }
}
