package org.frontmatter4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.testing.Corpus;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of every kind in the editor get exactly the problems {@code validate} reports for them:
 * real files of each kind from the corpus, as they are (they bind, so their kind's rules run) and
 * with a misspelt key (so every kind has a problem), saved in a site under their kind's folder
 * (collections then name items that are not there), opened in the server and checked as the
 * command line checks them.
 */
class EveryKindInTheEditorTest {
  /** Where each kind's real files are, in the corpus: the site checkout, else the AI site. */
  private static final Map<Kind, List<String>> FOLDERS = new EnumMap<>(Map.ofEntries(
      Map.entry(Kind.NEWS, List.of("power-apps-site/_news")),
      Map.entry(Kind.PERSON, List.of("power-apps-site/_people", "artificial-intelligence/people")),
      Map.entry(Kind.COURSE, List.of("power-apps-site/_learning/courses",
          "artificial-intelligence/learning-courses")),
      Map.entry(Kind.VIDEO, List.of("power-apps-site/_learning/videos",
          "artificial-intelligence/learning-videos")),
      Map.entry(Kind.COLLECTION, List.of("power-apps-site/_learning/collections",
          "artificial-intelligence/learning-collections")),
      Map.entry(Kind.BOOK, List.of("artificial-intelligence/learning-books")),
      Map.entry(Kind.ARTICLE, List.of("artificial-intelligence/learning-articles")),
      Map.entry(Kind.SAMPLE, List.of("power-apps-site/_samples")),
      Map.entry(Kind.NEWSLETTER, List.of("power-apps-site/_newsletters")),
      Map.entry(Kind.COMMUNITY, List.of("power-apps-site/_communities")),
      Map.entry(Kind.EVENT, List.of("artificial-intelligence/events"))));
  private static final int FILES_A_FOLDER = 2;

  @TempDir
  Path site;

  @Test
  void everyKindGetsTheProblemsValidateReports() throws Exception {
    Path corpus = Corpus.root();
    SiteValidator.Builder builder = SiteValidator.builder().threads(1)
        .validator(ContentValidator.builder().clock(RuleCatalogInTheEditorTest.CLOCK).build());
    SiteValidator validate = builder.build();
    Map<Kind, Integer> compared = new EnumMap<>(Kind.class);
    List<String> rules = new ArrayList<>();
    try (Session session = new Session(new FrontMatterLanguageServer(builder, 0))) {
      for (Kind kind : Kind.values()) {
        for (String folder : FOLDERS.get(kind)) {
          for (Path real : firstFiles(corpus.resolve(folder))) {
            String original = Files.readString(real);
            // As it is (it binds, so its kind's rules run), and with a misspelt key.
            for (boolean misspelt : new boolean[] {false, true}) {
              String text = misspelt
                  ? original.replaceFirst("\\A---(\\r?\\n)", "---$1titel: x$1") : original;
              Path file = site.resolve(kind.folders().get(0)).resolve(real.getFileName());
              Files.createDirectories(file.getParent());
              Files.writeString(file, text);
              String uri = file.toUri().toString();

              session.open(uri, text);
              List<Diagnostic> diagnostics = session.next(uri).getDiagnostics();

              FileReport report = validate.check(file);
              assertThat(problems(diagnostics)).as(real.toString())
                  .isEqualTo(problems(report, text));
              diagnostics.forEach(d -> rules.add(d.getCode().getLeft()));
              // The collections the site itself breaks (a repeated key) have no kind.
              if (report.kind().isPresent()) {
                assertThat(report.kind()).as(real.toString()).contains(kind);
                assertThat(problems(diagnostics).contains("2:1 error schema.unknown-key"))
                    .as(real.toString()).isEqualTo(misspelt);
                compared.merge(kind, 1, Integer::sum);
              }
              session.close(uri);
              assertThat(session.next(uri).getDiagnostics()).isEmpty();
            }
          }
        }
      }
      assertThat(session.shutdownAndExit()).isZero();
    }
    System.out.printf("files of each kind compared with validate: %s; rules seen: %s%n", compared,
        new java.util.TreeSet<>(rules));
    assertThat(compared).containsOnlyKeys(Kind.values());
    // The collections' items are not in this site: the rule across files fires as validate's.
    assertThat(rules).contains("schema.unknown-key", "collection.item-not-found",
        "yaml.duplicate-key");
  }

  private static List<Path> firstFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .sorted().limit(FILES_A_FOLDER).toList();
    }
  }

  /** Diagnostics as {@code line:character severity rule}, then the message, 1-based. */
  static List<String> problems(List<Diagnostic> diagnostics) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      problems.add(where(diagnostic.getRange().getStart())
          + (diagnostic.getSeverity() == DiagnosticSeverity.Error ? " error " : " warning ")
          + diagnostic.getCode().getLeft());
      problems.add(diagnostic.getMessage());
    }
    return problems;
  }

  /**
   * A report's problems in the same words, at the UTF-16 positions of the text's code-point
   * columns.
   */
  static List<String> problems(FileReport report, String text) {
    List<String> problems = new ArrayList<>();
    for (Problem problem : report.problems()) {
      problems.add(where(TextPositions.position(text, problem.line(), problem.column()))
          + (problem.isError() ? " error " : " warning ") + problem.ruleId());
      problems.add(problem.message());
    }
    return problems;
  }

  private static String where(Position position) {
    return (position.getLine() + 1) + ":" + (position.getCharacter() + 1);
  }
}
