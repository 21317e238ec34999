package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;

/**
 * Blanks after a delimiter line, which Jekyll accepts: the file is read with a warning, the
 * preserving writer keeps the blanks, and the canonical writer drops them.
 */
class DelimiterWhitespaceTest {
  private static final String FRONT_MATTER = """
      category: news
      title: "Facebook removes fake accounts"
      excerpt: "The operation used AI-generated faces."
      publishedDateTime: 2020-09-23T16:53:00Z
      webUrl: "https://thenextweb.com/neural/facebook/"
      type: article
      provider:
        name: The Next Web
        domain: thenextweb.com
      topics:
        - AI
      """;
  private static final String SOURCE = "--- \t\n" + FRONT_MATTER + "...  \nBody text.\n";

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();
  private final FrontMatterDocument document = reader.parser().parse(SOURCE, "news.md");

  @Test
  void bothDelimitersWarnAndTheBodyStartsAfterTheClosingLine() {
    assertThat(document.warnings()).extracting(Problem::toString).containsExactly(
        "news.md:1:4: warning: spaces or tabs after the '---' on line 1: Jekyll accepts them,"
            + " some tools do not; remove them [frontmatter.delimiter-whitespace]",
        "news.md:13:4: warning: spaces or tabs after the '...' on line 13: Jekyll accepts them,"
            + " some tools do not; remove them [frontmatter.delimiter-whitespace]");
    assertThat(document.frontMatterText()).isEqualTo(FRONT_MATTER);
    assertThat(document.body()).isEqualTo("Body text.\n");
    assertThat(document.bodyStartLine()).isEqualTo(14);
  }

  @Test
  void theBinderReportsTheParserWarnings() {
    assertThat(reader.bindNews(document).problems()).isEqualTo(document.warnings());
  }

  @Test
  void thePreservingWriterKeepsTheBlanksAndTheCanonicalWriterDropsThem() {
    NewsArticle article = reader.readNews(document);

    assertThat(writer.write(document)).isEqualTo(SOURCE);
    assertThat(writer.write(article, document)).isEqualTo(SOURCE);
    assertThat(writer.write(article.withHeat(5), document))
        .isEqualTo("--- \t\n" + FRONT_MATTER.replace("type: article\n", "type: article\nheat: 5\n")
            + "...  \nBody text.\n");
    String canonical = writer.writeCanonical(article);
    assertThat(canonical).startsWith("---\ncategory: news\n").endsWith("---\nBody text.\n");
    assertThat(reader.parser().parse(canonical, "news.md").warnings()).isEmpty();
  }
}
