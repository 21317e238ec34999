package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.internal.FastPathDifferential;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the parser and both writers with Jazzer. A plain build replays the
 * hand-written seeds and every committed finding under {@code FrontMatterFuzzTestInputs} as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes (see CONTRIBUTING.md).
 *
 * <p>Invariants, for any bytes at all: nothing but {@link FrontMatterException} escapes; each input
 * finishes within a second ({@link Timeout}, which Jazzer also passes to libFuzzer); a document
 * that parses is written back byte for byte, its positions agree with its text, and its text
 * parses to the same tree; a document that binds is written back unchanged from its model, and
 * the canonical writer's text binds back to an equal model and is its own canonical form; the
 * parser's fast path and its general path give the same document or the same problems.
 */
class FrontMatterFuzzTest {
  private static final String NAME = "fuzz.md";
  private static final FrontMatterParser STRICT = FrontMatterParser.builder().build();
  /** Anchors, aliases and the standard tags on: more of the parser to reach. */
  private static final FrontMatterParser PERMISSIVE = FrontMatterParser.builder()
      .allowAnchorsAndAliases(true).allowTags(true).build();
  /** Both parsers' settings, each on the fast path and on the general path alone. */
  private static final List<FastPathDifferential> BOTH_PATHS = List.of(
      new FastPathDifferential(STRICT), new FastPathDifferential(PERMISSIVE));
  private static final List<ContentReader> READERS = List.of(
      ContentReader.builder().build(), ContentReader.builder().lenient(true).build());
  private static final FrontMatterWriter LF = FrontMatterWriter.builder().build();
  private static final FrontMatterWriter CRLF_BOM = FrontMatterWriter.builder()
      .lineEnding(LineEnding.CRLF).byteOrderMark(true).build();

  private static boolean warm;

  /**
   * Runs both targets over the seeds once, untimed, so that the one-second budget of each input
   * measures the input, not loading, instrumenting and compiling the classes it is the first to
   * reach. What goes wrong here goes wrong again, and is reported, when the input runs timed.
   */
  @BeforeEach
  void warmUp() throws IOException, URISyntaxException {
    if (warm) {
      return;
    }
    Path seeds = Path.of(FrontMatterFuzzTest.class.getResource("FrontMatterFuzzTestInputs").toURI());
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(seed);
        untimed(() -> parse(bytes));
        untimed(() -> writers(bytes));
        untimed(() -> fastPath(bytes));
      }
    }
    warm = true;
  }

  private static void untimed(Runnable target) {
    try {
      target.run();
    } catch (AssertionError | RuntimeException e) {
      // reported when the same input runs as a test
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(1)
  void parse(byte[] bytes) {
    for (FrontMatterParser parser : List.of(STRICT, PERMISSIVE)) {
      FrontMatterDocument document;
      try {
        document = parser.parse(bytes, NAME);
      } catch (FrontMatterException e) {
        FuzzChecks.problems(e.problems(), bytes);
        continue;
      }
      assertThat(LF.write(document).getBytes(StandardCharsets.UTF_8))
          .as("write(document) gives back the bytes").isEqualTo(bytes);
      FuzzChecks.positions(document);
      String text = (document.hasBom() ? "\uFEFF" : "") + document.text();
      FrontMatterDocument fromText = parser.parse(text, NAME);
      assertThat(fromText.frontMatter()).isEqualTo(document.frontMatter());
      assertThat(fromText.bodyOffset()).isEqualTo(document.bodyOffset());
    }
  }

  /**
   * The parser's fast path (the block-subset scanner) gives exactly what the general path
   * (snakeyaml-engine) gives: the same document, or the same problems.
   */
  @FuzzTest(maxDuration = "10m")
  @Timeout(1)
  void fastPath(byte[] bytes) {
    for (FastPathDifferential paths : BOTH_PATHS) {
      assertThat(paths.compare(bytes).difference()).as("fast path against general path")
          .isNull();
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(1)
  void writers(byte[] bytes) {
    FrontMatterDocument document;
    try {
      document = STRICT.parse(bytes, NAME);
    } catch (FrontMatterException e) {
      return;
    }
    for (ContentReader reader : READERS) {
      BindResult<NewsArticle> bound = reader.bindNews(document);
      FuzzChecks.problems(bound.problems(), bytes);
      if (bound.value().isEmpty()) {
        continue;
      }
      NewsArticle article = bound.value().get();
      assertThat(LF.write(article, document).getBytes(StandardCharsets.UTF_8))
          .as("an unchanged model is written back byte for byte").isEqualTo(bytes);
      for (FrontMatterWriter writer : List.of(LF, CRLF_BOM)) {
        String canonical = writer.writeCanonical(article);
        NewsArticle reread = reader.readNews(reader.parser()
            .parse(canonical.getBytes(StandardCharsets.UTF_8), "canonical.md"));
        assertThat(FuzzChecks.withoutPositions(reread))
            .as("canonical text binds back to an equal model:%n%s", canonical)
            .isEqualTo(FuzzChecks.withoutPositions(article));
        assertThat(writer.writeCanonical(reread)).as("canonical text is canonical")
            .isEqualTo(canonical);
      }
    }
  }
}
