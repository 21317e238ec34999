package org.frontmatter4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.SiteReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate goal in process, configured as Maven would configure it. */
class ValidateMojoTest {
  private static final String URL_SCHEME = ":6:9: 'webUrl' must be an http or https link, not a"
      + " 'javascript:' link [url.scheme]";
  private static final String LINE_BREAK = ":4:10: 'excerpt' should be one line, but it has the"
      + " line break U+000D; use a space [text.line-break]";
  private static final String BAD_URL = "webUrl: \"javascript:alert(1)\"";
  private static final String TWO_LINES = "excerpt: \"Makers can now build canvas apps.\\r\\nThey"
      + " adapt to any screen.\"";

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  private ValidateMojo mojo() {
    ValidateMojo mojo = Sites.configure(new ValidateMojo(), dir, log);
    mojo.failOn = "error";
    mojo.executionRoot = dir.toFile();
    mojo.pluginVersion = "1.2.3";
    return mojo;
  }

  private Path news(String text) throws Exception {
    return Sites.news(dir, text);
  }

  @Test
  void aCleanSiteLogsOnlyTheSummary() throws Exception {
    news(Sites.NEWS);
    Sites.write(dir, "content/about.md", Sites.PAGE);

    mojo().execute();

    assertThat(log.lines).singleElement().asString()
        .matches("\\[INFO] Front matter: 2 files \\(1 news\\), 0 errors, 0 warnings \\(\\d+\\.\\d\\d s\\)");
  }

