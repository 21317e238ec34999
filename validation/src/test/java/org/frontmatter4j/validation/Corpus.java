package org.frontmatter4j.validation;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Smartable corpus, as core's test helper of the same name finds it (a test-jar of core
 * would put a second {@code org.frontmatter4j} package on the module path). Tests over it skip
 * when it is absent on a developer's machine, and fail on CI ({@code CI=true}).
 */
final class Corpus {
  private Corpus() {}

  /** The corpus folder; skips the test when it is absent (fails on CI). */
  static Path root() {
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

  /** Every Markdown file below {@code power-apps/<folder>}, sorted. */
  static List<Path> files(String folder) {
    try (Stream<Path> walk = Files.walk(root().resolve("power-apps").resolve(folder))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
