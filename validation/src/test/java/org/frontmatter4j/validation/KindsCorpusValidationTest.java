package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real file of every kind validated as its kind, with the counts per rule and severity
 * pinned. The power-apps-site checkout has no error. What fires, and why (docs/kinds.md lists
 * the files):
 * <ul>
 *   <li>{@code text.line-break} (warning): excerpts that keep the {@code \r\n} of their source.
 *   <li>{@code file.date} (warning): 10 news files of the site are named one day after their UTC
 *       publication date (a local or crawl date; see NewsCorpusValidationTest).
 *   <li>{@code heat.range} (warning): integer overflows such as {@code -2147483598} that the
 *       generator wrote into historic courses and collections.
 *   <li>{@code domain.name} (error): two artificial-intelligence people whose affiliation
 *       domain is {@code caltech.edu - Homepage} and {@code mila.quebec - Homepage}.
 *   <li>{@code length.format} (error): every artificial-intelligence course gives its length in
 *       words ({@code 10 hours}, {@code 6 Weeks}) instead of ISO 8601 ({@code PT10H}).
 *   <li>{@code yaml.duplicate-key} (error): three artificial-intelligence collections repeat
 *       their {@code items} key, broken in the site itself.
 *   <li>{@code topics.duplicate} (error): one artificial-intelligence event lists
 *       {@code AI in Healthcare} twice.
 * </ul>
 */
class KindsCorpusValidationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "news; power-apps/news; text.line-break warning=16",
      "news; power-apps-site/_news; file.date warning=10, text.line-break warning=12",
      "person; power-apps/people; ",
      "person; artificial-intelligence/people; domain.name error=2",
      "person; power-apps-site/_people; ",
      "course; power-apps/learning-courses; heat.range warning=21",
      "course; artificial-intelligence/learning-courses; length.format error=12",
      "course; power-apps-site/_learning/courses; ",
      "video; power-apps/learning-videos; text.line-break warning=14",
      "video; artificial-intelligence/learning-videos; ",
      "video; power-apps-site/_learning/videos; text.line-break warning=1",
      "collection; power-apps/learning-collections; heat.range warning=2",
      "collection; artificial-intelligence/learning-collections; yaml.duplicate-key error=3",
      "collection; power-apps-site/_learning/collections; ",
      "book; artificial-intelligence/learning-books; ",
      "article; artificial-intelligence/learning-articles; ",
      "sample; power-apps/samples; ",
      "sample; power-apps-site/_samples; ",
      "newsletter; power-apps/newsletters; ",
      "newsletter; power-apps-site/_newsletters; ",
      "community; power-apps/communities; ",
      "community; power-apps-site/_communities; ",
      "event; artificial-intelligence/events; topics.duplicate error=1"})
  void countsPerRule(String id, String folder, String expected) throws Exception {
    Kind kind = Kind.byId(id).orElseThrow();
    ContentValidator validator = ContentValidator.builder().clock(CLOCK).build();
    FrontMatterParser parser = FrontMatterParser.builder().build();
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, String> example = new TreeMap<>();
    for (Path file : files(folder)) {
      List<Problem> problems;
      try {
        problems = validator.validate(parser.parse(file), kind).problems();
      } catch (FrontMatterException e) {
        problems = e.problems();
      }
      for (Problem problem : problems) {
        rules.merge(problem.ruleId() + " " + problem.severity().label(), 1, Integer::sum);
        example.putIfAbsent(problem.ruleId(), problem.toString());
      }
    }
    System.out.printf("%s in %s: %s%n", id, folder, rules);
    example.values().forEach(line -> System.out.println("  " + line.lines().findFirst().orElse("")));
    assertThat(rules.toString()).isEqualTo("{" + (expected == null ? "" : expected) + "}");
  }

  static List<Path> files(String folder) {
    try (Stream<Path> walk = Files.walk(Corpus.root().resolve(folder))) {
      return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
