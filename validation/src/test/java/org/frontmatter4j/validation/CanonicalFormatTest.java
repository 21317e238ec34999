package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.validation.CanonicalFormat.Position;
import org.frontmatter4j.validation.CanonicalFormat.Result;
import org.frontmatter4j.validation.CanonicalFormat.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical style check and rewrite, one file at a time. */
class CanonicalFormatTest {
  static final String CANONICAL = "---\ncategory: news\ntitle: \"T\"\nexcerpt: \"E\"\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\noriginalUrl: \"https://example.com/a\"\n"
      + "type: article\n\nprovider:\n  name: Example\n  domain: example.com\n\ntopics:\n  - AI\n"
      + "---\nbody\n";

  @TempDir
  Path dir;

  private final CanonicalFormat format = new CanonicalFormat(ContentReader.builder().build());

  private Path news(String name, String text) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("_news"));
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void canonicalChangedWrittenInvalidAndOtherKinds() throws Exception {
    Path canonical = news("a.md", CANONICAL);
    Path sloppy = news("b.md", CANONICAL.replace("title: \"T\"", "title: 'T'"));
    Path invalid = news("c.md", CANONICAL.replace("type: article", "type: article\nheat: hot"));
    Path other = Files.writeString(dir.resolve("page.md"), "---\nlayout: page\n---\n");

    List<Result> checked = format.all(List.of(canonical, sloppy, invalid, other), false, 2);

    assertThat(checked).extracting(Result::state)
        .containsExactly(State.CANONICAL, State.CHANGED, State.INVALID, State.OTHER_KIND);
    assertThat(checked.get(1).firstDifference()).contains(new Position(3, 8));
    assertThat(checked.get(2).problems()).extracting(p -> p.ruleId()).containsExactly("schema.type");
    assertThat(format.write(sloppy).state()).isEqualTo(State.WRITTEN);
    assertThat(Files.readString(sloppy)).isEqualTo(CANONICAL);
    assertThat(format.write(invalid).state()).isEqualTo(State.INVALID);
    assertThat(format.check(dir).failure()).contains("is a directory");
  }

  @Test
  void bytesAreFormattedAsTheFileTheirPathNames() {
    byte[] sloppy = CANONICAL.replace("title: \"T\"", "title: 'T'").getBytes(StandardCharsets.UTF_8);
    byte[] canonical = CANONICAL.getBytes(StandardCharsets.UTF_8);
    Path news = Path.of("site", "_news", "b.md");

    assertThat(format.check(news, sloppy).state()).isEqualTo(State.CHANGED);
    assertThat(format.canonicalForm(news, sloppy)).hasValueSatisfying(
        bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(CANONICAL));
    assertThat(format.canonicalForm(news, canonical)).isEmpty();
    // Not in _news and no category: news: not a news article, no canonical form.
    assertThat(format.check(Path.of("page.md"), "---\nlayout: page\n---\n".getBytes(
        StandardCharsets.UTF_8)).state()).isEqualTo(State.OTHER_KIND);
    assertThat(format.canonicalForm(news, "---\ntitle: [\n---\n".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void theSiteWalkRulesAreTheOnesTheWalkApplies() throws Exception {
    Files.writeString(dir.resolve("a.MD"), "---\n---\n");
    Files.writeString(dir.resolve("b.html"), "\uFEFF---\n---\n");
    Files.writeString(dir.resolve("c.html"), "<html>");
    Files.writeString(dir.resolve("d.txt"), "---\n---\n");
    for (String folder : List.of(".git", "target", "node_modules", "_news")) {
      Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve("e.md"), "---\n---\n");
    }

    assertThat(SiteValidator.builder().build().files(List.of(dir)).files())
        .containsExactly(dir.resolve("_news/e.md"), dir.resolve("a.MD"), dir.resolve("b.html"));
    assertThat(List.of(".git", "target", "node_modules", "_news", "news"))
        .filteredOn(SiteValidator::walksInto).containsExactly("_news", "news");
    byte[] frontMatter = "---\n".getBytes(StandardCharsets.UTF_8);
    assertThat(SiteValidator.isContentFile("x.markdown", new byte[0])).isTrue();
    assertThat(SiteValidator.isContentFile("x.html", frontMatter)).isTrue();
    assertThat(SiteValidator.isContentFile("x.html", "<html>".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(SiteValidator.isContentFile("x.txt", frontMatter)).isFalse();
  }

  @Test
  void checkingBytesIsCheckingTheFile() throws Exception {
    Path sloppy = news("2020-09-23-b.md", CANONICAL.replace("heat", "x")
        .replace("type: article", "type: article\nheat: hot"));
    SiteValidator site = SiteValidator.builder().build();

    FileReport fromFile = site.check(sloppy);
    FileReport fromBytes = site.check(sloppy, Files.readAllBytes(sloppy));

    assertThat(fromBytes).isEqualTo(fromFile);
    assertThat(fromBytes.problems()).extracting(p -> p.ruleId()).containsExactly("schema.type");
  }

  @Test
  void aPipeIsRefusedWithoutReadingIt() throws Exception {
    Path pipe = dir.resolve("pipe.md");
    new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();

    assertThat(format.check(pipe).failure()).contains("is not a regular file (a pipe, socket or device)");
    assertThat(SiteValidator.builder().build().check(pipe).failure())
        .contains("is not a regular file (a pipe, socket or device)");
  }

  @Test
  void textAsAnEditorHoldsItGetsTheCanonicalFormWithoutTouchingTheDisk() {
    Path unsaved = dir.resolve("_news").resolve("2020-09-23-unsaved.md");
    String crlf = CANONICAL.replace("title: \"T\"", "title: 'T'").replace("\n", "\r\n");

    assertThat(format.canonicalText(unsaved, crlf)).contains(CANONICAL.replace("\n", "\r\n"));
    assertThat(format.canonicalText(unsaved, CANONICAL)).contains(CANONICAL);
    assertThat(format.canonicalText(unsaved, CANONICAL.replace("type: article", "heat: hot")))
        .isEmpty();
    assertThat(format.canonicalText(unsaved, "no front matter\n")).isEmpty();
    assertThat(format.canonicalText(dir.resolve("page.md"), "---\nlayout: page\n---\n")).isEmpty();
    assertThat(Files.exists(unsaved)).isFalse();
  }

  @Test
  void aSiteValidatorChecksTextAsTheSavedFileWouldBeChecked() throws Exception {
    SiteValidator site = SiteValidator.builder().build();
    String broken = CANONICAL.replace("type: article", "type: article\nheat: hot");
    Path saved = news("2020-09-23-saved.md", broken);

    FileReport fromText = site.check(saved, broken);

    assertThat(fromText.problems()).isEqualTo(site.check(saved).problems());
    assertThat(fromText.problems()).extracting(Object::toString).containsExactly(saved
        + ":8:7: error: 'heat' must be an integer, but it is the string \"hot\" [schema.type]");
    assertThat(site.check(dir.resolve("page.md"), "---\nlayout: [\n---\n").problems())
        .extracting(p -> p.ruleId()).containsExactly("yaml.syntax");
    assertThat(site.check(dir.resolve("page.md"), "---\nlayout: page\n---\n").problems()).isEmpty();
  }

  @Test
  void theFirstDifferenceIsCountedInLinesAndCodePoints() {
    assertThat(difference("a\nbc\n", "a\nbd\n")).isEqualTo(new Position(2, 2));
    assertThat(difference("a\n", "a\nb\n")).isEqualTo(new Position(2, 1));
    assertThat(difference("a\nb\nc", "a\n")).isEqualTo(new Position(2, 1));
    // é and ü are two bytes each, 😀 four; the difference is in a character's second byte.
    assertThat(difference("é😀é\n", "é😀è\n")).isEqualTo(new Position(1, 3));
    assertThat(difference("ü\n", "ý\n")).isEqualTo(new Position(1, 1));
    assertThat(difference("\uFEFFab", "\uFEFFac")).isEqualTo(new Position(1, 2));
  }

  @Test
  void equalBytesHaveNoDifference() {
    assertThatThrownBy(() -> difference("a", "a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the bytes are equal");
  }

  private static Position difference(String actual, String expected) {
    return CanonicalFormat.firstDifference(actual.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }
}
