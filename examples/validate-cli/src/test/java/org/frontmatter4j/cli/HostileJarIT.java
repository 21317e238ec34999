package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeReadOnly;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeWritable;

import java.io.IOException;
import java.io.RandomAccessFile;
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
    // Every kind is bound and checked (newsletters and 7 of the 12 community versions name no
    // kind: the history dump has no kind folders, so they get the syntax check). The warnings
    // are real data defects (docs/rules.md): 30 excerpts with line breaks, 23 course and
    // collection heats of -2147483598 or -2147483648, an integer overflow of the generator.
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches(String.format(Locale.ROOT,
        "%,d files \\(4,177 people, 2,854 videos, 2,437 news, 1,198 courses, 290 samples,"
            + " 213 collections, 5 communities\\), 0 errors, 53 warnings, ", files)
        + files + "/" + files + " round trips identical \\(\\d+\\.\\d\\d s\\)");
    assertThat(run.out().lines().filter(line -> line.contains(": warning: "))
        .map(line -> line.substring(line.lastIndexOf('[')))).hasSize(53)
        .containsOnly("[text.line-break]", "[heat.range]")
        .filteredOn("[heat.range]"::equals).hasSize(23);
  }

  /**
   * A 700 MB news article whose body is a sparse hole (no disk space used), beside a normal file
   * with an error: validating needs only the front matter, so 64 MB of heap are plenty.
   */
  @Test
  void aHugeFileBesideANormalOneIsCheckedIn64Megabytes() throws Exception {
    Path news = Files.createDirectories(dir.resolve("_news"));
    Path huge = news.resolve("2020-09-23-huge.md");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.write(ValidateJarIT.VALID.getBytes(StandardCharsets.UTF_8));
      file.setLength(700L << 20);
    }
    Files.writeString(news.resolve("2020-09-23-normal.md"), ValidateJarIT.VALID.replace(
        "https://example.com/a", "javascript:alert(1)"));
    try {
      Run run = run(dir, List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), "validate",
          "--no-color", ".");

      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).startsWith(Path.of("_news", "2020-09-23-normal.md") + ":6:14: error:")
          .contains("[url.scheme]").contains("2 files (2 news), 1 error, 0 warnings");
    } finally {
      Files.delete(huge);
    }
  }

  /**
   * A 300 MB news article (its body "body\n" and then a sparse hole) is formatted in 64 MB of
   * heap: its front matter is rewritten and its body streamed into the new file.
   */
  @Test
  void aHugeFileIsFormattedIn64MegabytesWithItsBodyStreamed() throws Exception {
    Path huge = dir.resolve("2020-09-23-huge.md");
    long size = 300L << 20;
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.write(FormatJarIT.SLOPPY.getBytes(StandardCharsets.UTF_8));
      file.setLength(size);
    }
    byte[] canonical = FormatJarIT.CANONICAL.getBytes(StandardCharsets.UTF_8);
    long sloppyHead = FormatJarIT.SLOPPY.getBytes(StandardCharsets.UTF_8).length - 5;
    try {
      Run run = run(dir, List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), "format",
          "--write", ".");

      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).startsWith("formatted " + Path.of("2020-09-23-huge.md"));
      assertThat(Files.size(huge)).isEqualTo(canonical.length - 5 + size - sloppyHead);
      try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "r")) {
        byte[] start = new byte[canonical.length];
        file.readFully(start);
        assertThat(start).isEqualTo(canonical);
        file.seek(Files.size(huge) - 1);
        assertThat(file.read()).isZero();
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).as("no temporary file left behind").hasSize(1);
      }
    } finally {
      Files.delete(huge);
    }
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
    assertThat(run.out()).startsWith("2 files (1 news), 0 errors, 0 warnings");
  }

  @Test
  void fileLinksThatLoopAreNotFollowed() throws Exception {
    Files.createSymbolicLink(dir.resolve("a.md"), dir.resolve("b.md"));
    Files.createSymbolicLink(dir.resolve("b.md"), dir.resolve("a.md"));
    Files.writeString(dir.resolve("ok.md"), ValidateJarIT.VALID);

    Run run = run(dir, List.of(), "validate", "--no-color", ".");

    // Links whose target cannot be reached are warned about, not followed (directory loops are
    // reported: ValidateJarIT); the other files are checked.
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().filter(line -> line.contains(": warning: ")))
        .containsExactly(
            "a.md:1:1: warning: symbolic link to '" + dir.resolve("b.md") + "', which leads back"
                + " to itself (a link loop); the file is not checked: fix the link or remove it"
                + " [site.dangling-link]",
            "b.md:1:1: warning: symbolic link to '" + dir.resolve("a.md") + "', which leads back"
                + " to itself (a link loop); the file is not checked: fix the link or remove it"
                + " [site.dangling-link]");
    assertThat(run.out()).contains("3 files (1 news), 0 errors, 2 warnings");
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
    assertThat(run.out()).startsWith("1 file (1 news), 0 errors, 0 warnings");
  }
}
