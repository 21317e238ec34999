package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.frontmatter4j.cli.ValidateJarIT.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format --check} and {@code --write}, run as a separate process. */
class FormatJarIT {
  /** VALID in canonical style, then the same article laid out differently. */
  static final String CANONICAL = "---\ncategory: news\ntitle: \"T\"\nexcerpt: \"E\"\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\noriginalUrl: \"https://example.com/a\"\n"
      + "type: article\n\nprovider:\n  name: Example\n  domain: example.com\n\ntopics:\n  - AI\n"
      + "---\nbody\n";
  static final String SLOPPY = "---\ntitle: 'T'\ncategory: news\nexcerpt: E\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\noriginalUrl: https://example.com/a\n"
      + "type: article\nprovider: {name: Example, domain: example.com}\ntopics: [AI]\n"
      + "---\nbody\n";

  @TempDir
  Path dir;

  @Test
  void checkListsFilesThatWouldChangeAndTouchesNothing() throws Exception {
    Files.writeString(dir.resolve("a.md"), CANONICAL);
    Files.writeString(dir.resolve("b.md"), SLOPPY);
    Files.writeString(dir.resolve("c.md"), CANONICAL.replace("\n", "\r\n"));

    Run run = ValidateJarIT.run(dir, "format", "--check", "-q", ".");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(Path.of("b.md") + System.lineSeparator());
    assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo(SLOPPY);
  }

  @Test
  void writeRewritesToTheCanonicalBytesKeepingLineEndingsAndBom() throws Exception {
    Files.writeString(dir.resolve("b.md"), SLOPPY);
    Files.writeString(dir.resolve("c.md"), "\uFEFF" + SLOPPY.replace("\n", "\r\n"));

    Run run = ValidateJarIT.run(dir, "format", "--write", ".");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("formatted " + Path.of("b.md"))
        .contains("2 files (2 news), 0 canonical, 2 formatted, 0 with errors");
    assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo(CANONICAL);
    assertThat(Files.readString(dir.resolve("c.md")))
        .isEqualTo("\uFEFF" + CANONICAL.replace("\n", "\r\n"));
    assertThat(ValidateJarIT.run(dir, "format", "--check", ".").exit()).isZero();
  }

  @Test
  void fileWithErrorsIsReportedAndLeftAlone() throws Exception {
    String broken = SLOPPY.replace("type: article", "type: article\nheat: hot");
    Files.writeString(dir.resolve("b.md"), broken);

    Run run = ValidateJarIT.run(dir, "format", "--write", ".");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("'heat' must be an integer")
        .contains(Path.of("b.md") + ": not formatted: fix its errors first");
    assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo(broken);
  }

  @Test
  void unwritableFileIsAnErrorAndNothingElseChanges() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("b.md"), SLOPPY);
    Files.writeString(dir.resolve("d.md"), SLOPPY);
    lock(locked);
    try {
      Run run = ValidateJarIT.run(dir, "format", "--write", ".");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains(Path.of("locked", "b.md") + ": cannot write:");
      assertThat(Files.readString(locked.resolve("b.md"))).isEqualTo(SLOPPY);
      try (var files = Files.list(locked)) {
        assertThat(files).as("no temporary file left behind").hasSize(1);
      }
      assertThat(Files.readString(dir.resolve("d.md"))).isEqualTo(CANONICAL);
    } finally {
      unlock(locked);
    }
  }

  /** Makes a directory unwritable; root ignores permissions, so it needs the immutable flag. */
  static void lock(Path directory) throws Exception {
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (Files.isWritable(directory)) {
      new ProcessBuilder("chattr", "+i", directory.toString()).inheritIO().start().waitFor();
    }
    Path probe = directory.resolve(".probe");
    try {
      Files.createFile(probe);
      Files.delete(probe);
      unlock(directory);
      Assumptions.abort("cannot make a directory unwritable on this machine");
    } catch (java.io.IOException expected) {
      // locked
    }
  }

  static void unlock(Path directory) throws Exception {
    new ProcessBuilder("chattr", "-i", directory.toString()).inheritIO().start().waitFor();
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void jsonListsChangedFiles() throws Exception {
    Files.writeString(dir.resolve("a.md"), CANONICAL);
    Files.writeString(dir.resolve("b.md"), SLOPPY);

    Run run = ValidateJarIT.run(dir, "format", "--check", "--output", "json", ".");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("files").asInt()).isEqualTo(2);
    assertThat(json.get("canonical").asInt()).isEqualTo(1);
    assertThat(json.get("changed").get(0).asText()).isEqualTo(Path.of("b.md").toString());
  }

  @Test
  void checkOrWriteIsRequired() throws Exception {
    Run run = ValidateJarIT.run(dir, "format", ".");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Error: Missing required argument");
  }
}