  @Test
  void aKindChecksEveryFileAsThatKind() throws Exception {
    Path draft = Sites.write(dir, "content/drafts/april.md",
        Sites.PERSON.replace("followers: 5273", "followers: -1"));
    ValidateMojo mojo = mojo();
    mojo.kind = "person";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + draft + ":11:14: ")
        .endsWith("[count.negative]");
    assertThat(log.lines.get(1)).startsWith(
        "[INFO] Front matter: 1 file (1 person), 1 error, 0 warnings (");
  }

  @Test
  void eachProblemIsLoggedLikeACompilerErrorAndFailsTheBuild() throws Exception {
    Path article = news(Sites.news("webUrl", BAD_URL));
    Path page = Sites.write(dir, "content/about.md", "---\ntitle: A\ntitle: B\n---\n");

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Front matter check failed: 2 errors and 0 warnings in 2 files; see the lines"
            + " above");
    assertThat(log.lines.subList(0, 2)).containsExactly(
        "[ERROR] " + article + URL_SCHEME,
        "[ERROR] " + page + ":3:1: duplicate key 'title': it is first defined on line 2; remove"
            + " one of them [yaml.duplicate-key]");
    assertThat(log.lines.get(2)).startsWith("[INFO] Front matter: 2 files (1 news), 2 errors, 0 warnings (");
  }

  @Test
  void pagesWithoutFrontMatterAreCountedUnlessFrontMatterIsRequired() throws Exception {
    news(Sites.NEWS);
    Path license = Sites.write(dir, "content/LICENSE.md", "MIT License\n");

    mojo().execute();
    String counted = log.lines.get(0);
    ValidateMojo strict = mojo();
    strict.requireFrontMatter = true;

    assertThat(counted).startsWith("[INFO] Front matter: 2 files: 1 content (1 news), 1 without front"
        + " matter, 0 errors, 0 warnings (");
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines).contains("[ERROR] " + license + ":1:1: no front matter: the file must"
        + " start with a '---' line [frontmatter.missing]");
  }

  @Test
  void imagesAreCheckedInTheSiteGiven() throws Exception {
    news(Sites.NEWS.replace("topics:", "images:\n  - url: \"/assets/logo.png\"\n"
        + "    width: 50\n    height: 50\ntopics:"));
    ValidateMojo mojo = mojo();
    mojo.site = dir.toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] ").endsWith("'images[0].url' names"
        + " assets/logo.png, which is not in the site; add the file or fix the link"
        + " [image.not-found]");
  }

  @Test
  void warningsAreLoggedButPassByDefault() throws Exception {
    Path article = news(Sites.news("excerpt", TWO_LINES));

    mojo().execute();

    assertThat(log.lines.get(0)).isEqualTo("[WARNING] " + article + LINE_BREAK);
    assertThat(log.lines.get(1)).startsWith("[INFO] Front matter: 1 file (1 news), 0 errors, 1 warning (");
  }

  @Test
  void failOnWarningFailsOnAWarning() throws Exception {
    news(Sites.news("excerpt", TWO_LINES));
    ValidateMojo mojo = mojo();
    mojo.failOn = "warning";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Front matter check failed: 0 errors and 1 warning in 1 file (failOn=warning);"
            + " see the lines above");
  }

  @Test
  void failOnIsErrorOrWarningInAnyCase() throws Exception {
    assertThat(ValidateMojo.failLevel("error")).hasToString("ERROR");
    assertThat(ValidateMojo.failLevel(" Warning ")).hasToString("WARNING");
    assertThatThrownBy(() -> ValidateMojo.failLevel("warnings"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("failOn must be 'error' or 'warning', got 'warnings'");
  }

  @Test
  void aBadFailOnStopsBeforeAnyFileIsRead() throws Exception {
    news(Sites.news("webUrl", BAD_URL));
    ValidateMojo mojo = mojo();
    mojo.failOn = "info";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("failOn must be 'error' or 'warning', got 'info'");
    assertThat(log.lines).isEmpty();
  }

  @Test
  void lenientMakesUnknownKeysWarnings() throws Exception {
    Path article = news(Sites.NEWS.replace("type: article\n", "type: article\nmood: happy\n"));
    String unknown = ":8:1: unknown key 'mood' in a news article";

    ValidateMojo strict = mojo();
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + article + unknown);

    log.lines.clear();
    ValidateMojo lenient = mojo();
    lenient.lenient = true;
    lenient.execute();
    assertThat(log.lines.get(0)).startsWith("[WARNING] " + article + unknown)
        .endsWith("[schema.unknown-key]");
  }

  @Test
  void aMissingDirectoryIsAConfigurationErrorWithAHelpfulMessage() {
    Path missing = dir.resolve("content");

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Content directory " + missing + " does not exist: set <directories> to the"
            + " folders that hold the site's Markdown files, or <skip>true</skip> for a project"
            + " without content")
        .hasNoCause();
  }

  @Test
  void noDirectoriesIsAConfigurationError() {
    ValidateMojo mojo = mojo();
    mojo.directories = List.of();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("No content directories configured: set <directories> to the folders that"
            + " hold the site's Markdown files");
  }

  @Test
  void skipSkipsEvenAMissingDirectory() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] Skipping front matter check (frontmatter4j.skip)");
  }

  @Test
  void threadsMustBePositive() throws Exception {
    news(Sites.NEWS);
    ValidateMojo mojo = mojo();
    mojo.threads = 0;

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("threads must be at least 1, got 0");
  }

  @Test
  void withoutThreadsEveryCoreIsUsed() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.threads = null;

    assertThat(mojo.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void severalDirectoriesAreReportedInPathOrder() throws Exception {
    Path b = Sites.write(dir, "b/page.md", "---\ntitle: [\n---\n");
    Path a = Sites.write(dir, "a/page.md", "---\ntitle: [\n---\n");
    ValidateMojo mojo = mojo();
    mojo.directories = List.of(dir.resolve("b").toFile(), dir.resolve("a").toFile());

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + a + ":2:8: ");
    assertThat(log.lines.get(1)).startsWith("[ERROR] " + b + ":2:8: ");
  }

  @Test
  void includesAndExcludesChooseTheFiles() throws Exception {
    news(Sites.NEWS);
    Sites.write(dir, "content/drafts/broken.md", "---\ntitle: [\n---\n");
    Sites.write(dir, "content/notes.txt", "---\ntitle: [\n---\n");
    Sites.write(dir, "content/page.markdown", Sites.PAGE);
    ValidateMojo mojo = mojo();
    mojo.excludes = List.of("**/drafts/**");

    mojo.execute();

    assertThat(log.lines).singleElement().asString()
        .startsWith("[INFO] Front matter: 2 files (1 news), 0 errors, 0 warnings (");
  }

  @Test
  void aSiteWithoutMatchingFilesIsWarnedAbout() throws Exception {
    Sites.write(dir, "content/notes.txt", "text");
    ValidateMojo mojo = mojo();
    mojo.excludes = List.of("drafts/**");

    mojo.execute();

    assertThat(log.lines.get(0)).isEqualTo("[WARNING] No content files in ["
        + dir.resolve("content") + "] match [**/*.md, **/*.markdown, **/_newsletters/*.html] but not [drafts/**]");
    assertThat(log.lines.get(1)).startsWith("[INFO] Front matter: 0 files, 0 errors, 0 warnings (");
  }

  @Test
  void theJsonReportHoldsEveryProblemAndIsWrittenWhenTheBuildFails() throws Exception {
    Path article = news(Sites.news("webUrl", BAD_URL));
    Path report = dir.resolve("target/reports/frontmatter4j.json");
    ValidateMojo mojo = mojo();
    mojo.reportFile = report.toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    assertThat(log.lines).contains("[INFO] Wrote " + report);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("files").asInt()).isEqualTo(1);
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isZero();
    assertThat(json.get("problems")).hasSize(1);
    JsonNode problem = json.get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo(article.toString());
    assertThat(problem.get("line").asInt()).isEqualTo(6);
    assertThat(problem.get("column").asInt()).isEqualTo(9);
    assertThat(problem.get("severity").asText()).isEqualTo("error");
    assertThat(problem.get("rule").asText()).isEqualTo("url.scheme");
    assertThat(problem.get("property").asText()).isEqualTo("webUrl");
    assertThat(problem.get("message").asText())
        .isEqualTo("'webUrl' must be an http or https link, not a 'javascript:' link");
  }

  @Test
  void aCleanSiteGetsAnEmptyJsonReport() throws Exception {
    news(Sites.NEWS);
    Path report = dir.resolve("target/frontmatter4j.json");
    ValidateMojo mojo = mojo();
    mojo.reportFile = report.toFile();

    mojo.execute();

    assertThat(Files.readString(report)).isEqualTo("""
        {
          "files": 1,
          "content": 1,
          "withoutFrontMatter": 0,
          "errors": 0,
          "warnings": 0,
          "kinds": {"news": 1},
          "roundTrip": {"checked": 0, "identical": 0},
          "problems": []
        }
        """);
  }

  @Test
  void theSarifReportLocatesProblemsRelativeToTheExecutionRoot() throws Exception {
    news(Sites.news("excerpt", TWO_LINES));
    Path report = dir.resolve("target/frontmatter4j.sarif");
    ValidateMojo mojo = mojo();
    mojo.reportFile = report.toFile();

    mojo.execute();

    JsonNode run = new ObjectMapper().readTree(report.toFile()).get("runs").get(0);
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("text.line-break");
    assertThat(run.at("/tool/driver/rules/0/helpUri").asText())
        .isEqualTo(SiteReportWriter.RULES_DOC + "#text-line-break");
    assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText())
        .isEqualTo(ContentRule.TEXT_LINE_BREAK.description());
    assertThat(run.get("results")).hasSize(1);
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("text.line-break");
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("content/_news/" + Sites.NEWS_NAME);
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(10);
  }

  @Test
  void sarifLocationsOutsideTheExecutionRootAreFileUris() throws Exception {
    Path article = news(Sites.news("webUrl", BAD_URL));
    Path report = dir.resolve("report.sarif.json");
    ValidateMojo mojo = mojo();
    mojo.reportFile = report.toFile();
    mojo.executionRoot = dir.resolve("elsewhere").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    JsonNode result = new ObjectMapper().readTree(report.toFile()).at("/runs/0/results/0");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(article.toUri().toString());
  }

  @Test
  void theReportFormatComesFromTheExtension() throws Exception {
    assertThat(ReportFile.formatOf(Path.of("a.SARIF"))).isEqualTo(SiteReportWriter.Format.SARIF);
    assertThat(ReportFile.formatOf(Path.of("a.sarif.json"))).isEqualTo(SiteReportWriter.Format.SARIF);
    assertThat(ReportFile.formatOf(Path.of("a.json"))).isEqualTo(SiteReportWriter.Format.JSON);
  }

  @Test
  void anotherReportExtensionStopsBeforeAnyFileIsRead() throws Exception {
    news(Sites.NEWS);
    ValidateMojo mojo = mojo();
    mojo.reportFile = dir.resolve("target/report.xml").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("reportFile must end in .sarif (SARIF 2.1.0) or .json (JSON), got "
            + dir.resolve("target/report.xml"));
    assertThat(log.lines).isEmpty();
  }
}
