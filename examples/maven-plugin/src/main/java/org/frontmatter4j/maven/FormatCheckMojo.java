package org.frontmatter4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.LineEnding;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.SiteValidator;

/**
 * Checks that every news article is in Smartable's canonical style (key order, quoting, blank
 * lines), keeping each file's line endings and byte order mark, like {@code gofmt -l}: a file
 * whose bytes would change is logged with the line and column of its first difference and fails
 * the build. Files of other kinds are left alone; a news file with errors is reported, since it
 * cannot be formatted. The command-line tool's {@code format --write} rewrites the files.
 */
@Mojo(name = "format-check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class FormatCheckMojo extends AbstractContentMojo {

  /** What checking one file found. */
  enum State { CANONICAL, CHANGED, INVALID, OTHER_KIND, UNREADABLE }

  /** The outcome for one file; {@code where} is the first difference of a changed file. */
  record Outcome(Path path, State state, List<Problem> problems, Position where, String why) {
    static Outcome of(Path path, State state) {
      return new Outcome(path, state, List.of(), null, null);
    }
  }

  /** A 1-based line and a 1-based column in code points. */
  record Position(int line, int column) {}

  private final ContentReader reader = ContentReader.builder().build();

  /** Creates the goal; Maven sets its parameters. */
  public FormatCheckMojo() {}

  @Override
  void check(List<Path> roots, int threads) throws MojoExecutionException, MojoFailureException {
    long started = System.nanoTime();
    SiteValidator.FileSet found = SiteValidator.builder().includes(includes).excludes(excludes)
        .build().files(roots);
    found.failures().forEach(why -> getLog().error(why));
    List<Outcome> outcomes = checkAll(found.files(), threads).stream()
        .filter(outcome -> outcome.state() != State.OTHER_KIND).toList();
    outcomes.forEach(this::log);
    int changed = count(outcomes, State.CHANGED);
    int invalid = count(outcomes, State.INVALID) + count(outcomes, State.UNREADABLE)
        + found.failures().size();
    getLog().info(String.format(Locale.ROOT,
        "Format: %s, %d canonical, %d would change, %d with errors (%.2f s)",
        plural(outcomes.size(), "news file"), count(outcomes, State.CANONICAL), changed, invalid,
        (System.nanoTime() - started) / 1e9));
    if (changed + invalid > 0) {
      throw new MojoFailureException("Format check failed: " + plural(changed, "file")
          + " not in the canonical style, " + invalid + " with errors; see the lines above");
    }
  }

  /** Checks in parallel on a pool of {@code threads}; the outcomes come back in path order. */
  private List<Outcome> checkAll(List<Path> files, int threads) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().map(this::check).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The format command's logic: only a valid news article has a canonical form. */
  Outcome check(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Outcome(file, State.UNREADABLE, List.of(), null, describe(e));
    }
    FrontMatterDocument document;
    try {
      document = reader.parser().parse(bytes, file.toString());
    } catch (FrontMatterException e) {
      return new Outcome(file, State.INVALID, e.problems(), null, null);
    }
    if (!SiteValidator.isNews(file, document)) {
      return Outcome.of(file, State.OTHER_KIND);
    }
    BindResult<NewsArticle> bound = reader.bindNews(document);
    if (bound.hasErrors()) {
      return new Outcome(file, State.INVALID, bound.problems(), null, null);
    }
    FrontMatterWriter writer = FrontMatterWriter.builder()
        .lineEnding(document.lineEnding() == LineEnding.CRLF ? LineEnding.CRLF : LineEnding.LF)
        .byteOrderMark(document.hasBom())
        .build();
    byte[] canonical = writer.writeCanonical(bound.value().orElseThrow())
        .getBytes(StandardCharsets.UTF_8);
    return Arrays.equals(canonical, bytes) ? Outcome.of(file, State.CANONICAL)
        : new Outcome(file, State.CHANGED, List.of(), firstDifference(bytes, canonical), null);
  }

  private void log(Outcome outcome) {
    switch (outcome.state()) {
      case CHANGED -> getLog().error(outcome.path() + ":" + outcome.where().line() + ":"
          + outcome.where().column() + ": not in the canonical style from here on (key order,"
          + " quoting, blank lines); the validate tool's 'format --write' rewrites it"
          + " [format.canonical]");
      case INVALID -> {
        outcome.problems().forEach(this::log);
        getLog().error(outcome.path() + ": not checked for format: fix its errors first");
      }
      case UNREADABLE -> getLog().error(outcome.path() + ": cannot read: " + outcome.why());
      default -> {
        // canonical: nothing to say, like gofmt -l
      }
    }
  }

  /**
   * Where {@code actual} first differs from {@code expected}, in {@code actual}'s lines and
   * code points; a byte order mark is not a column.
   */
  static Position firstDifference(byte[] actual, byte[] expected) {
    int at = Arrays.mismatch(actual, expected);
    if (at < 0) {
      throw new IllegalArgumentException("the bytes are equal");
    }
    int line = 1;
    int lineStart = startsWithBom(actual) ? 3 : 0;
    for (int i = lineStart; i < Math.min(at, actual.length); i++) {
      if (actual[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // A difference inside a multi-byte character is at that character.
    while (at > lineStart && at < actual.length && (actual[at] & 0xC0) == 0x80) {
      at--;
    }
    int column = 1;
    for (int i = lineStart; i < Math.min(at, actual.length); i++) {
      column += (actual[i] & 0xC0) == 0x80 ? 0 : 1;
    }
    return new Position(line, column);
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static int count(List<Outcome> outcomes, State state) {
    return (int) outcomes.stream().filter(outcome -> outcome.state() == state).count();
  }
}
