package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.junit.jupiter.api.Test;

/** Format-preserving edits of a canonical news file: each changes exactly the expected text. */
class FrontMatterWriterEditTest {
  private static final String SOURCE = """
      ---
      category: news
      title: "Facebook removes fake accounts"
      excerpt: "The operation used \\"AI-generated\\" faces."
      publishedDateTime: 2020-09-23T16:53:00Z
      originalUrl: "https://thenextweb.com/neural/facebook/"
      webUrl: "https://thenextweb.com/neural/facebook/"
      ampWebUrl: "https://thenextweb.com/neural/facebook/amp/"
      type: article
      quality: 87
      heat: 107
      published: true

      provider:
        name: The Next Web
        domain: thenextweb.com

      topics:
        - Machine Learning
        - AI

      images:
        - url: "https://cdn0.tnwcdn.com/a.png"
          width: 796
          height: 417
          isCached: true

      secured: "abc==;def=="
      ---

      Body text.
      """;

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();
  private final FrontMatterDocument document = reader.parser().parse(SOURCE, "news.md");
  private final NewsArticle article = reader.readNews(document);

  @Test
  void unchangedModelIsWrittenBackExactly() {
    assertThat(writer.write(article, document)).isEqualTo(SOURCE);
    assertThat(writer.write(document)).isEqualTo(SOURCE);
  }

  @Test
  void changingOneScalarChangesOneLine() {
    String written = writer.write(article.withHeat(120), document);

    assertThat(written).isEqualTo(SOURCE.replace("heat: 107\n", "heat: 120\n"));
    assertThat(changedLines(SOURCE, written)).containsExactly("-heat: 107", "+heat: 120");
  }

  @Test
  void changedQuotedScalarIsEscapedInItsStyle() {
    String written = writer.write(article.withTitle("Say \"hi\" \\ bye"), document);

    assertThat(changedLines(SOURCE, written)).containsExactly(
        "-title: \"Facebook removes fake accounts\"", "+title: \"Say \\\"hi\\\" \\\\ bye\"");
    assertThat(reader.readNews(written, "news.md")).isEqualTo(article.withTitle("Say \"hi\" \\ bye"));
  }

  @Test
  void addingATopicAddsOneItemLine() {
    NewsArticle edited = article.withTopics("Machine Learning", "AI", "Facebook AI");

    String written = writer.write(edited, document);

    assertThat(written).isEqualTo(SOURCE.replace("  - AI\n", "  - AI\n  - Facebook AI\n"));
    assertThat(reader.readNews(written, "news.md")).isEqualTo(edited);
  }

  @Test
  void removingATopicRemovesItsLine() {
    String written = writer.write(article.withTopics("AI"), document);

    assertThat(written).isEqualTo(SOURCE.replace("  - Machine Learning\n", ""));
  }

  @Test
  void removingAmpWebUrlRemovesItsLine() {
    String written = writer.write(article.withAmpWebUrl(Optional.empty()), document);

    assertThat(written).isEqualTo(
        SOURCE.replace("ampWebUrl: \"https://thenextweb.com/neural/facebook/amp/\"\n", ""));
  }

  @Test
  void addedFieldGoesToItsCanonicalPlaceInCanonicalStyle() {
    String written = writer.write(article.withCdnAmpWebUrl("https://cdn.example/amp"), document);

    assertThat(written).isEqualTo(SOURCE.replace("type: article\n",
        "cdnAmpWebUrl: \"https://cdn.example/amp\"\ntype: article\n"));
  }

  @Test
  void addingARelatedArticleInsertsABlockBeforeSecured() {
    RelatedArticle related = RelatedArticle.builder()
        .title("Start Using Facebook Messenger Bots")
        .webUrl("https://goodmenproject.com/bots/")
        .type("article")
        .provider(Provider.builder().name("Good Men Project").domain("goodmenproject.com").build())
        .quality(24)
        .build();
    NewsArticle edited = article.withRelated(related);

    String written = writer.write(edited, document);

    assertThat(written).isEqualTo(SOURCE.replace("    isCached: true\n\n", """
            isCached: true

        related:
          - title: "Start Using Facebook Messenger Bots"
            webUrl: "https://goodmenproject.com/bots/"
            type: article
            provider:
              name: Good Men Project
              domain: goodmenproject.com
            quality: 24

        """));
    assertThat(reader.readNews(written, "news.md")).isEqualTo(edited);
  }

  @Test
  void removingABlockSectionTakesItsBlankLineToo() {
    String written = writer.write(article.withImages(List.of()), document);

    assertThat(written).isEqualTo(SOURCE.replace("""
        images:
          - url: "https://cdn0.tnwcdn.com/a.png"
            width: 796
            height: 417
            isCached: true

        """, ""));
  }

  @Test
  void addingFeaturedContentBringsItsBlankLine() {
    String written = writer.write(article.withFeaturedContent("<iframe src=\"x\"></iframe>"),
        document);

    assertThat(written).isEqualTo(SOURCE.replace("published: true\n",
        "published: true\n\nfeaturedContent: \"<iframe src=\\\"x\\\"></iframe>\"\n"));
  }

  @Test
  void editingANestedImageChangesOnlyItsLine() {
    NewsArticle edited = article.withImages(article.images().get(0).withWidth(800));

    String written = writer.write(edited, document);

    assertThat(changedLines(SOURCE, written)).containsExactly("-    width: 796", "+    width: 800");
  }

  @Test
  void changingTheBodyKeepsTheFrontMatter() {
    String written = writer.write(article.withBody("\nNew body.\n"), document);

    assertThat(written).isEqualTo(SOURCE.replace("Body text.", "New body."));
  }

  @Test
  void editOfACrlfFileKeepsCrlfForNewLines() {
    String crlf = SOURCE.replace("\n", "\r\n");
    FrontMatterDocument source = reader.parser().parse(crlf, "news.md");
    NewsArticle edited = reader.readNews(source).withTopics("Machine Learning", "AI", "Bots");

    String written = writer.write(edited, source);

    assertThat(written).isEqualTo(crlf.replace("  - AI\r\n", "  - AI\r\n  - Bots\r\n"));
  }

  @Test
  void emptyingTheTopicsRemovesTheKeyAsCanonicalOutputLeavesEmptyListsOut() {
    NewsArticle edited = article.withTopics(List.<String>of());

    String written = writer.write(edited, document);

    assertThat(written).isEqualTo(SOURCE.replace("\ntopics:\n  - Machine Learning\n  - AI\n",
        ""));
    assertThat(reader.readNews(written, "news.md")).isEqualTo(edited);
  }

  private static List<String> changedLines(String before, String after) {
    return LineDiff.of(before, after).lines();
  }
}
