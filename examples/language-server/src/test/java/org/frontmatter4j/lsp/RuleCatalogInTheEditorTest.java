package org.frontmatter4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.RuleCatalog;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the rule catalog, {@code docs/rules.md}, opened in the editor: each bad
 * example gets exactly the one diagnostic the catalog shows {@code validate} reporting (message,
 * rule, severity, line and column, and a link to the rule's section), each good example none.
 */
class RuleCatalogInTheEditorTest {
  /** The catalog's "now". */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Pattern REPORT =
      Pattern.compile("(.+):(\\d+):(\\d+): (error|warning): (.*) \\[([a-z0-9.-]+)\\]");

  @TempDir
  Path dir;

  @Test
  void everyExampleGivesTheDiagnosticValidateReports() throws Exception {
    RuleCatalog catalog = RuleCatalog.read(Path.of("..", "..", "docs", "rules.md"));
    // The examples are files of the catalog's site: its _config.yml and images on disk.
    catalog.writeExampleSite(dir);
    // The files the collection examples name, so that collection.item-not-found finds them.
    for (String item : List.of("_learning/videos/ada-maker-timer-controls.md",
        "_learning/courses/example-learn-build-a-canvas-app.md")) {
      Files.createDirectories(dir.resolve(item).getParent());
      Files.writeString(dir.resolve(item), "---\n---\n");
    }
    SiteValidator.Builder site = SiteValidator.builder().threads(1)
        .validator(ContentValidator.builder().clock(CLOCK).build());
    // What validate reports for a file on disk: the command line's entry point.
    SiteValidator validate = site.build();
    List<String> checked = new ArrayList<>();
    try (Session session = new Session(new FrontMatterLanguageServer(site, 0))) {
      for (RuleCatalog.Entry entry : catalog.entries()) {
        if (!entry.bad().language().equals("yaml")) {
          continue; // a text example is a value of the user's own bean, not a file
        }
        RuleCatalog.Document bad = catalog.document(entry.bad());
        if (bad.sourceName().equals(RuleCatalog.SITE_CONFIG)) {
          continue; // the editor checks content files, not the site's _config.yml
        }
        String uri = dir.resolve(bad.sourceName()).toUri().toString();
        session.open(uri, bad.text());
        List<Diagnostic> diagnostics = session.next(uri).getDiagnostics();

        Matcher report = REPORT.matcher(entry.reports());
        assertThat(report.matches()).as(entry.reports()).isTrue();
        assertThat(diagnostics).as(entry.rule()).hasSize(1);
        Diagnostic diagnostic = diagnostics.get(0);
        assertThat(diagnostic.getMessage()).isEqualTo(report.group(5));
        assertThat(diagnostic.getCode().getLeft()).isEqualTo(entry.rule()).isEqualTo(report.group(6));
        assertThat(diagnostic.getSeverity()).isEqualTo(report.group(4).equals("error")
            ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        // The examples are ASCII: a code-point column is a UTF-16 one.
        assertThat(diagnostic.getRange().getStart().getLine())
            .isEqualTo(Integer.parseInt(report.group(2)) - 1);
        assertThat(diagnostic.getRange().getStart().getCharacter())
            .isEqualTo(Integer.parseInt(report.group(3)) - 1);
        assertThat(diagnostic.getCodeDescription().getHref())
            .isEqualTo(RuleDocs.CATALOG_URL + "#" + entry.rule().replace(".", ""));
        // The same file saved and checked as validate checks it: the same problems.
        Path saved = dir.resolve(bad.sourceName());
        Files.createDirectories(saved.getParent());
        // Some examples are files of the example site (a course a collection names): put it back.
        String before = Files.exists(saved) ? Files.readString(saved) : null;
        Files.writeString(saved, bad.text());
        assertThat(EveryKindInTheEditorTest.problems(diagnostics))
            .isEqualTo(EveryKindInTheEditorTest.problems(validate.check(saved), bad.text()));
        if (before == null) {
          Files.delete(saved);
        } else {
          Files.writeString(saved, before);
        }

        RuleCatalog.Document good = catalog.document(entry.good());
        if (good.sourceName().equals(bad.sourceName())) {
          session.replace(uri, good.text());
        } else {
          session.close(uri);
          assertThat(session.next(uri).getDiagnostics()).isEmpty();
          uri = dir.resolve(good.sourceName()).toUri().toString();
          session.open(uri, good.text());
        }
        assertThat(session.next(uri).getDiagnostics()).as(entry.rule() + " good").isEmpty();
        session.close(uri);
        assertThat(session.next(uri).getDiagnostics()).isEmpty();
        checked.add(entry.rule());
      }
      assertThat(session.shutdownAndExit()).isZero();
    }
    assertThat(checked).hasSize(catalog.entries().size() - 3)
        .contains("file.name", "file.date", "image.not-found", "image.size-mismatch",
            // rules of the kinds beyond news: events, courses, people, collections
            "event.end-before-start", "length.format", "count.negative", "rating.range",
            "collection.item-not-found");
  }
}
