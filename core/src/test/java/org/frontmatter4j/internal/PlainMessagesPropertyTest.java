package org.frontmatter4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.FuzzChecks;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * For many front matters broken at random the way hands break them (a quote, a bracket, a colon,
 * a space or a tab more or less, lines swapped or re-indented, invisible characters), no message
 * the parser produces, error or warning, uses the parser's vocabulary, and {@link SyntaxDiagnosis}
 * itself never fails, which its fallback would otherwise hide.
 *
 * <p>The inputs come from a {@link SplittableRandom}; its seed is printed, and
 * {@code -Dfrontmatter4j.seed=N} replays a run.
 */
class PlainMessagesPropertyTest {
  private static final int INPUTS = Integer.getInteger("frontmatter4j.inputs", 5_000);
  private static final String BASE = """
      category: news
      title: "Facebook removes Chinese network of fake accounts"
      excerpt: 'It''s the operation that used AI-generated faces.'
      publishedDateTime: 2020-09-23T16:53:00Z
      webUrl: "https://thenextweb.com/neural/2020/09/23/facebook/"
      type: article
      quality: 87
      published: true
      provider:
        name: The Next Web
        domain: thenextweb.com
      topics:
        - Machine Learning
        - AI
      tags: [news, "ai"]
      extra: {a: 1, b: two}
      images:
        - url: "https://cdn0.tnwcdn.com/faces.png"
          width: 796
          height: 417
      notes: |
        A block of
        two lines.
      """;
  /** What people type by mistake, and what YAML treats specially. */
  private static final String[] PIECES = {"\"", "'", "[", "]", "{", "}", ":", ": ", " #", "#",
      "- ", "-", "? ", "*", "&", "!", "|", ">", "%", "@", "`", "\\", "\\U", "\t", " ", "  ", "\n",
      "\r\n", "\r", ",", "\u201C", "\u201D", "\u2019", "\uFEFF", "\u200B", "---", "...", "x",
      "key:value", "a: b", "é", "\uD83D\uDE00"};

  private final FrontMatterParser strict = FrontMatterParser.builder().build();
  private final FrontMatterParser permissive =
      FrontMatterParser.builder().allowTags(true).allowAnchorsAndAliases(true).build();
  private final LoadSettings load = LoadSettings.builder().setAllowDuplicateKeys(true).build();

  @Test
  void noMessageUsesTheParsersWords() {
    long seed = Long.getLong("frontmatter4j.seed", System.nanoTime());
    System.out.println("PlainMessagesPropertyTest seed: " + seed
        + " (replay with -Dfrontmatter4j.seed=" + seed + ")");
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> fallbacks = new TreeMap<>();
    int failures = 0;
    for (int i = 0; i < INPUTS; i++) {
      String yaml = mutate(random, BASE, 1 + random.nextInt(3));
      String file = "---\n" + yaml + "---\nbody\n";
      diagnoseDirectly(yaml, seed, i);
      for (FrontMatterParser parser : List.of(strict, permissive)) {
        for (Problem problem : problems(parser, file)) {
          failures += problem.isError() ? 1 : 0;
          assertThat(problem.message()).as("seed %d, input %d:%n%s", seed, i, file)
              .doesNotContainPattern(FuzzChecks.PARSER_WORDS);
          if (problem.message().startsWith("YAML cannot read this")) {
            fallbacks.merge(problem.message(), 1, Integer::sum);
          }
        }
      }
    }
    System.out.println("PlainMessagesPropertyTest: " + failures + " errors in " + 2 * INPUTS
        + " parses; messages left to the fallback: " + fallbacks);
    assertThat(failures).as("the mutations break most inputs").isGreaterThan(INPUTS / 2);
  }

  /** The diagnosis without its safety net: a slip here is a defect, not a fallback. */
  private void diagnoseDirectly(String yaml, long seed, int input) {
    try {
      ParserImpl parser = new ParserImpl(load, new StreamReader(load, yaml));
      while (parser.hasNext()) {
        parser.next();
      }
    } catch (MarkedYamlEngineException e) {
      SyntaxDiagnosis.Diagnosis diagnosis = SyntaxDiagnosis.diagnoseStrictly(yaml, 2, e);
      assertThat(diagnosis.offset()).as("seed %d, input %d", seed, input)
          .isBetween(0, yaml.length());
      assertThat(diagnosis.message()).as("seed %d, input %d", seed, input).isNotBlank();
    } catch (RuntimeException e) {
      // snakeyaml's own slips (a \U escape beyond an int) are TreeBuilder's to handle.
    }
  }

  private static List<Problem> problems(FrontMatterParser parser, String file) {
    try {
      FrontMatterDocument document = parser.parse(file, "f.md");
      return document.warnings();
    } catch (FrontMatterException e) {
      return e.problems();
    }
  }

  /** The text with a few hand-made slips: pieces inserted, characters deleted, lines moved. */
  static String mutate(SplittableRandom random, String text, int count) {
    String result = text;
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(result.length() + 1);
      switch (random.nextInt(6)) {
        case 0, 1 -> result = result.substring(0, at) + PIECES[random.nextInt(PIECES.length)]
            + result.substring(at);
        case 2 -> result = result.substring(0, at)
            + result.substring(Math.min(result.length(), at + 1 + random.nextInt(3)));
        case 3 -> result = reindent(random, result);
        case 4 -> result = swapLines(random, result);
        default -> result = replaceValue(random, result);
      }
    }
    return result;
  }

  private static String reindent(SplittableRandom random, String text) {
    String[] lines = text.split("\n", -1);
    int line = random.nextInt(lines.length);
    int change = random.nextInt(5) - 2;
    lines[line] = change >= 0 ? " ".repeat(change) + lines[line]
        : lines[line].substring(Math.min(-change, leadingSpaces(lines[line])));
    return String.join("\n", lines);
  }

  private static int leadingSpaces(String line) {
    int count = 0;
    while (count < line.length() && line.charAt(count) == ' ') {
      count++;
    }
    return count;
  }

  private static String swapLines(SplittableRandom random, String text) {
    String[] lines = text.split("\n", -1);
    int a = random.nextInt(lines.length);
    int b = random.nextInt(lines.length);
    String kept = lines[a];
    lines[a] = lines[b];
    lines[b] = kept;
    return String.join("\n", lines);
  }

  /** A value replaced by one that starts or ends with a piece, as when text is pasted in. */
  private static String replaceValue(SplittableRandom random, String text) {
    String[] lines = text.split("\n", -1);
    int line = random.nextInt(lines.length);
    int colon = lines[line].indexOf(": ");
    if (colon < 0) {
      return text;
    }
    String piece = PIECES[random.nextInt(PIECES.length)];
    lines[line] = lines[line].substring(0, colon + 2)
        + (random.nextBoolean() ? piece + "Facebook news" : "Facebook " + piece + " news");
    return String.join("\n", lines);
  }
}
