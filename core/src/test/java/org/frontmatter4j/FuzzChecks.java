package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.testing.Positions;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/** Invariants the fuzz tests check on whatever the library returns. */
public final class FuzzChecks {
  /** snakeyaml-engine's vocabulary, which no message may pass on (docs/errors.md). */
  public static final java.util.regex.Pattern PARSER_WORDS = java.util.regex.Pattern.compile(
      "<[a-z ]+>|while (scanning|parsing)|\\(\\d+\\)|Do not use|expected <|cannot start any token"
          + "|node content|chomping");

  private FuzzChecks() {}

  /**
   * Every problem is in words of its own and names a line and column that exist in the file
   * (lines end at LF, as the parser counts them; bytes after invalid UTF-8 are replaced, which
   * keeps the text before them exact).
   */
  static void problems(List<Problem> problems, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (Problem problem : problems) {
      Positions.assertRuleId(problem.ruleId(), problem);
      assertThat(problem.message()).as("message of %s", problem).isNotBlank()
          .doesNotContainPattern(PARSER_WORDS);
      Positions.assertInText(text, problem.line(), problem.column(), problem);
    }
  }

  /** Every node's start and end agree with the text: offset, line and column name one place. */
  static void positions(FrontMatterDocument document) {
    String text = document.text();
    walk(document.frontMatter(), node -> {
      assertThat(node.start().offset()).as("start of %s", node)
          .isBetween(document.frontMatterOffset(), node.end().offset());
      assertThat(node.end().offset()).as("end of %s", node)
          .isLessThanOrEqualTo(document.frontMatterEndOffset());
      assertThat(node.start()).as("start of %s", node).isEqualTo(at(text, node.start().offset()));
      assertThat(node.end()).as("end of %s", node).isEqualTo(at(text, node.end().offset()));
    });
  }

  /** The position of a char offset, counted the way the parser documents it. */
  static SourcePosition at(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new SourcePosition(line, text.codePointCount(lineStart, offset) + 1, offset);
  }

  private static void walk(YamlNode node, java.util.function.Consumer<YamlNode> visit) {
    visit.accept(node);
    if (node instanceof YamlMapping mapping) {
      for (YamlEntry entry : mapping.entries()) {
        visit.accept(entry.key());
        walk(entry.value(), visit);
      }
    } else if (node instanceof YamlSequence sequence) {
      sequence.items().forEach(item -> walk(item, visit));
    }
  }

  /**
   * The article with every {@code extra()} tree reduced to its data (values and types; keys are
   * text): the canonical writer lays extra values out in its own style, so a value read back from
   * its text is the same data, written differently, at another place.
   */
  static NewsArticle withoutPositions(NewsArticle article) {
    return article.withExtra(strip(article.extra()))
        .withProvider(strip(article.provider()))
        .withImages(article.images().stream().map(FuzzChecks::strip).toList())
        .withRelated(article.related().stream().map(FuzzChecks::strip).toList());
  }

  private static RelatedArticle strip(RelatedArticle related) {
    RelatedArticle stripped = related.withExtra(strip(related.extra()))
        .withImages(related.images().stream().map(FuzzChecks::strip).toList());
    return related.provider().isPresent()
        ? stripped.withProvider(strip(related.provider().get())) : stripped;
  }

  private static Provider strip(Provider provider) {
    return provider.withExtra(strip(provider.extra()))
        .withImages(provider.images().stream().map(FuzzChecks::strip).toList());
  }

  private static Image strip(Image image) {
    return image.withExtra(strip(image.extra()));
  }

  private static Map<String, YamlNode> strip(Map<String, YamlNode> extra) {
    Map<String, YamlNode> stripped = new LinkedHashMap<>();
    extra.forEach((key, value) -> stripped.put(key, strip(value)));
    return stripped;
  }

  /** Keys are text (the parser compares them as text): {@code null:} and {@code "null":} agree. */
  private static YamlScalar key(YamlScalar key) {
    return new YamlScalar(key.value(), ScalarStyle.PLAIN, ScalarType.STRING, SourcePosition.START,
        SourcePosition.START);
  }

  static YamlNode strip(YamlNode node) {
    SourcePosition at = SourcePosition.START;
    if (node instanceof YamlScalar scalar) {
      return new YamlScalar(scalar.value(), ScalarStyle.PLAIN, scalar.type(), at, at);
    }
    if (node instanceof YamlMapping mapping) {
      return new YamlMapping(mapping.entries().stream()
          .map(entry -> new YamlEntry(key(entry.key()), strip(entry.value())))
          .toList(), false, at, at);
    }
    YamlSequence sequence = (YamlSequence) node;
    return new YamlSequence(sequence.items().stream().map(FuzzChecks::strip).toList(),
        false, at, at);
  }
}
