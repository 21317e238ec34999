package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile inputs finish fast with a {@link FrontMatterException}: never a StackOverflowError,
 * an OutOfMemoryError or a hang.
 */
@Timeout(value = 2, unit = TimeUnit.SECONDS)
class PathologicalTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();
  private final FrontMatterParser allowingAliases =
      FrontMatterParser.builder().allowAnchorsAndAliases(true).build();

  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append('a').append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("---\n").toString();
  }

  private Problem problem(FrontMatterParser parser, String text) {
    Throwable thrown = catchThrowable(() -> parser.parse(text, "f.md"));
    assertThat(thrown).isInstanceOf(FrontMatterException.class);
    return ((FrontMatterException) thrown).problems().get(0);
  }

  @Test
  void aliasBombIsRefusedAtTheFirstAnchorByDefault() {
    assertThat(problem(parser, aliasBomb()).toString()).isEqualTo("f.md:2:5: error: anchors"
        + " (&a0) are not allowed; write the value out, or enable allowAnchorsAndAliases; if"
        + " '&a0' is text, put the value of 'a0' in double quotes [yaml.anchor]");
  }

  @Test
  void aliasBombIsStoppedByLimitsWhenAliasesAreAllowed() {
    // a4's sixth alias would repeat a3's 7,381 values once more: past 50,000 in all.
    Problem problem = problem(allowingAliases, aliasBomb());
    assertThat(problem.toString()).isEqualTo("f.md:6:35: error: the front matter has more than"
        + " 50000 values (maxNodes) [limit.nodes]");
    assertThat(problem.propertyPath()).isEqualTo("a4[5]");
  }

  @Test
  void deepFlowNesting() {
    String text = "---\na: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\n";
    // The root is level 1, the first '[' (column 4) level 2: level 65 is the 64th '['.
    assertThat(problem(parser, text).toString()).isEqualTo(
        "f.md:2:67: error: nesting is deeper than 64 levels (maxDepth) [limit.depth]");
  }

  @Test
  void deepBlockNesting() {
    // "- - - x" nests block sequences on one line, so depth costs no indentation.
    String text = "---\na:\n" + "- ".repeat(20_000) + "x\n---\n";
    assertThat(problem(parser, text).toString()).isEqualTo(
        "f.md:3:127: error: nesting is deeper than 64 levels (maxDepth) [limit.depth]");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // quadratic in snakeyaml (see below): slow under load
  void deepNestingEvenWithTheLimitRaisedNeverOverflowsTheStack() {
    // 5,000 levels: beyond the ~3,000 at which snakeyaml's recursive Compose overflows the stack.
    // Not 20,000: snakeyaml-engine's scanner checks every open flow level per token, so time grows
    // quadratically with flow depth (20,000 levels take about 1.5 s), one more reason for the
    // small default maxDepth.
    FrontMatterParser unlimited = FrontMatterParser.builder().maxDepth(Integer.MAX_VALUE).build();
    String text = "---\na: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n";

    Throwable thrown = catchThrowable(() -> unlimited.parse(text, "f.md"));
    assertThat(thrown).isNull();
  }

  @Test
  void eightMegabyteScalar() {
    String text = "---\na: " + "x".repeat(8 * 1024 * 1024) + "\n---\n";
    assertThat(problem(parser, text).toString()).isEqualTo("f.md:1:1: error: the front matter is"
        + " longer than 1048576 characters (limit maxFrontMatterLength); is the closing '---'"
        + " line missing? [limit.size]");
  }

  @Test
  void eightMegabyteScalarWithinALargerDocumentLimit() {
    FrontMatterParser large = FrontMatterParser.builder().maxFrontMatterLength(16 << 20).build();
    String text = "---\na: " + "x".repeat(8 * 1024 * 1024) + "\n---\n";
    assertThat(problem(large, text).toString()).isEqualTo("f.md:2:4: error: this value is"
        + " 8388608 characters long, more than the limit of 262144 (maxScalarLength)"
        + " [limit.scalar-length]");
  }

  @Test
  void hundredThousandDelimiterLines() {
    String text = "---\n".repeat(100_000);
    FrontMatterDocument document = parser.parse(text, "f.md");
    assertThat(document.frontMatter().entries()).isEmpty();
    assertThat(document.bodyStartLine()).isEqualTo(3);
  }

  @Test
  void hundredThousandKeys() {
    StringBuilder yaml = new StringBuilder("---\n");
    for (int i = 0; i < 100_000; i++) {
      yaml.append('k').append(i).append(": v\n");
    }
    // The root and 24,999 keys with their values are 49,999 values; k24999 and its value pass
    // 50,000.
    Problem problem = problem(parser, yaml.append("---\n").toString());
    assertThat(problem.toString()).isEqualTo("f.md:25001:9: error: the front matter has more"
        + " than 50000 values (maxNodes) [limit.nodes]");
    assertThat(problem.propertyPath()).isEqualTo("k24999");
  }

  @Test
  void millionLineBodyIsFine() {
    String text = "---\na: 1\n---\n" + "line\n".repeat(1_000_000);
    assertThat(parser.parse(text, "f.md").bodyStartLine()).isEqualTo(4);
  }
}
