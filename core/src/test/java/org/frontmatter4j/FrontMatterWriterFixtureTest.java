package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;

/** Hand-written sources in styles Smartable never writes: edits keep every one of them. */
class FrontMatterWriterFixtureTest {
  private static final String HEAD = """
      ---
      category: news
      excerpt: "x"
      publishedDateTime: 2020-09-23T16:53:00Z
      webUrl: "https://example.com/a"
      type: article
      """;
  /** A complete, minimal news article; tests append the rest of their front matter to it. */
  private static final String MINIMAL = HEAD + """
      title: "t"
      provider:
        name: Example
        domain: example.com
      topics:
        - AI
      """;

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  private String edit(String source, java.util.function.UnaryOperator<NewsArticle> change) {
    FrontMatterDocument document = reader.parser().parse(source, "fixture.md");
    NewsArticle edited = change.apply(reader.readNews(document));
    assertThat(writer.write(document)).isEqualTo(source);
    assertThat(writer.write(reader.readNews(document), document)).isEqualTo(source);
    String written = writer.write(edited, document);
    assertThat(reader.readNews(written, "fixture.md")).isEqualTo(edited);
    return written;
  }

  @Test
  void commentsStayWhereTheyAre() {
    String source = HEAD + """
        # Smartable metadata
        title: Plain title   # not quoted on purpose
        heat: 107 # popularity
        provider: # who
          name: Example
          domain: example.com
        topics:
          # the main one
          - AI
        ---
        """;

    String written = edit(source, a -> a.withHeat(9).withTitle("New title").withTopics("AI", "ML"));

    assertThat(written).isEqualTo(source
        .replace("heat: 107 # popularity", "heat: 9 # popularity")
        .replace("title: Plain title   #", "title: New title   #")
        .replace("  - AI\n", "  - AI\n  - ML\n"));
  }

  @Test
  void flowCollectionsStayFlow() {
    String source = HEAD + """
        title: "t"
        provider: {name: Example, domain: example.com}
        topics: [AI, 'Machine Learning']
        ---
        """;

    String written = edit(source, a -> a.withTopics("AI", "Machine Learning", "Power Apps")
        .withProvider(a.provider().withName("Other, Inc.")));

    assertThat(written).isEqualTo(source
        .replace("[AI, 'Machine Learning']", "[AI, 'Machine Learning', Power Apps]")
        .replace("{name: Example,", "{name: \"Other, Inc.\","));
  }

  @Test
  void flowItemsAreRemovedWithTheirCommas() {
    String source = HEAD + """
        title: "t"
        provider: {name: Example, domain: example.com}
        topics: [AI, ML, Bots, Apps]
        ---
        """;

    assertThat(edit(source, a -> a.withTopics("ML", "Apps")))
        .isEqualTo(source.replace("[AI, ML, Bots, Apps]", "[ML, Apps]"));
    assertThat(edit(source, a -> a.withTopics("AI", "ML")))
        .isEqualTo(source.replace("[AI, ML, Bots, Apps]", "[AI, ML]"));
    // An empty list is left out, as canonical output leaves it out.
    assertThat(edit(source, a -> a.withTopics(List.<String>of())))
        .isEqualTo(source.replace("topics: [AI, ML, Bots, Apps]\n", ""));
  }

  @Test
  void singleQuotesStaySingleWhenTheyCan() {
    String source = HEAD + """
        title: 'It''s here'
        provider:
          name: Example
          domain: example.com
        topics:
          - AI
        ---
        """;

    assertThat(edit(source, a -> a.withTitle("It's 'new'")))
        .isEqualTo(source.replace("'It''s here'", "'It''s ''new'''"));
    assertThat(edit(source, a -> a.withTitle("two\nlines")))
        .isEqualTo(source.replace("'It''s here'", "\"two\\nlines\""));
  }

