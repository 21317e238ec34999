package org.frontmatter4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontmatter4j.testing.Corpus;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteReportWriter;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local launcher, {@code target/spark-validate}, run as users run it, on a real site
 * checkout: its {@code summary.json} says what {@code validate --output json} says of the same
 * tree (the report {@link SiteReportWriter} writes for it).
 */
class LauncherIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void theSummaryOfARealSiteIsThatOfValidateOutputJson() throws Exception {
    Path site = Corpus.root().toAbsolutePath().normalize().resolve("power-apps-site");
    SiteReportWriter writer = new SiteReportWriter(SiteReportWriter.Format.JSON, site, "test");
    SiteReport report = SiteValidator.builder().build().validate(List.of(site), writer::add);
    JsonNode expected = JSON.readTree(writer.finish(report));

    Process launcher = new ProcessBuilder(Path.of(System.getProperty("spark-validate.launcher"))
        .toAbsolutePath().toString(), "--master", "local[2]", site.toString(),
        dir.resolve("out").toString())
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    launcher.getOutputStream().close();

    assertThat(launcher.waitFor(5, TimeUnit.MINUTES)).as("finishes").isTrue();
    String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    assertThat(launcher.exitValue()).as(out).isEqualTo(report.errors() > 0 ? 1 : 0);
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    for (String field : List.of("files", "content", "withoutFrontMatter", "errors", "warnings")) {
      assertThat(summary.get(field)).as(field).isEqualTo(expected.get(field));
    }
    // Kinds in the same order too, as validate writes them.
    assertThat(summary.get("kinds").toString()).isEqualTo(expected.get("kinds").toString())
        .contains("\"news\":");
    assertThat(out).startsWith(report.fileCounts());
  }
}
