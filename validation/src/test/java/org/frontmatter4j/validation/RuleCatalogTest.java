package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.validation.RuleCatalog.Entry;
import org.frontmatter4j.validation.RuleCatalog.Example;
import org.frontmatter4j.validation.internal.ValidatorBootstrap;
import org.hibernate.validator.HibernateValidatorFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of the rule catalog, {@code docs/rules.md}: each bad example must report
 * exactly the line the catalog shows, each good example nothing, and every rule must be there.
 */
class RuleCatalogTest {
  private static final Path CATALOG = Path.of("..", "docs", "rules.md");

  /** A value for {@code date.format} and {@code date.zone}, which only text dates can break. */
  public static final class TextDate {
    /** The date as text. */
    @PublicationDate
    public String value;

    TextDate(String value) {
      this.value = value;
    }
  }

  @Test
  void everyRuleHasOneEntry() throws IOException {
    List<String> documented = catalog().entries().stream().map(Entry::rule).toList();

    assertThat(documented).containsExactlyElementsOf(
        Arrays.stream(ContentRule.values()).map(ContentRule::id).toList());
  }

  @TestFactory
  Stream<DynamicTest> badExamplesReportExactlyTheLineShown() throws IOException {
    RuleCatalog catalog = catalog();
    return catalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.rule(), () ->
        assertThat(run(catalog, entry.bad())).containsExactly(entry.reports())));
  }

  @TestFactory
  Stream<DynamicTest> goodExamplesReportNothing() throws IOException {
    RuleCatalog catalog = catalog();
    return catalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.rule(), () ->
        assertThat(run(catalog, entry.good())).isEmpty()));
  }

  @Test
  void examplesReplaceTheBaseFilesKeysAndAddNewOnesLast() {
    assertThat(RuleCatalog.merge("a: 1\nb:\n  - x\nc: 3\n", "b: 2\nd: 4\n"))
        .isEqualTo("a: 1\nb: 2\nc: 3\nd: 4\n");
  }

  static RuleCatalog catalog() throws IOException {
    return RuleCatalog.read(CATALOG);
  }

  private static List<String> run(RuleCatalog catalog, Example example) {
    if (example.language().equals("text")) {
      return textDate(example.text().strip());
    }
    RuleCatalog.Document document = catalog.document(example);
    FrontMatterDocument parsed = Fixtures.parse(document.text(), document.sourceName());
    List<String> problems = new ArrayList<>(Fixtures.validator().validate(parsed)
        .problems().stream().map(Problem::toString).toList());
    Fixtures.validator().reader().bind(parsed, LearningCollection.class).value()
        .filter(collection -> document.sourceName().startsWith("_learning/collections/"))
        .ifPresent(collection -> SITE.check(document.sourceName(), collection, parsed)
            .forEach(problem -> problems.add(problem.toString())));
    return problems;
  }

  /** The site of the catalog's collection examples. */
  private static final CollectionItems SITE = CollectionItems.among(List.of(
      "_learning/videos/ada-maker-timer-controls.md",
      "_learning/courses/example-learn-build-a-canvas-app.md"));

  private static List<String> textDate(String value) {
    var validator = ValidatorBootstrap.factory().unwrap(HibernateValidatorFactory.class)
        .usingContext().clockProvider(() -> Fixtures.CLOCK).getValidator();
    List<String> reports = new ArrayList<>();
    for (ConstraintViolation<TextDate> violation : validator.validate(new TextDate(value))) {
      reports.add(violation.getMessage() + " [" + ContentRule.of(violation).orElseThrow() + "]");
    }
    return reports;
  }
}
