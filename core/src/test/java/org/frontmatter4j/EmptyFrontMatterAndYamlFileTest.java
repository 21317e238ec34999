package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.junit.jupiter.api.Test;

/**
 * An empty front matter ({@code ---} then {@code ---}) is a page without variables, as Jekyll
 * and Hugo read it; and a whole YAML file (a site's {@code _config.yml}) parses with the same
 * rules and positions from line 1.
 */
class EmptyFrontMatterAndYamlFileTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();

  @Test
  void emptyFrontMatterIsAnEmptyMappingAtTheClosingLine() {
    FrontMatterDocument document = parser.parse("---\n---\nbody\n", "f.md");

    assertThat(document.frontMatter().entries()).isEmpty();
    SourcePosition start = document.frontMatter().start();
    assertThat(List.of(start.line(), start.column(), start.offset())).containsExactly(2, 1, 4);
    assertThat(document.body()).isEqualTo("body\n");
    assertThat(FrontMatterWriter.builder().build().write(document)).isEqualTo("---\n---\nbody\n");
  }

  @Test
  void frontMatterOfOnlyCommentsIsEmptyToo() {
    FrontMatterDocument document = parser.parse("---\n# nothing\n\n---\n", "f.md");

    assertThat(document.frontMatter().entries()).isEmpty();
    assertThat(document.frontMatter().start().line()).isEqualTo(4);
  }

  @Test
  void aNewsArticleWithEmptyFrontMatterIsMissingItsRequiredKeys() {
    FrontMatterDocument document = parser.parse("---\n---\n", "news.md");

    BindResult<NewsArticle> result = ContentReader.builder().build().bindNews(document);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.ruleId()).isEqualTo("schema.required");
      assertThat(problem.line()).isEqualTo(2);
    });
    assertThat(result.problems().get(0).toString()).isEqualTo("news.md:2:1: error: a news article"
        + " needs 'category'; add a 'category:' line [schema.required]");
  }

  @Test
  void aYamlFileParsesWithPositionsFromLineOne() {
    String config = "# Site\ntitle: Site\nbaseurl: \"/b\"\nexclude:\n  - README.md\n";

    YamlMapping root = parser.parseYaml(config.getBytes(StandardCharsets.UTF_8), "_config.yml");

    YamlScalar baseurl = (YamlScalar) root.get("baseurl").orElseThrow();
    assertThat(baseurl.value()).isEqualTo("/b");
    SourcePosition start = baseurl.start();
    assertThat(List.of(start.line(), start.column(), start.offset())).containsExactly(3, 10, 28);
    assertThat(((YamlSequence) root.get("exclude").orElseThrow()).items()).hasSize(1);
  }

  @Test
  void aYamlFileMayStartWithADocumentMarkerAndBeEmpty() {
    assertThat(parser.parseYaml("---\na: 1\n".getBytes(StandardCharsets.UTF_8), "c.yml")
        .get("a")).isPresent();
    assertThat(parser.parseYaml(new byte[0], "c.yml").entries()).isEmpty();
  }

  @Test
  void aYamlFileSyntaxErrorIsOneProblemAtItsLine() {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class, () ->
        parser.parseYaml("title: x\nurl: [a\nbaseurl: b\n".getBytes(StandardCharsets.UTF_8),
            "_config.yml"));

    assertThat(thrown.problems()).hasSize(1);
    assertThat(thrown.problems().get(0).toString()).isEqualTo("_config.yml:2:6: error: the '['"
        + " that starts the value of 'url' is never closed: if the value is text, put it in double"
        + " quotes; if it is a list, end it with ']' on line 2 [yaml.syntax]");
  }

  @Test
  void aYamlFileKeepsTheParsersRefusalsAndAcceptsAnchorsWhenAllowed() {
    byte[] merge = "base: &b\n  layout: post\nnews:\n  <<: *b\n".getBytes(StandardCharsets.UTF_8);

    FrontMatterException refused = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parseYaml(merge, "c.yml"));
    YamlMapping allowed = FrontMatterParser.builder().allowAnchorsAndAliases(true).build()
        .parseYaml(merge, "c.yml");

    assertThat(refused.problems().get(0).toString()).startsWith("c.yml:1:7: error: anchors (&b)");
    assertThat(((YamlMapping) allowed.get("news").orElseThrow()).get("<<").orElseThrow())
        .isInstanceOf(YamlMapping.class);
  }
}
