package org.frontmatter4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job over real data agrees with {@link SiteValidator} on the same tree. */
class CorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path out;

  @Test
  void aRealSiteGivesTheProblemsAndSummaryOfSiteValidator() throws IOException {
    Path site = LocalSpark.corpus().resolve("power-apps-site");
    SiteReport expected = SiteValidator.builder().build().validate(List.of(site));

    LocalSpark.Run run = LocalSpark.run("--master", "local[2]", site, out);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(expected.errors() > 0 ? 1 : 0);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("files").asInt()).isEqualTo(expected.files());
    assertThat(summary.get("withoutFrontMatter").asInt()).isEqualTo(expected.notContent());
    assertThat(summary.get("errors").asInt()).isEqualTo(expected.errors());
    assertThat(summary.get("warnings").asInt()).isEqualTo(expected.warnings());
    assertThat(summary.get("kinds").toString()).isEqualTo(kinds(expected));
    assertThat(sorted(problemRows(out.resolve("problems"))))
        .containsExactlyElementsOf(sorted(rows(expected.problems())));
  }

  @Test
  void theWholeHistoryGivesTheCountsOfSiteValidator() throws IOException {
    Path history = LocalSpark.corpus().resolve("power-apps");
    SiteReport expected = SiteValidator.builder().build().validate(List.of(history));

    LocalSpark.Run run = LocalSpark.run(history, out);

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("files").asInt()).isEqualTo(expected.files()).isEqualTo(11_247);
    assertThat(summary.get("errors").asInt()).isEqualTo(expected.errors());
    assertThat(summary.get("warnings").asInt()).isEqualTo(expected.warnings());
    assertThat(summary.get("kinds").toString()).isEqualTo(kinds(expected));
    assertThat(problemRows(out.resolve("problems"))).hasSize(expected.problems().size());
    assertThat(run.exitCode()).isEqualTo(expected.errors() > 0 ? 1 : 0);
  }

  /** The kinds of a report as compact JSON, in {@code validate --output json}'s order. */
  static String kinds(SiteReport report) {
    StringJoiner kinds = new StringJoiner(",", "{", "}");
    report.kinds().forEach((kind, count) -> kinds.add("\"" + kind.id() + "\":" + count));
    return kinds.toString();
  }

  private static List<String> sorted(List<String> rows) {
    return rows.stream().sorted().toList();
  }

  /** The rows the job wrote, one string per problem. */
  static List<String> problemRows(Path problems) throws IOException {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(problems)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        for (String line : Files.readAllLines(part)) {
          JsonNode row = JSON.readTree(line);
          rows.add(row(row.get("path").asText(), row.get("line").asInt(), row.get("column").asInt(),
              row.get("severity").asText(), row.get("rule").asText(), row.get("property").asText(),
              row.get("message").asText()));
        }
      }
    }
    return rows;
  }

  /** Problems as the job's rows. */
  static List<String> rows(List<Problem> problems) {
    return problems.stream()
        .map(p -> row(p.sourceName(), p.line(), p.column(), p.severity().label(), p.ruleId(),
            p.propertyPath(), p.message()))
        .toList();
  }

  private static String row(String path, int line, int column, String severity, String rule,
      String property, String message) {
    return String.join(" | ", path, line + ":" + column, severity, rule, property, message);
  }
}
