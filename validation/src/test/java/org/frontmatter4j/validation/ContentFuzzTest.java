package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.testing.Positions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of binding and validation with Jazzer. A plain build replays the seeds
 * (core's hand-written documents, copied here by the pom, and this module's own under
 * {@code ContentFuzzTestInputs}) and every committed finding; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md).
 *
 * <p>Invariants, for any bytes that parse: binding and validating throw nothing; each input
 * finishes within a second; every problem names a line and column of the file; a report holds
 * exactly the binding problems plus, when the article binds, the rule violations of
 * {@link ContentValidator#validate(NewsArticle, FrontMatterDocument)}; and validating the same
 * text again gives the same report, so nothing is remembered from one file to the next.
 */
class ContentFuzzTest {
  /** In a {@code _news} folder, so that the file-name rules run too. */
  private static final String NAME = "_news/2020-09-23-a-title.md";
  private static final FrontMatterParser PARSER = FrontMatterParser.builder().build();
  private static final List<Boolean> LENIENCIES = List.of(false, true);
  private static final List<ContentValidator> VALIDATORS = LENIENCIES.stream()
      .map(lenient -> ContentValidator.builder().clock(Fixtures.CLOCK).lenient(lenient).build())
      .toList();
  private static final List<ContentReader> READERS = LENIENCIES.stream()
      .map(lenient -> ContentReader.builder().lenient(lenient).build())
      .toList();

  private static boolean warm;

  /**
   * Runs the target over the seeds once, untimed: Hibernate Validator's bootstrap takes about a
   * second, and each rule's first use loads and compiles its classes; no input should be timed
   * with that. What goes wrong here goes wrong again, and is reported, when the input runs timed.
   */
  @BeforeEach
  void warmUp() throws IOException, URISyntaxException {
    if (warm) {
      return;
    }
    Path seeds = Path.of(ContentFuzzTest.class.getResource("ContentFuzzTestInputs").toURI());
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(seed);
        try {
          validate(bytes);
        } catch (AssertionError | RuntimeException e) {
          // reported when the same input runs as a test
        }
      }
    }
    warm = true;
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(1)
  void validate(byte[] bytes) {
    FrontMatterDocument document;
    try {
      document = PARSER.parse(bytes, NAME);
    } catch (FrontMatterException e) {
      return;
    }
    for (int i = 0; i < LENIENCIES.size(); i++) {
      ContentValidator validator = VALIDATORS.get(i);
      BindResult<NewsArticle> bound = READERS.get(i).bindNews(document);
      ValidationReport report = validator.validate(document);
      List<Problem> expected = new ArrayList<>(bound.problems());
      bound.value().ifPresent(article ->
          expected.addAll(validator.validate(article, document).problems()));

      assertThat(report.sourceName()).isEqualTo(NAME);
      assertThat(report.problems()).as("binding problems, then rule violations")
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(report.hasErrors()).isEqualTo(report.problems().stream().anyMatch(Problem::isError));
      problemsAreInTheFile(report.problems(), document);
      ValidationReport again = validator.validate(PARSER.parse(bytes, NAME));
      assertThat(again.problems()).as("the same text, the same report")
          .isEqualTo(report.problems());
    }
  }

  /** Lines end at LF, as the parser counts them; columns count code points. */
  private static void problemsAreInTheFile(List<Problem> problems, FrontMatterDocument document) {
    for (Problem problem : problems) {
      assertThat(problem.sourceName()).isEqualTo(NAME);
      Positions.assertRuleId(problem.ruleId(), problem);
      assertThat(problem.message()).as("message of %s", problem).isNotBlank();
      Positions.assertInText(document.text(), problem.line(), problem.column(), problem);
    }
  }
}
