package org.frontmatter4j.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Smartable corpus in {@code ../shared/corpus}. Tests over it skip when it is absent on
 * a developer's machine, but fail on CI ({@code CI=true}), where it must be present.
 */
public final class Corpus {
  private Corpus() {}

  /**
   * The corpus root, from {@code -Dfrontmatter4j.corpus} (the parent pom sets it) or
   * {@code ../shared/corpus}; aborts the test where it is absent, fails it on CI.
   */
  public static Path root() {
    String configured = System.getProperty("frontmatter4j.corpus");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
    if (!Files.isDirectory(root)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the corpus must be present on CI, but " + root.toAbsolutePath() + " is missing");
      }
      assumeTrue(false, "corpus not present at " + root.toAbsolutePath());
    }
    return root;
  }

  /** Every Markdown file below {@code power-apps/<folder>}, sorted; {@code ""} for all kinds. */
  public static List<Path> files(String folder) {
    Path dir = root().resolve("power-apps").resolve(folder);
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
