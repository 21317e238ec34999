package org.frontmatter4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line: exit code 2, a clear message, no stack trace. */
class UsageTest {
  @TempDir
  Path dir;

  @Test
  void noArgumentsPrintsTheUsage() {
    LocalSpark.Run run = LocalSpark.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("positional parameter at index 0..* (INPUT... OUTPUT) requires at least 2"
            + " values, but none were specified.")
        .contains("Usage: spark-validate [-hV] [--debug] [--lenient] [--format=FORMAT]")
        .doesNotContain("\tat ");
  }

  @Test
  void anOutputInsideTheInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));

    LocalSpark.Run run = LocalSpark.run(site, site.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("the output file:" + site.resolve("out")
        + " must not be inside the input file:" + site + ", nor hold it");
    assertThat(site.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingInputIsNamed() {
    LocalSpark.Run run = LocalSpark.run(dir.resolve("missing"), dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("spark-validate: " + dir.resolve("missing")
        + ": no such file or directory\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownFormatIsRefused() {
    LocalSpark.Run run = LocalSpark.run("--format", "xml", dir, dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--format': expected one of "
        + "[json, parquet] (case-sensitive) but was 'xml'");
  }
}
