package org.frontmatter4j;

import java.nio.file.Path;
import java.util.List;

/**
 * The real Smartable corpus: {@link org.frontmatter4j.testing.Corpus} (test-support), which new
 * tests use directly; kept under this name for the tests of this package that predate it.
 */
public final class Corpus {
  private Corpus() {}

  /** See {@link org.frontmatter4j.testing.Corpus#root()}. */
  public static Path root() {
    return org.frontmatter4j.testing.Corpus.root();
  }

  /** See {@link org.frontmatter4j.testing.Corpus#files(String)}. */
  public static List<Path> files(String folder) {
    return org.frontmatter4j.testing.Corpus.files(folder);
  }
}
