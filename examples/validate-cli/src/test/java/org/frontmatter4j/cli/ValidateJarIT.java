package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a separate process the way users run it. */
class ValidateJarIT {
  static final String VALID = ValidateCommandTest.VALID;

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of(System.getProperty("validate.jar")).toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return run(dir, args);
  }

  @Test
  void cleanDirectoryExitsZeroWithASummary() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID);

    Run run = run("validate", ".");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("1 file \\(1 news\\), 0 errors, 0 warnings \\(\\d+\\.\\d\\d s\\)\\R");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void errorsExitOneAndNeverPrintAStackTrace() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID.replace("quality", "x").replace("type: article",
        "type: article\nheat: \"9\""));
    Files.createDirectories(dir.resolve("_news"));
    Files.writeString(dir.resolve("_news").resolve("b.md"), "no front matter\n");
    Files.write(dir.resolve("c.md"), new byte[] {'-', '-', '-', '\n', 'a', ':', ' ', (byte) 0xFF, '\n'});

    Run run = run("validate", "--no-color", ".");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("a.md:8:7: error: 'heat' must be an integer, but it is the"
        + " string \"9\"; remove the quotes [schema.type]");
    assertThat(run.out()).contains("b.md:1:1: error: no front matter: the file must start with a"
        + " '---' line [frontmatter.missing]");
    assertThat(run.out()).contains("c.md:2:4: error: invalid UTF-8");
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void warningsFailOnlyWithFailOnWarning() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID.replace("type: article", "type: article\nmood: x"));

    assertThat(run("validate", "--lenient", ".").exit()).isZero();
    assertThat(run("validate", "--lenient", "--fail-on", "warning", ".").exit()).isEqualTo(1);
  }

  @Test
  void missingPathExitsTwo() throws Exception {
    Run run = run("validate", "nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("nope: no such file or directory");
  }

  @Test
  void usageErrorExitsTwoWithUsage() throws Exception {
    Run run = run("validate", "--output", "xml", ".");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--output'").contains("Usage:");
  }

  @Test
  void emptyDirectoryIsClean() throws Exception {
    Run run = run("validate", ".");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("0 files, 0 errors, 0 warnings");
  }

  @Test
  void jsonOutputParsesAndCounts() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID.replace("title:", "titel:"));
    Files.writeString(dir.resolve("b.md"), VALID);

    Run run = run("validate", "--output", "json", ".");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("files").asInt()).isEqualTo(2);
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    assertThat(json.get("warnings").asInt()).isZero();
    assertThat(json.get("roundTrip").get("checked").asInt()).isZero();
    JsonNode first = json.get("problems").get(0);
    assertThat(first.get("path").asText()).endsWith("a.md");
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("column").asInt()).isEqualTo(1);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("rule").asText()).isEqualTo("schema.required");
    assertThat(first.get("property").asText()).isEqualTo("title");
    assertThat(first.get("message").asText()).isEqualTo("a news article needs 'title'; add a"
        + " 'title:' line");
  }

  @Test
  void sarifHasTheFieldsCodeScanningNeeds() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID.replace("title:", "titel:"));

    Run run = run("validate", "--output", "sarif", ".");

    JsonNode sarif = new ObjectMapper().readTree(run.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode runNode = sarif.get("runs").get(0);
    assertThat(runNode.get("tool").get("driver").get("name").asText()).isEqualTo("frontmatter4j");
    List<String> ruleIds = new ArrayList<>();
    runNode.get("tool").get("driver").get("rules").forEach(r -> {
      ruleIds.add(r.get("id").asText());
      assertThat(r.get("shortDescription").get("text").asText()).isNotBlank();
      assertThat(r.get("help").get("text").asText()).isNotBlank();
    });
    assertThat(ruleIds).containsExactly("schema.required", "schema.unknown-key");
    JsonNode result = runNode.get("results").get(1);
    assertThat(result.get("ruleId").asText()).isEqualTo("schema.unknown-key");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.get("message").get("text").asText()).contains("did you mean 'title'?");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("a.md");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(3);
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(1);
  }

  @Test
  void thousandGeneratedFilesAreAllCheckedInPathOrder() throws Exception {
    for (int i = 0; i < 1000; i++) {
      String text = i % 100 == 7 ? VALID.replace("type: article", "type: article\nheat: hot") : VALID;
      Files.writeString(dir.resolve(String.format("f%04d.md", i)), text);
    }

    Run run = run("validate", "--threads", "2", "-q", ".");

    assertThat(run.exit()).isEqualTo(1);
    List<String> errorLines = run.out().lines().filter(l -> l.contains(": error: ")).toList();
    assertThat(errorLines).hasSize(10);
    assertThat(errorLines.get(0)).startsWith(Path.of(".", "f0007.md").normalize().toString() + ":8:7:");
    assertThat(errorLines).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void htmlOnlyWhenItStartsWithTheDelimiter() throws Exception {
    Files.writeString(dir.resolve("page.html"), "<html></html>");
    Files.writeString(dir.resolve("layout.html"), "---\nlayout: [\n---\n<html>");

    Run run = run("validate", "-q", ".");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("layout.html:2:9: error: the '[' that starts the value of"
        + " 'layout' is never closed: if the value is text, put it in double quotes; if it is a"
        + " list, end it with ']' on line 2 [yaml.syntax]").doesNotContain("page.html");
  }

  @Test
  void hiddenAndBuildFoldersAreSkippedAndGlobsApply() throws Exception {
    for (String folder : new String[] {".git", "target", "node_modules", "_site", "vendor",
        "drafts", "posts"}) {
      Files.createDirectories(dir.resolve(folder));
      Files.writeString(dir.resolve(folder).resolve("x.md"), "broken");
    }

    Run run = run("validate", "-q", "--require-front-matter", "--exclude", "**/drafts/**", ".");

    assertThat(run.out().lines().filter(l -> l.contains("error:")).toList())
        .containsExactly(Path.of("posts", "x.md") + ":1:1: error: no front matter: the file must"
            + " start with a '---' line [frontmatter.missing]");
  }

  @Test
  void aSiteCheckoutCountsPagesWithoutFrontMatterAndChecksItsImages() throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "url: https://example.github.io\n"
        + "exclude: [README.md]\n");
    Files.createDirectories(dir.resolve("assets"));
    Files.write(dir.resolve("assets").resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N',
        'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 50, 0, 0, 0, 50,
        8, 2, 0, 0, 0, (byte) 0x91, 0x5D, 0x1F, (byte) 0xE6});
    Files.writeString(dir.resolve("README.md"), "---\nbroken: [\n---\n");
    Files.writeString(dir.resolve("LICENSE.md"), "MIT License\n");
    Files.writeString(dir.resolve("a.md"), VALID.replace("type: article", "type: article\n"
        + "images:\n  - url: https://example.github.io/assets/logo.png\n    width: 50\n"
        + "    height: 50"));

    Run clean = run("validate", ".");
    Files.writeString(dir.resolve("a.md"), Files.readString(dir.resolve("a.md"))
        .replace("width: 50", "width: 60"));
    Run wrong = run("validate", "--no-color", "-q", ".");
    Run json = run("validate", "--output", "json", ".");

    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(clean.out()).matches("2 files: 1 content \\(1 news\\), 1 without front matter, 0 errors,"
        + " 0 warnings \\(\\d+\\.\\d\\d s\\)\\R");
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).startsWith("a.md:10:12: error: 'images[0].width' is 60, but"
        + " assets/logo.png is 50 pixels wide (50x50); set width: 50 [image.size-mismatch]");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("files").asInt()).isEqualTo(2);
    assertThat(report.get("content").asInt()).isEqualTo(1);
    assertThat(report.get("withoutFrontMatter").asInt()).isEqualTo(1);
    assertThat(report.get("problems").get(0).get("rule").asText())
        .isEqualTo("image.size-mismatch");
  }

  @Test
  void aSiteFolderThatDoesNotExistIsAUsageError() throws Exception {
    Run run = run("validate", "--site", "nowhere", ".");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--site nowhere: no such folder");
  }

  @Test
  void symlinkLoopsAreReportedNotFollowedForever() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a").resolve("loop"), dir);
    Files.writeString(dir.resolve("a").resolve("ok.md"), VALID);

    Run run = run("validate", "-q", ".");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("link loop, not followed");
  }

  @Test
  void launcherScriptRunsTheJarWithItsArchive() throws Exception {
    Path jar = Path.of(System.getProperty("validate.jar")).toAbsolutePath();
    Path launcher = jar.resolveSibling("validate");
    Files.writeString(dir.resolve("a.md"), VALID.replace("title:", "titel:"));

    Process process = new ProcessBuilder(launcher.toString(), "validate", "--no-color", ".")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(jar.resolveSibling("validate.jsa")).exists();
    assertThat(output).contains("a.md:3:1: error: unknown key 'titel'")
        .doesNotContain("cds").doesNotContain("warning: [");
  }

  @Test
  void aLauncherCopiedElsewhereMakesItsArchiveAgainAndUsesIt() throws Exception {
    Path built = Path.of(System.getProperty("validate.jar")).toAbsolutePath().getParent();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String name : List.of("validate", "validate.jar", "validate.jsa", "validate.jsa.jar",
        "validate.classlist")) {
      Files.copy(built.resolve(name), bin.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }
    Files.writeString(dir.resolve("a.md"), VALID.replace("title:", "titel:"));

    // -Xshare:on makes a JVM that cannot use the archive stop instead of ignoring it: the
    // archive made for target/validate.jar names that jar, not this copy.
    ProcessBuilder builder = new ProcessBuilder(bin.resolve("validate").toString(), "validate",
        "--no-color", ".").directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("FRONTMATTER4J_JAVA_OPTS", "-Xshare:on");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("a.md:3:1: error: unknown key 'titel'")
        .doesNotContain("shared archive");
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(Files.readString(bin.resolve("validate.jsa.jar")))
        .isEqualTo(bin.resolve("validate.jar") + "\n");
    try (var left = Files.list(bin)) {
      assertThat(left.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
          "validate", "validate.jar", "validate.jsa", "validate.jsa.jar", "validate.classlist");
    }
  }

  @Test
  void versionIsPrinted() throws Exception {
    Run run = run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("frontmatter4j validate ");
  }
}
