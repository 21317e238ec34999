package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.Severity;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.SiteReportWriter.Format;
import org.junit.jupiter.api.Test;

/** The JSON and SARIF layouts, exactly. */
class SiteReportWriterTest {
  static final Path BASE = Path.of("/site").toAbsolutePath();
  static final Problem PROBLEM = new Problem(BASE.resolve("a \"q\".md").toString(), 3, 9, "webUrl",
      "url.scheme", Severity.ERROR, "bad\tlink\u2028", "");

  private static SiteReportWriter fed(Format format) {
    SiteReportWriter writer = new SiteReportWriter(format, BASE, "9.9");
    writer.add(new FileReport(BASE.resolve("a \"q\".md"), List.of(PROBLEM), Optional.empty(),
        RoundTrip.DIFFERENT, Optional.of(Kind.NEWS)));
    writer.add(FileReport.failed(BASE.resolve("b.md"), "permission denied"));
    return writer;
  }

  private static final SiteReport SITE = new SiteReport(2, 1, 0, List.of("b.md: permission denied"),
      1, 0, List.of(), Map.of(Kind.PERSON, 3, Kind.NEWS, 675));

  @Test
  void json() {
    assertThat(fed(Format.JSON).finish(SITE)).isEqualTo("{\n"
        + "  \"files\": 2,\n"
        + "  \"content\": 2,\n"
        + "  \"withoutFrontMatter\": 0,\n"
        + "  \"errors\": 2,\n"
        + "  \"warnings\": 0,\n"
        + "  \"kinds\": {\"news\": 675, \"person\": 3},\n"
        + "  \"roundTrip\": {\"checked\": 1, \"identical\": 0},\n"
        + "  \"problems\": [\n"
        + "    {\"path\": \"" + BASE + "/a \\\"q\\\".md\", \"line\": 3, \"column\": 9, \"severity\":"
        + " \"error\", \"rule\": \"url.scheme\", \"property\": \"webUrl\", \"message\":"
        + " \"bad\\tlink\\u2028\"},\n"
        + "    {\"path\": \"" + BASE + "/a \\\"q\\\".md\", \"line\": 0, \"column\": 0, \"severity\":"
        + " \"error\", \"rule\": \"roundtrip.mismatch\", \"property\": \"\", \"message\": \"writing"
        + " this file back does not reproduce its bytes\"},\n"
        + "    {\"path\": \"" + BASE + "/b.md\", \"line\": 0, \"column\": 0, \"severity\": \"error\","
        + " \"rule\": \"file.unreadable\", \"property\": \"\", \"message\": \"cannot read:"
        + " permission denied\"}\n"
        + "  ]\n"
        + "}\n");
  }

  @Test
  void summaryCountsTheKindsMostFirst() {
    assertThat(SITE).hasToString("2 files (675 news, 3 people), 1 error, 0 warnings, 1 unreadable");
    assertThat(new SiteReport(2035, 0, 0, List.of(), 0, 0, List.of(),
        Map.of(Kind.NEWSLETTER, 651, Kind.NEWS, 675, Kind.PERSON, 1, Kind.COURSE, 0)))
        .hasToString("2,035 files (675 news, 651 newsletters, 1 person), 0 errors, 0 warnings");
    assertThat(new SiteReport(1, 0, 0, List.of(), 0, 0, List.of())).hasToString(
        "1 file, 0 errors, 0 warnings");
  }

  @Test
  void emptyJson() {
    assertThat(new SiteReportWriter(Format.JSON, BASE, "1").finish(
        new SiteReport(0, 0, 0, List.of(), 0, 0, List.of())))
        .contains("  \"kinds\": {},\n").endsWith("  \"problems\": []\n}\n");
  }

  @Test
  void sarifDescribesEachRuleOnceAndLocatesResultsRelativeToTheBase() {
    String sarif = fed(Format.SARIF).finish(SITE);

    assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"columnKind\": \"unicodeCodePoints\"",
        "{\"id\": \"url.scheme\", \"shortDescription\": {\"text\": \""
            + ContentRule.URL_SCHEME.description() + "\"}, \"helpUri\": \""
            + SiteReportWriter.RULES_DOC + "#url-scheme\"",
        "{\"ruleId\": \"url.scheme\", \"level\": \"error\", \"message\": {\"text\":"
            + " \"bad\\tlink\\u2028\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\":"
            + " {\"uri\": \"a \\\"q\\\".md\"}, \"region\": {\"startLine\": 3, \"startColumn\": 9}}}]}",
        "\"uri\": \"b.md\"}, \"region\": {\"startLine\": 1, \"startColumn\": 1}");
    assertThat(sarif.split("\"id\": ")).hasSize(4);
  }

  @Test
  void formatComesFromTheFileName() {
    assertThat(Format.forFileName("r.SARIF")).contains(Format.SARIF);
    assertThat(Format.forFileName("r.sarif.json")).contains(Format.SARIF);
    assertThat(Format.forFileName("r.json")).contains(Format.JSON);
    assertThat(Format.forFileName("r.xml")).isEmpty();
  }
}
