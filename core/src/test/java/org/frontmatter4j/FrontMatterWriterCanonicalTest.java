package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical writer's layout, quoting and escaping, and atomic writes to files. */
class FrontMatterWriterCanonicalTest {
  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  private static NewsArticle.Builder minimal() {
    NewsArticle.Builder builder = NewsArticle.builder();
    builder.category("news").title("T").excerpt("E")
        .publishedDateTime(OffsetDateTime.of(2020, 9, 23, 16, 53, 0, 0, ZoneOffset.UTC))
        .originalUrl("https://example.com/a").type("article")
        .provider(Provider.builder().name("Example").domain("example.com").build());
    return builder;
  }

  @Test
  void writesSmartablesLayout() {
    NewsArticle article = minimal().heat(3).published(true).featuredContent("<p>")
        .addTopics("AI").addImages(Image.builder().url("u").width(1).height(2).isCached(true).build())
        .secured("s").body("\nbody\n").build();

    assertThat(writer.writeCanonical(article)).isEqualTo("""
        ---
        category: news
        title: "T"
        excerpt: "E"
        publishedDateTime: 2020-09-23T16:53:00Z
        originalUrl: "https://example.com/a"
        type: article
        heat: 3
        published: true

        featuredContent: "<p>"

        provider:
          name: Example
          domain: example.com

        topics:
          - AI

        images:
          - url: "u"
            width: 1
            height: 2
            isCached: true

        secured: "s"
        ---

        body
        """);
  }

  @Test
  void crlfOptionEndsEveryFrontMatterLineWithCrlf() {
    FrontMatterWriter crlf = FrontMatterWriter.builder().lineEnding(LineEnding.CRLF).build();

    String written = crlf.writeCanonical(minimal().body("a\nb").build());

    assertThat(written).startsWith("---\r\ncategory: news\r\ntitle: \"T\"\r\n")
        .endsWith("domain: example.com\r\n---\r\na\nb");
    assertThat(crlf.lineEnding()).isEqualTo(LineEnding.CRLF);
  }

  @Test
  void byteOrderMarkOptionPrefixesTheMarkAndReadsBack() {
    FrontMatterWriter withMark = FrontMatterWriter.builder().byteOrderMark(true).build();
    NewsArticle article = minimal().addTopics("AI").build();

    String text = withMark.writeCanonical(article);

    assertThat(text).isEqualTo("\uFEFF" + FrontMatterWriter.builder().build().writeCanonical(article));
    assertThat(withMark.byteOrderMark()).isTrue();
    FrontMatterDocument document = FrontMatterParser.builder().build().parse(text, "b.md");
    assertThat(document.hasBom()).isTrue();
    assertThat(ContentReader.builder().build().readNews(document)).isEqualTo(article);
  }

  @Test
  void escapesWhatMustBeEscapedAndNothingElse() {
    String title = "say \"hi\" \\ \t\u0001\u007F\u0085\u2028\u2029\uFEFF \u00A0é😀\r\n";

    String written = writer.writeCanonical(minimal().title(title).build());

    assertThat(written).contains("title: \"say \\\"hi\\\" \\\\ \\t\\u0001\\u007F\\u0085\\u2028"
        + "\\u2029\\uFEFF \u00A0é😀\\r\\n\"\n");
    assertThat(reader.readNews(written, "t.md").title()).isEqualTo(title);
  }

  @Test
  void plainFieldsAreQuotedWhenPlainWouldReadBackDifferently() {
    NewsArticle article = minimal().type("null").category("087")
        .provider(Provider.builder().name(" padded").domain("a #b").build())
        .addTopics("~", "yes", "2020-09-23", "x: y", "ok, fine", "C#").build();

    String written = writer.writeCanonical(article);

    assertThat(written).contains("category: \"087\"\n", "type: \"null\"\n",
        "  name: \" padded\"\n", "  domain: \"a #b\"\n", """
        topics:
          - "~"
          - "yes"
          - "2020-09-23"
          - "x: y"
          - ok, fine
          - C#
        """);
    assertThat(reader.readNews(written, "t.md")).isEqualTo(article);
  }

  @Test
  void datesKeepTheirOffsetAndFraction() {
    OffsetDateTime date = OffsetDateTime.of(2020, 9, 23, 16, 53, 0, 500_000_000,
        ZoneOffset.ofHoursMinutes(5, 30));

    String written = writer.writeCanonical(minimal().publishedDateTime(date).build());

    assertThat(written).contains("publishedDateTime: 2020-09-23T16:53:00.5+05:30\n");
    assertThat(reader.readNews(written, "t.md").publishedDateTime()).isEqualTo(date);
  }

