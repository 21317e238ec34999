package org.frontmatter4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.CanonicalFormat.State;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job over fixtures: reformatting, bad input, output layouts and usage. */
class JobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A news article in Smartable's canonical layout. */
  static final String CANONICAL = "---\ncategory: news\ntitle: \"T\"\nexcerpt: \"E\"\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\noriginalUrl: \"https://example.com/a\"\n"
      + "type: article\n\nprovider:\n  name: Example\n  domain: example.com\n\ntopics:\n  - AI\n"
      + "---\n";

  @TempDir
  Path dir;

  private Path site() throws IOException {
    return Files.createDirectories(dir.resolve("site"));
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void reformatWritesTheCanonicalFormOfChangedFilesAndLeavesTheInputAlone() throws IOException {
    Path site = site();
    String body = "Body with ü, trailing spaces   \n\n<div>html</div>\n\n\n";
    write(site.resolve("_news/2020-09-23-canonical.md"), CANONICAL + body);
    write(site.resolve("_news/2020-09-23-quoted.md"),
        CANONICAL.replace("title: \"T\"", "title: 'T'") + body);
    write(site.resolve("_news/2020-09-23-crlf-bom.md"), "\uFEFF" + CANONICAL.replace(
        "\n\nprovider", "\nprovider").replace("\n", "\r\n") + body.replace("\n", "\r\n"));
    write(site.resolve("_news/2020-09-23-invalid.md"),
        CANONICAL.replace("type: article", "type: article\nheat: hot") + body);
    write(site.resolve("about.md"), "---\ntitle:   'About'\n---\n");
    Map<Path, byte[]> before = contents(site);

    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"), "--reformat",
        dir.resolve("canonical"));

    assertThat(run.exitCode()).isEqualTo(1); // the invalid one
    assertThat(contents(site)).usingRecursiveComparison().isEqualTo(before);
    Map<Path, byte[]> written = contents(dir.resolve("canonical"));
    assertThat(written.keySet()).containsExactlyInAnyOrder(
        Path.of("_news/2020-09-23-quoted.md"), Path.of("_news/2020-09-23-crlf-bom.md"));
    CanonicalFormat format = new CanonicalFormat(ContentReader.builder().build());
    FrontMatterParser parser = FrontMatterParser.builder().build();
    for (Map.Entry<Path, byte[]> file : written.entrySet()) {
      Path original = site.resolve(file.getKey());
      assertThat(format.check(original, file.getValue()).state()).isEqualTo(State.CANONICAL);
      assertThat(parser.parse(file.getValue(), "copy").body())
          .isEqualTo(parser.parse(before.get(file.getKey()), "original").body());
    }
    String crlf = new String(written.get(Path.of("_news/2020-09-23-crlf-bom.md")),
        StandardCharsets.UTF_8);
    assertThat(crlf).startsWith("\uFEFF---\r\n").endsWith(body.replace("\n", "\r\n"));
    assertThat(summary(dir.resolve("out")).get("reformatted").asInt()).isEqualTo(2);
  }

  @Test
  void badInputIsAProblemRowAndTheRowsAreThoseOfSiteValidator() throws Exception {
    Path site = site();
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);
    write(site.resolve("_news/2020-09-23-bad.md"), CANONICAL.replace("title: \"T\"", "titel: x"));
    write(site.resolve("_index.md"), "---\ntitle: [\n---\n");            // Spark lists no _files
    write(site.resolve("a [b] {c} d.md"), "no front matter\n");          // glob characters
    Files.write(site.resolve("binary.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, 0x28, 0});
    write(site.resolve("page.html"), "<html>not content</html>");
    write(site.resolve("_newsletters/n.html"), "---\ntitle: N\n---\n<html></html>");
    write(site.resolve("target/skipped.md"), "no front matter\n");
    write(site.resolve(".git/skipped.md"), "no front matter\n");
    write(site.resolve("deep/node_modules/skipped.md"), "no front matter\n");
    write(site.resolve("year=2020/x.md"), "---\ntitle: X\n---\n");      // not a partition column
    new ProcessBuilder("mkfifo", site.resolve("pipe.md").toString()).start().waitFor();

    List<String> expected = new ArrayList<>();
    SiteValidator validator = SiteValidator.builder().build();
    var report = validator.validate(List.of(site), file -> expected.addAll(rows(file)));
    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode summary = summary(dir.resolve("out"));
    assertThat(summary.get("files").asInt()).isEqualTo(report.files()).isEqualTo(7);
    assertThat(summary.get("errors").asInt()).isEqualTo(report.errors() + report.failures().size());
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems")))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aPipeNamedAsAnInputIsAProblemRowNotAHang() throws Exception {
    Path pipe = dir.resolve("pipe.md");
    new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();

    LocalSpark.Run run = LocalSpark.run(pipe, dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems"))).containsExactly(
        pipe + " | 0:0 | error | file.unreadable |  | cannot read: is not a regular file (a pipe,"
            + " socket or device)")
        .containsExactlyElementsOf(rows(SiteValidator.builder().build().check(pipe)));
  }

  @Test
  void aFileLargerThanTheLimitIsNotReadButReported() throws IOException {
    Path site = site();
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);
    write(site.resolve("big.md"), "---\ntitle: x\n---\n" + "x".repeat(200));

    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"), "--max-file-size", "210");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems"))).containsExactly(
        site.resolve("big.md") + " | 0:0 | error | file.unreadable |  | cannot read: it has 217"
            + " bytes, more than --max-file-size 210");
    assertThat(summary(dir.resolve("out")).toString())
        .isEqualTo("{\"files\":2,\"content\":2,\"withoutFrontMatter\":0,\"errors\":1,"
            + "\"warnings\":0,\"kinds\":{\"news\":1}}");
  }

  @Test
  void aFileThatVanishesAfterTheWalkIsAProblemRow() throws IOException {
    Path site = site();
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);
    Path vanishing = write(site.resolve("_news/2020-09-23-gone.md"), CANONICAL);
    ContentLake lake = ContentLake.walk(List.of(site.toString()),
        LocalSpark.session().sparkContext().hadoopConfiguration());
    Files.delete(vanishing);

    List<Row> files;
    try (SiteChecks checks = new SiteChecks(LocalSpark.session(), lake, 1 << 20, false)) {
      files = checks.files().collectAsList();
    }

    assertThat(files).hasSize(2);
    Row gone = files.stream().filter(row -> row.<Integer>getAs("errors") == 1).findFirst().orElseThrow();
    Row problem = gone.<Row>getList(gone.fieldIndex("problems")).get(0);
    assertThat(problem.getString(0)).isEqualTo(vanishing.toString());
    assertThat(problem.getString(6)).isEqualTo("cannot read: Spark could not read it or it"
        + " vanished after it was listed (the executor's log says why)");
  }

  /** A collection naming a video on disk, one missing, and one written after the walk. */
  static final String COLLECTION = """
      ---
      title: "First steps"
      excerpt: "Start here"
      type: collection
      heat: 50
      items:
        - videos/present
        - videos/missing
        - videos/late
      topics:
        - Power Apps
      ---
      """;

  private static String itemNotFound(Path collection, int line, int item, String name) {
    return collection + " | " + line + ":5 | error | collection.item-not-found | items[" + item
        + "] | 'items[" + item + "]' names no file of this site: there is no _learning/videos/"
        + name + ".md; write a folder and a file name such as videos/my-video, or remove the"
        + " item";
  }

  @Test
  void collectionItemsAreLookedUpAsSiteValidatorDoesAndEveryKindIsCounted() throws IOException {
    Path site = site();
    Path collection = write(site.resolve("_learning/collections/first-steps.md"), COLLECTION);
    write(site.resolve("_learning/videos/present.md"), "---\ntitle: \"Present\"\n---\n");
    write(site.resolve("_learning/videos/late.markdown"), "---\ntitle: \"Late\"\n---\n");
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);
    write(site.resolve("copy/first-steps.md"), COLLECTION); // a collection, but in no site

    List<String> expected = new ArrayList<>();
    var report = SiteValidator.builder().build().validate(List.of(site),
        file -> expected.addAll(rows(file)));
    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems")))
        .containsExactlyInAnyOrderElementsOf(expected)
        .filteredOn(row -> row.contains("collection.item-not-found"))
        .containsExactly(itemNotFound(collection, 8, 1, "missing"));
    assertThat(summary(dir.resolve("out")).get("kinds").toString())
        .isEqualTo("{\"news\":1,\"video\":2,\"collection\":2}")
        .isEqualTo(CorpusTest.kinds(report));
  }

  @Test
  void collectionItemsAreLookedUpAmongTheFilesTheWalkFoundNotOnDisk() throws IOException {
    Path site = site();
    Path collection = write(site.resolve("_learning/collections/first-steps.md"), COLLECTION);
    write(site.resolve("_learning/videos/present.md"), "---\ntitle: \"Present\"\n---\n");
    ContentLake lake = ContentLake.walk(List.of(site.toString()),
        LocalSpark.session().sparkContext().hadoopConfiguration());
    write(site.resolve("_learning/videos/late.md"), "---\ntitle: \"Late\"\n---\n");

    List<Row> files;
    try (SiteChecks checks = new SiteChecks(LocalSpark.session(), lake, 1 << 20, false)) {
      files = checks.files().collectAsList();
    }

    assertThat(files).flatMap(row -> row.<Row>getList(row.fieldIndex("problems")))
        .map(problem -> String.join(" | ", problem.getString(0),
            problem.getInt(1) + ":" + problem.getInt(2), problem.getString(3),
            problem.getString(4), problem.getString(5), problem.getString(6)))
        .filteredOn(row -> row.contains("collection.item-not-found"))
        .containsExactly(itemNotFound(collection, 8, 1, "missing"),
            itemNotFound(collection, 9, 2, "late"));
  }

  @Test
  void aBrokenSiteConfigIsReportedAsValidateReportsItAndNotCountedAsAFile() throws IOException {
    Path site = site();
    Files.writeString(site.resolve("_config.yml"), "title: x\nexclude: [README.md\n");
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);

    List<String> expected = new ArrayList<>();
    var report = SiteValidator.builder().build().validate(List.of(site),
        file -> expected.addAll(rows(file)));
    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(expected).singleElement().asString()
        .startsWith(site.resolve("_config.yml") + " | 2:10 | error | yaml.syntax |  | the '['");
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems")))
        .containsExactlyInAnyOrderElementsOf(expected);
    JsonNode summary = summary(dir.resolve("out"));
    assertThat(summary.get("files").asInt()).isEqualTo(report.files()).isEqualTo(1);
    assertThat(summary.get("errors").asInt()).isEqualTo(report.errors()).isEqualTo(1);

    // Validating a folder of the site checks the site's config too, once.
    List<String> expectedBelow = new ArrayList<>();
    SiteValidator.builder().build().validate(List.of(site.resolve("_news")),
        file -> expectedBelow.addAll(rows(file)));
    LocalSpark.Run below = LocalSpark.run(site.resolve("_news"), dir.resolve("below"));

    assertThat(below.exitCode()).isEqualTo(1);
    assertThat(CorpusTest.problemRows(dir.resolve("below/problems")))
        .containsExactlyElementsOf(expectedBelow).containsExactlyElementsOf(expected);
  }

  @Test
  void parquetHoldsTheSameRowsAsJsonLines() throws IOException {
    Path site = site();
    write(site.resolve("_news/2020-09-23-bad.md"), CANONICAL.replace("title: \"T\"", "titel: x"));
    write(site.resolve("x.md"), "---\na: 1\na: 2\n---\n");

    LocalSpark.run(site, dir.resolve("json"));
    LocalSpark.run("--format", "parquet", site, dir.resolve("parquet"));

    List<String> fromParquet = LocalSpark.session().read()
        .parquet(dir.resolve("parquet/problems").toString()).collectAsList().stream()
        .map(row -> String.join(" | ", row.getString(0), row.getInt(1) + ":" + row.getInt(2),
            row.getString(3), row.getString(4), row.getString(5), row.getString(6)))
        .toList();
    assertThat(fromParquet).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(CorpusTest.problemRows(dir.resolve("json/problems")));
    assertThat(LocalSpark.session().read().parquet(dir.resolve("parquet/problems").toString())
        .columns()).containsExactly("path", "line", "column", "severity", "rule", "property",
            "message");
  }

  @Test
  void aCleanSiteExitsZero() throws IOException {
    Path site = site();
    write(site.resolve("_news/2020-09-23-ok.md"), CANONICAL);

    LocalSpark.Run run = LocalSpark.run(site, dir.resolve("out"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1 file (1 news), 0 errors, 0 warnings (");
    assertThat(CorpusTest.problemRows(dir.resolve("out/problems"))).isEmpty();
  }

  /** What {@code validate --output json} gives for one file: its failure and its problems. */
  private static List<String> rows(FileReport file) {
    List<String> rows = new ArrayList<>();
    file.failure().ifPresent(why -> rows.add(file.path() + " | 0:0 | error | file.unreadable |  | "
        + "cannot read: " + why));
    rows.addAll(CorpusTest.rows(file.problems()));
    return rows;
  }

  private static JsonNode summary(Path out) throws IOException {
    return JSON.readTree(out.resolve("summary.json").toFile());
  }

  /** Every file under a folder, by relative path. */
  private static Map<Path, byte[]> contents(Path root) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
