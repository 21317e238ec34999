package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeReadOnly;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeWritable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontmatter4j.cli.ValidateJarIT.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar against hostile surroundings: a small heap over the whole corpus, files that cannot be
 * read or written, links that loop or lead to endless devices, pipes.
 */
class HostileJarIT {
  @TempDir
  Path dir;

  /** Runs the jar in {@code workDir} with JVM options before {@code -jar}. */
  static Run run(Path workDir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar",
        Path.of(System.getProperty("validate.jar")).toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("finishes").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path corpus() {
    Path root = Path.of(System.getProperty("frontmatter4j.corpus", "../../../shared/corpus"));
    if (!Files.isDirectory(root) && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort("corpus not present at " + root.toAbsolutePath());
    }
    return root.resolve("power-apps");
  }

  @Test
  void theWholeCorpusIsCheckedAndWrittenBackIn128Megabytes() throws Exception {
    Path corpus = corpus();
    long files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(path -> path.toString().endsWith(".md")).count();
    }

    // An OutOfMemoryError anywhere ends the JVM with exit code 3 instead of being swallowed.
    Run run = run(dir, List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError"), "validate",
        "--check-round-trip", "--threads", "8", "--no-color", corpus.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    // The 16 warnings are the real excerpts with line breaks (text.line-break, see docs/rules.md).
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches(String.format(Locale.ROOT,
        "%,d files \\(%,d news\\), 0 errors, 16 warnings, ", files, files)
        + files + "/" + files + " round trips identical \\(\\d+\\.\\d\\d s\\)");
    assertThat(run.out().lines().filter(line -> line.contains(": warning: ")))
        .hasSize(16).allMatch(line -> line.endsWith("[text.line-break]"));
  }

  @Test
  void aReadOnlyFileIsNotFormattedAndNothingElseChanges() throws Exception {
    Path locked = dir.resolve("b.md");
    Files.writeString(locked, FormatJarIT.SLOPPY);
    Files.writeString(dir.resolve("d.md"), FormatJarIT.SLOPPY);
    makeReadOnly(locked);
    try {
      Run run = run(dir, List.of(), "format", "--write", ".");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).isEqualTo(Path.of("b.md") + ": cannot write: permission denied"
          + System.lineSeparator());
      assertThat(Files.readString(locked)).isEqualTo(FormatJarIT.SLOPPY);
      assertThat(Files.readString(dir.resolve("d.md"))).isEqualTo(FormatJarIT.CANONICAL);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).as("no temporary file left behind").hasSize(2);
      }
    } finally {
      makeWritable(locked);
    }
  }

  @Test
  void anUnreadableFileIsReportedAndTheOthersAreChecked() throws Exception {
    // Root reads any file whatever its mode; /proc/self/mem is a regular file that no one can
    // read from its start.
    Path memory = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.isRegularFile(memory), "/proc is mounted");
    Files.createSymbolicLink(dir.resolve("unreadable.md"), memory);
    Files.writeString(dir.resolve("ok.md"), ValidateJarIT.VALID);

    Run run = run(dir, List.of(), "validate", "--no-color", ".");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(Path.of("unreadable.md") + ": cannot read: Input/output error"
        + System.lineSeparator());
    assertThat(run.out()).startsWith("2 files, 0 errors, 0 warnings");
  }

  @Test
  void fileLinksThatLoopAreNotFollowed() throws Exception {
    Files.createSymbolicLink(dir.resolve("a.md"), dir.resolve("b.md"));
    Files.createSymbolicLink(dir.resolve("b.md"), dir.resolve("a.md"));
    Files.writeString(dir.resolve("ok.md"), ValidateJarIT.VALID);

    Run run = run(dir, List.of(), "validate", "--no-color", ".");

    // The walk sees links whose target it cannot reach as links, not files, and skips them
    // (directory loops are reported: ValidateJarIT).
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("1 file, 0 errors, 0 warnings");
  }

  @Test
  void pipesAndLinksToDevicesAmongContentFilesAreSkipped() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("pipe.md").toString())
        .start().waitFor() == 0, "mkfifo is available");
    Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
    Files.writeString(dir.resolve("ok.md"), ValidateJarIT.VALID);

    Run run = run(dir, List.of(), "validate", "--no-color", ".");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("1 file, 0 errors, 0 warnings");
  }
}