  @Test
  void extraEntriesAreWrittenLastWithTheirOwnStyle() {
    String source = """
        ---
        category: news
        title: "T"
        excerpt: "E"
        publishedDateTime: 2020-09-23T16:53:00Z
        originalUrl: "https://example.com/a"
        type: article
        provider:
          name: Example
          domain: example.com
          rank: 1
        topics: []
        tags: [a, 'b c']
        note: plain text
        empty:
        ---
        """;
    ContentReader lenient = ContentReader.builder().lenient(true).build();
    NewsArticle article = lenient.readNews(source, "x.md");

    String written = writer.writeCanonical(article);

    // The empty topics are left out, as every empty list is.
    assertThat(written).isEqualTo("""
        ---
        category: news
        title: "T"
        excerpt: "E"
        publishedDateTime: 2020-09-23T16:53:00Z
        originalUrl: "https://example.com/a"
        type: article

        provider:
          name: Example
          domain: example.com
          rank: 1

        tags:
          - a
          - "b c"
        note: plain text
        empty:
        ---
        """);
  }

  @Test
  void extraScalarThatCannotReadBackIsRefused() {
    SourcePosition at = SourcePosition.START;
    Map<String, YamlNode> extra = new LinkedHashMap<>();
    extra.put("count", new YamlScalar("twelve", ScalarStyle.PLAIN, ScalarType.INTEGER, at, at));
    NewsArticle article = minimal().extra(extra).build();

    assertThatThrownBy(() -> writer.writeCanonical(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write 'twelve' as INTEGER without an explicit tag");
  }

  @Test
  void extraKeyThatRepeatsAModelKeyIsRefusedByBothWriters() {
    SourcePosition at = SourcePosition.START;
    NewsArticle article = minimal().putExtra("title",
        new YamlScalar("again", ScalarStyle.PLAIN, ScalarType.STRING, at, at)).build();
    FrontMatterDocument source = reader.parser().parse(writer.writeCanonical(minimal().build()),
        "a.md");

    assertThatThrownBy(() -> writer.writeCanonical(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra key 'title' is already a key of this mapping");
    assertThatThrownBy(() -> writer.write(article, source))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra key 'title' is already a key of this mapping");
  }

  @Test
  void sourceThatIsNotANewsArticleIsRefused() {
    FrontMatterDocument source = reader.parser().parse("---\ntitle: x\n---\n", "bad.md");

    assertThatThrownBy(() -> writer.write(minimal().build(), source))
        .isInstanceOf(FrontMatterException.class)
        .hasMessageStartingWith("bad.md:2:1: error: a news article needs 'category'");
  }

  @Test
  void writeToReplacesTheFileAtomicallyAndKeepsItsPermissions(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    NewsArticle article = minimal().build();

    assertThat(writer.writeTo(file, article)).isTrue();

    assertThat(Files.readString(file)).isEqualTo(writer.writeCanonical(article));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void writeToLeavesAFileWithTheSameBytesUntouched(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    NewsArticle article = minimal().build();
    Files.write(file, writer.writeCanonical(article).getBytes(StandardCharsets.UTF_8));
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, past);
    Object inode = Files.readAttributes(file, "unix:ino").get("ino");

    assertThat(writer.writeTo(file, article)).isFalse();
    assertThat(writer.writeTo(file, article, reader.parser().parse(file))).isFalse();

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(past);
    assertThat(Files.readAttributes(file, "unix:ino").get("ino")).isEqualTo(inode);
  }

  @Test
  void writeToPreservingWritesOnlyTheEdit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, writer.writeCanonical(minimal().heat(1).build()));
    FrontMatterDocument document = reader.parser().parse(file);

    assertThat(writer.writeTo(file, reader.readNews(document).withHeat(2), document)).isTrue();

    assertThat(Files.readString(file)).isEqualTo(
        writer.writeCanonical(minimal().heat(2).build()));
  }

  @Test
  void writeToCreatesAMissingFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("new.md");

    assertThat(writer.writeTo(file, minimal().build())).isTrue();

    assertThat(Files.readString(file)).isEqualTo(writer.writeCanonical(minimal().build()));
  }
}
