package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.junit.jupiter.api.Test;

/** Every limit accepts input at the limit and refuses limit + 1, with a precise message. */
class LimitsTest {

  private static Problem problem(FrontMatterParser parser, String text) {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse(text, "f.md"));
    assertThat(thrown).as("must throw").isNotNull();
    return thrown.problems().get(0);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    FrontMatterParser parser = FrontMatterParser.builder().build();

    assertThat(parser.maxFrontMatterLength()).isEqualTo(1_048_576);
    assertThat(parser.maxDepth()).isEqualTo(64);
    assertThat(parser.maxScalarLength()).isEqualTo(262_144);
    assertThat(parser.maxNodes()).isEqualTo(50_000);
    assertThat(parser.maxAliases()).isEqualTo(50);
    assertThat(parser.allowAnchorsAndAliases()).isFalse();
    assertThat(parser.allowTags()).isFalse();
    assertThat(parser.toBuilder().maxDepth(3).build().maxNodes()).isEqualTo(50_000);
  }

  @Test
  void frontMatterLength() {
    FrontMatterParser parser = FrontMatterParser.builder().maxFrontMatterLength(10).build();

    assertThat(parser.parse("---\na: 123456\n---\n", "f.md").frontMatterText()).hasSize(10);
    assertThat(problem(parser, "---\na: 1234567\n---\n").toString()).isEqualTo("f.md:1:1: error:"
        + " the front matter is longer than 10 characters (limit maxFrontMatterLength); is the"
        + " closing '---' line missing? [limit.size]");
  }

  @Test
  void depth() {
    FrontMatterParser parser = FrontMatterParser.builder().maxDepth(3).build();

    assertThat(parser.parse("---\na:\n  b:\n    - 1\n---\n", "f.md").frontMatter()).isNotNull();
    assertThat(problem(parser, "---\na:\n  b:\n    - [1]\n---\n").toString()).isEqualTo(
        "f.md:4:7: error: nesting is deeper than 3 levels (maxDepth) [limit.depth]");
  }

  @Test
  void scalarLength() {
    FrontMatterParser parser = FrontMatterParser.builder().maxScalarLength(5).build();

    assertThat(parser.parse("---\na: \"12345\"\n---\n", "f.md").frontMatter()).isNotNull();
    Problem problem = problem(parser, "---\na: \"123456\"\n---\n");
    assertThat(problem.toString()).isEqualTo("f.md:2:4: error: this value is 6 characters long,"
        + " more than the limit of 5 (maxScalarLength) [limit.scalar-length]");
    assertThat(problem.propertyPath()).isEqualTo("a");
  }

  @Test
  void nodes() {
    // A mapping with one entry is three nodes: the mapping, the key and the value.
    FrontMatterParser parser = FrontMatterParser.builder().maxNodes(5).build();

    assertThat(parser.parse("---\na: 1\nb: 2\n---\n", "f.md").frontMatter().entries()).hasSize(2);
    assertThat(problem(parser, "---\na: 1\nb: [2]\n---\n").toString()).isEqualTo(
        "f.md:3:5: error: the front matter has more than 5 values (maxNodes) [limit.nodes]");
  }

  @Test
  void aliasesWhenAllowed() {
    FrontMatterParser parser = FrontMatterParser.builder()
        .allowAnchorsAndAliases(true).maxAliases(2).build();

    YamlSequence list = (YamlSequence) parser.parse("---\na: &x 1\nb: [*x, *x]\n---\n", "f.md")
        .frontMatter().get("b").orElseThrow();
    assertThat(list.items()).extracting(node -> ((YamlScalar) node).value()).containsExactly("1", "1");
    assertThat(problem(parser, "---\na: &x 1\nb: [*x, *x, *x]\n---\n").toString()).isEqualTo(
        "f.md:3:13: error: more than 2 aliases (maxAliases) [limit.aliases]");
  }

  @Test
  void aliasesCountTheSizeOfWhatTheyRepeat() {
    FrontMatterParser parser = FrontMatterParser.builder()
        .allowAnchorsAndAliases(true).maxNodes(20).build();

    assertThat(problem(parser, "---\na: &x [1, 2, 3, 4, 5, 6, 7, 8]\nb: [*x, *x]\n---\n").ruleId())
        .isEqualTo("limit.nodes");
  }

  @Test
  void aliasExpansionAtTheNodeLimitAndOneBeyond() {
    // The root, key a, the anchored list and its 2 items, key b, its list: 7 nodes; each alias
    // repeats the 3 nodes of the anchored list.
    String text = "---\na: &x [1, 2]\nb: [*x, *x]\n---\n";
    FrontMatterParser.Builder aliases = FrontMatterParser.builder().allowAnchorsAndAliases(true);

    assertThat(aliases.maxNodes(13).build().parse(text, "f.md").frontMatter().entries()).hasSize(2);
    assertThat(problem(aliases.maxNodes(12).build(), text).toString()).isEqualTo(
        "f.md:3:9: error: the front matter has more than 12 values (maxNodes) [limit.nodes]");
  }

  @Test
  void recursiveAliasIsRefused() {
    FrontMatterParser parser = FrontMatterParser.builder().allowAnchorsAndAliases(true).build();

    assertThat(problem(parser, "---\na: &x [1, *x]\n---\n").message()).isEqualTo("alias *x refers"
        + " to an anchor &x that is not defined before it (or is still open: recursive structures"
        + " are not allowed)");
  }

  @Test
  void standardTagsWhenAllowed() {
    FrontMatterParser parser = FrontMatterParser.builder().allowTags(true).build();

    YamlScalar value = (YamlScalar) parser.parse("---\na: !!str 12\nb: !!int 7\n---\n", "f.md")
        .frontMatter().get("a").orElseThrow();
    assertThat(value.type()).isEqualTo(ScalarType.STRING);
    assertThat(problem(parser, "---\na: !!int x\n---\n").message())
        .isEqualTo("'x' is not a valid !!int");
    assertThat(problem(parser, "---\na: !!java.io.File x\n---\n").message()).isEqualTo(
        "unknown tag !!java.io.File; only the standard tags !!str, !!int, !!float, !!bool and"
            + " !!null are allowed");
    assertThat(problem(parser, "---\na: !custom\n  b: 1\n---\n").message()).isEqualTo(
        "unknown tag !custom; only the standard tags !!map and !!seq are allowed on collections");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> FrontMatterParser.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be at least 1, got 0");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    FrontMatterParser parser = FrontMatterParser.builder().build();

    assertThatThrownBy(() -> parser.parse((String) null, "f"))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> parser.parse("---\na: 1\n---\n", null))
        .isInstanceOf(NullPointerException.class).hasMessage("sourceName must not be null");
  }
}
