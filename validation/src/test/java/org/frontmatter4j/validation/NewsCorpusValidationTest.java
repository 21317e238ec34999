package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Every real news file validated, with the counts per rule pinned so that any change in a rule
 * or in the reader shows. What fires, and why:
 * <ul>
 *   <li>{@code text.line-break}: 16 excerpts (12 articles, several versions each) hold
 *       {@code \r\n} escapes copied from their source pages.
 *   <li>{@code file.date}: the corpus names files {@code <name>.<blob sha>.md} in a folder
 *       {@code news}, which the rule does not check; read as {@code _news/<name>.md}, 32 files
 *       (12 articles, all published between 16:00 and 24:00 UTC) are named one day after their
 *       UTC publication date: the name holds a local or crawl date.
 * </ul>
 */
class NewsCorpusValidationTest {
  private static final int NEWS_FILES = 2437;
  /** After the corpus's last article, so that no real date is in the future. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void countsPerRule() throws Exception {
    ContentValidator validator = ContentValidator.builder().clock(CLOCK).build();
    FrontMatterParser parser = FrontMatterParser.builder().build();
    List<Path> files = Corpus.files("news");
    Map<String, Integer> asStored = new TreeMap<>();
    Map<String, Integer> asJekyll = new TreeMap<>();
    int errors = 0;
    int warnings = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      ValidationReport report = validator.validate(parser.parse(bytes, file.toString()));
      errors += report.errorCount();
      warnings += report.warningCount();
      count(report, asStored);
      count(validator.validate(parser.parse(bytes, jekyllName(file))), asJekyll);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("news corpus: %d files validated twice in %d ms; as stored: %d errors,"
        + " %d warnings %s; as _news/<name>.md: %s%n", files.size(), millis, errors, warnings,
        asStored, asJekyll);

    assertThat(files).hasSize(NEWS_FILES);
    assertThat(errors).isZero();
    assertThat(warnings).isEqualTo(16);
    assertThat(asStored).isEqualTo(Map.of("text.line-break", 16));
    assertThat(asJekyll).isEqualTo(Map.of("text.line-break", 16, "file.date", 32));
  }

  /** {@code news/<name>.<40 hex>.md} as it would be in a Jekyll site: {@code _news/<name>.md}. */
  private static String jekyllName(Path file) {
    return "_news/" + file.getFileName().toString().replaceFirst("\\.[0-9a-f]{40}\\.md$", ".md");
  }

  private static void count(ValidationReport report, Map<String, Integer> counts) {
    for (Problem problem : report.problems()) {
      counts.merge(problem.ruleId(), 1, Integer::sum);
    }
  }
}