  @Test
  void blockScalarsStayBlockScalars() {
    String source = """
        ---
        category: news
        title: "t"
        excerpt: |
          line one
          line two

        featuredContent: >-
          <iframe src="a"></iframe>
        publishedDateTime: 2020-09-23T16:53:00Z
        webUrl: "https://example.com/a"
        type: article
        provider:
          name: Example
          domain: example.com
        topics:
          - AI
        ---
        """;

    String written = edit(source, a -> a.withExcerpt("line one\nline 2\n")
        .withFeaturedContent("<iframe src=\"b\"></iframe>"));

    assertThat(written).isEqualTo(source.replace("  line two\n", "  line 2\n")
        .replace("<iframe src=\"a\">", "<iframe src=\"b\">"));
  }

  @Test
  void blockScalarFallsBackToDoubleQuotesWhenItCannotHoldTheValue() {
    String source = """
        ---
        category: news
        title: "t"
        excerpt: |
          line one

        publishedDateTime: 2020-09-23T16:53:00Z
        webUrl: "https://example.com/a"
        type: article
        provider:
          name: Example
          domain: example.com
        topics:
          - AI
        ---
        """;

    assertThat(edit(source, a -> a.withExcerpt("  indented\ttab")))
        .isEqualTo(source.replace("|\n  line one\n", "\"  indented\\ttab\"\n"));
  }

  @Test
  void byteOrderMarkIsKept() {
    String source = "\uFEFF" + MINIMAL + """
        ---
        body
        """;
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    FrontMatterDocument document = reader.parser().parse(bytes, "bom.md");

    assertThat(writer.write(document).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    assertThat(writer.write(reader.readNews(document).withTitle("u"), document))
        .isEqualTo(source.replace("title: \"t\"", "title: \"u\""));
  }

  @Test
  void crlfIsKept() {
    String source = (MINIMAL + """
        ---
        body
        """).replace("\n", "\r\n");

    assertThat(edit(source, a -> a.withQuality(5)))
        .isEqualTo(source.replace("type: article\r\n", "type: article\r\nquality: 5\r\n"));
  }

  @Test
  void missingTrailingNewlineIsKept() {
    String source = MINIMAL + """
        ---""";

    assertThat(edit(source, a -> a.withTitle("u"))).isEqualTo(source.replace("\"t\"", "\"u\""));
    assertThat(edit(source, a -> a.withBody("now with a body\n")))
        .isEqualTo(source + "\nnow with a body\n");
  }

  @Test
  void delimiterLinesInTheBodyAreBody() {
    String source = MINIMAL + """
        ---
        Intro
        ---
        title: not front matter
        ...
        """;

    assertThat(edit(source, a -> a.withTitle("u")))
        .isEqualTo(source.replace("title: \"t\"", "title: \"u\""));
  }

  @Test
  void plainValueThatWouldReadBackDifferentlyIsQuoted() {
    String source = MINIMAL + """
        ---
        """;

    assertThat(edit(source, a -> a.withProvider(a.provider().withName("087"))))
        .isEqualTo(source.replace("name: Example", "name: \"087\""));
    assertThat(edit(source, a -> a.withTopics("true", "a: b", "- x", "ok")))
        .isEqualTo(source.replace("  - AI\n",
            "  - \"true\"\n  - \"a: b\"\n  - \"- x\"\n  - ok\n"));
  }

  @Test
  void nullSectionsAreFilledInCanonicalStyle() {
    String source = MINIMAL + """
        images:
        ---
        """;

    String written = edit(source, a -> a.withImages(
        org.frontmatter4j.model.Image.builder().url("https://i/1.png").width(1).height(2).build()));

    assertThat(written).isEqualTo(source.replace("images:\n",
        "images:\n  - url: \"https://i/1.png\"\n    width: 1\n    height: 2\n"));
  }

  @Test
  void removingTheFirstKeyOfAListItemPullsTheNextKeyUp() {
    String source = MINIMAL + """
        images:
          - isCached: true
            url: "https://i/1.png"
            width: 1
            height: 2
        ---
        """;

    String written = edit(source, a -> a.withImages(a.images().get(0).withIsCached(
        Optional.empty())));

    assertThat(written).isEqualTo(source.replace("  - isCached: true\n    url:", "  - url:"));
  }
}
