package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.Problem;
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
 * YAML examples are files of the catalog's example site, checked by {@link SiteValidator}.
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

  /** A YAML example as a file of the example site, checked as {@code validate} checks a site. */
  private static List<String> run(RuleCatalog catalog, Example example) throws IOException {
    if (example.language().equals("text")) {
      return textDate(example.text().strip());
    }
    RuleCatalog.Document document = catalog.document(example);
    Path site = Files.createTempDirectory("rule-catalog");
    try {
      catalog.writeExampleSite(site);
      Path path = site.resolve(document.sourceName());
      Files.createDirectories(path.getParent());
      Files.writeString(path, document.text());
      List<Path> roots;
      if (document.sourceName().equals(RuleCatalog.SITE_CONFIG)) {
        Files.writeString(site.resolve("news.md"), "---\n" + catalog.base() + "---\n");
        roots = List.of(site);
      } else {
        // The files the collection examples name, so that collection.item-not-found finds them.
        for (String item : COLLECTION_ITEMS) {
          Path file = site.resolve(item);
          if (!file.equals(path)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n---\n");
          }
        }
        roots = List.of(path);
      }
      String prefix = site + site.getFileSystem().getSeparator();
      List<String> reports = new ArrayList<>();
      SiteValidator.builder().validator(Fixtures.validator()).build().validate(roots,
          report -> report.problems().stream().map(Problem::toString)
              .map(line -> line.replace(prefix, "")).forEach(reports::add));
      return reports;
    } finally {
      try (Stream<Path> walk = Files.walk(site)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** The items the catalog's collection examples name that exist in the example site. */
  private static final List<String> COLLECTION_ITEMS = List.of(
      "_learning/videos/ada-maker-timer-controls.md",
      "_learning/courses/example-learn-build-a-canvas-app.md");

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
