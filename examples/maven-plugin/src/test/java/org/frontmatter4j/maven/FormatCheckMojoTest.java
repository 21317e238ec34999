package org.frontmatter4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format-check goal in process. */
class FormatCheckMojoTest {
  private static final String FIX = ": not in the canonical style from here on (key order,"
      + " quoting, blank lines); the validate tool's 'format --write' rewrites it"
      + " [format.canonical]";

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  private FormatCheckMojo mojo() {
    return Sites.configure(new FormatCheckMojo(), dir, log);
  }

  private Path news(String text) throws Exception {
    return Sites.news(dir, text);
  }

  @Test
  void canonicalArticlesPassAndOtherKindsAreNotCounted() throws Exception {
    news(Sites.NEWS);
    Sites.write(dir, "content/about.md", "---\nlayout:   page\n---\n");

    mojo().execute();

    assertThat(log.lines).singleElement().asString().matches("\\[INFO] Format: 1 file \\(1 news\\), 1"
        + " canonical, 0 would change, 0 with errors \\(\\d+\\.\\d\\d s\\)");
  }

  @Test
  void aChangedFileIsLoggedAtItsFirstDifferenceAndFailsTheBuild() throws Exception {
    Path article = news(Sites.NEWS.replace("article\n\nprovider:", "article\nprovider:"));

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Format check failed: 1 file not in the canonical style, 0 with errors; see"
            + " the lines above");
    assertThat(log.lines.get(0)).isEqualTo("[ERROR] " + article + ":8:1" + FIX);
    assertThat(log.lines.get(1)).startsWith(
        "[INFO] Format: 1 file (1 news), 0 canonical, 1 would change, 0 with errors (");
  }

  @Test
  void crlfLineEndingsAndAByteOrderMarkAreKept() throws Exception {
    byte[] crlf = Sites.NEWS.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    Path file = news("");
    Files.write(file, crlf);
    mojo().execute();

    byte[] bom = ("\uFEFF" + Sites.NEWS).getBytes(StandardCharsets.UTF_8);
    Files.write(file, bom);
    mojo().execute();

    assertThat(log.lines).hasSize(2).allMatch(line -> line.contains(" 1 canonical,"));
  }

  @Test
  void quotingCountsAsStyle() throws Exception {
    Path article = news(Sites.NEWS.replace("title: \"Power", "title: 'Power")
        .replace("canvas apps\"\nexcerpt", "canvas apps'\nexcerpt"));

    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).isEqualTo("[ERROR] " + article + ":3:8" + FIX);
  }

  @Test
  void aNewsFileWithErrorsIsReportedAndNotFormatted() throws Exception {
    Path article = news(Sites.NEWS.replace("type: article\n", "type: article\nmood: happy\n"));

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Format check failed: 0 files not in the canonical style, 1 with errors; see"
            + " the lines above");
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + article + ":8:1: unknown key 'mood'");
    assertThat(log.lines.get(1))
        .isEqualTo("[ERROR] " + article + ": not checked for format: fix its errors first");
  }

  @Test
  void everyKindIsCheckedAsItsFolderTells() throws Exception {
    news(Sites.NEWS);
    Sites.write(dir, "content/_people/april-dunnam.md", Sites.PERSON);
    Sites.write(dir, "content/_newsletters/power-apps-smartable-2020-10-07.html",
        Sites.NEWSLETTER);
    Path person = Sites.write(dir, "content/_people/charles-lamanna.md",
        Sites.PERSON.replace("type: \"profile\"", "type: profile"));
    Path newsletter = Sites.write(dir, "content/_newsletters/power-apps-smartable-2020-10-14.html",
        Sites.NEWSLETTER.replace("\n\n---\n", "\n---\n"));
    Sites.write(dir, "content/about.md", Sites.PAGE);

    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
        .hasMessage("Format check failed: 2 files not in the canonical style, 0 with errors; see"
            + " the lines above");
    assertThat(log.lines.subList(0, 2)).containsExactlyInAnyOrder(
        "[ERROR] " + person + ":5:7" + FIX, "[ERROR] " + newsletter + ":10:1" + FIX);
    assertThat(log.lines.get(2)).startsWith("[INFO] Format: 5 files (2 people, 2 newsletters,"
        + " 1 news), 3 canonical, 2 would change, 0 with errors (");
  }

  @Test
  void aKindReadsEveryFileAsThatKind() throws Exception {
    Sites.write(dir, "content/drafts/issue.html", Sites.NEWSLETTER);
    FormatCheckMojo mojo = mojo();
    mojo.includes = List.of("**/*.html");
    mojo.kind = "newsletter";

    mojo.execute();

    assertThat(log.lines).singleElement().asString().startsWith(
        "[INFO] Format: 1 file (1 newsletter), 1 canonical, 0 would change, 0 with errors (");
  }

  @Test
  void anUnknownKindIsAConfigurationError() throws Exception {
    news(Sites.NEWS);
    FormatCheckMojo mojo = mojo();
    mojo.kind = "blog";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Unknown kind 'blog': set <kind> to one of news, person, course, video,"
            + " collection, book, article, sample, newsletter, community, event, or leave it out"
            + " to take each file's kind from its folder");
  }

  @Test
  void aMissingDirectoryIsAConfigurationError() {
    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Content directory " + dir.resolve("content") + " does not exist");
  }

  @Test
  void skipSkips() throws Exception {
    FormatCheckMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] Skipping front matter check (frontmatter4j.skip)");
  }
}
