package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.LineEnding;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.internal.SiteFiles;

/**
 * Smartable's canonical style for a site's content files of every kind (news, people, courses,
 * videos, ...), as {@code gofmt -l} and {@code prettier --check} do it for code: which files
 * differ from the canonical writer's output, and where, and rewriting them. Each file is read as
 * the kind its path tells, as {@link SiteValidator} does ({@code _people/x.md} is a person), else
 * its {@code category:} or {@code type:}, or as one forced kind. A file keeps its line endings,
 * byte order mark and body; only a valid file of a kind has a canonical form, so a file with
 * errors is reported and never rewritten, and a file of no kind is left alone. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CanonicalFormat format = new CanonicalFormat(ContentReader.builder().build());
 * format.check(Path.of("site/_people/april-dunnam.md")).state();   // CANONICAL
 * new CanonicalFormat(reader, Kind.VIDEO).write(Path.of("drafts/x.md"));   // as a video
 * }</pre>
 */
public final class CanonicalFormat {

  /** What checking or formatting one file found. */
  public enum State {
    /** Already canonical. */
    CANONICAL,
    /** Not canonical ({@link #check(Path)}). */
    CHANGED,
    /** Rewritten to the canonical style ({@link #write(Path)}). */
    WRITTEN,
    /** Has errors: not formatted. */
    INVALID,
    /**
     * Of no kind (outside the kinds' folders, and neither its {@code category:} nor its
     * {@code type:} tells one): left alone.
     */
    OTHER_KIND,
    /** Could not be read or written. */
    FAILED
  }

  /**
   * The outcome for one file.
   *
   * @param path            the file
   * @param state           what was found or done
   * @param problems        the errors that keep an {@link State#INVALID} file from being formatted
   * @param firstDifference for {@link State#CHANGED} and {@link State#WRITTEN}: the first line
   *                        and column (code points) where the file differs from its canonical form
   * @param failure         for {@link State#FAILED}: why
   * @param kind            the kind the file was read as; empty when it is of no kind or could
   *                        not be parsed
   */
  public record Result(Path path, State state, List<Problem> problems,
      Optional<Position> firstDifference, Optional<String> failure, Optional<Kind> kind) {
    /**
     * Copies the problems and checks that every component is present.
     *
     * @param path the file
     * @param state what was found or done
     * @param problems the errors that keep an {@link State#INVALID} file from being formatted
     * @param firstDifference for {@link State#CHANGED} and {@link State#WRITTEN}: the first line
     *     and column (code points) where the file differs from its canonical form
     * @param failure for {@link State#FAILED}: why
     * @param kind the kind the file was read as; empty when it is of no kind or could not be
     *     parsed
     */
    public Result {
      requireNonNull(path, "path must not be null");
      requireNonNull(state, "state must not be null");
      problems = List.copyOf(problems);
      requireNonNull(firstDifference, "firstDifference must not be null");
      requireNonNull(failure, "failure must not be null");
      requireNonNull(kind, "kind must not be null");
    }

    static Result of(Path path, State state, Optional<Kind> kind) {
      return new Result(path, state, List.of(), Optional.empty(), Optional.empty(), kind);
    }

    static Result failed(Path path, String why) {
      return new Result(path, State.FAILED, List.of(), Optional.empty(), Optional.of(why),
          Optional.empty());
    }

    static Result invalid(Path path, List<Problem> problems, Optional<Kind> kind) {
      return new Result(path, State.INVALID, problems, Optional.empty(), Optional.empty(), kind);
    }
  }

  /**
   * A line and column in a file.
   *
   * @param line   1-based line
   * @param column 1-based column in code points
   */
  public record Position(int line, int column) {}

  private final ContentReader reader;
  private final Kind kind;

  /**
   * Reads each file as the kind its path or front matter tells, with {@code reader}; a lenient
   * reader lets unknown keys through to {@code extra()}.
   *
   * @param reader reads each file before it is written canonically
   */
  public CanonicalFormat(ContentReader reader) {
    this.reader = requireNonNull(reader, "reader must not be null");
    this.kind = null;
  }

  /**
   * Reads every file as {@code kind}, whatever its path, as {@code format --kind ID} does.
   *
   * @param reader reads each file before it is written canonically
   * @param kind the kind every file is read and written as
   */
  public CanonicalFormat(ContentReader reader, Kind kind) {
    this.reader = requireNonNull(reader, "reader must not be null");
    this.kind = requireNonNull(kind, "kind must not be null");
  }

  /** {@return the kind every file is read as; empty when each file's path or front matter tells} */
  public Optional<Kind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * {@return whether a file is canonical; never throws for its content or for I/O}
   *
   * @param file the file
   */
  public Result check(Path file) {
    return run(file, false);
  }

  /**
   * Rewrites a file that is not canonical, atomically; never throws for content or I/O.
   *
   * @param file the file
   * @return what was done to the file
   */
  public Result write(Path file) {
    return run(file, true);
  }

  /**
   * Whether {@code bytes}, read as the file {@code file} (its path decides its kind), are
   * canonical: {@link #check(Path)} for callers that hold files' bytes themselves. Never throws
   * for the content.
   *
   * @param file the file the bytes were read from
   * @param bytes the whole file
   * @return whether the bytes are canonical, and why not
   */
  public Result check(Path file, byte[] bytes) {
    return run(file, bytes, false);
  }

  /**
   * The canonical form of {@code bytes}, read as the file {@code file}: for callers that write a
   * reformatted copy of files elsewhere, such as a Spark job over a content lake. Empty when the
   * bytes are canonical already or have no canonical form ({@link #check(Path, byte[])} says
   * why).
   *
   * <pre>{@code
   * format.canonicalForm(Path.of("_news/2020-09-23-x.md"), bytes)
   *     .ifPresent(canonical -> Files.write(copy, canonical));
   * }</pre>
   *
   * @param file the file the bytes were read from
   * @param bytes the whole file
   * @return the canonical bytes, when they differ from {@code bytes}
   */
  public Optional<byte[]> canonicalForm(Path file, byte[] bytes) {
    requireNonNull(file, "file must not be null");
    requireNonNull(bytes, "bytes must not be null");
    Canonical canonical;
    try {
      FrontMatterDocument document = reader.parser().parse(bytes, file.toString());
      canonical = canonical(file, document, document);
    } catch (FrontMatterException e) {
      return Optional.empty();
    }
    if (canonical.value() == null) {
      return Optional.empty();
    }
    byte[] canonicalBytes = canonical.text().getBytes(StandardCharsets.UTF_8);
    return Arrays.equals(canonicalBytes, bytes) ? Optional.empty() : Optional.of(canonicalBytes);
  }

  /**
   * {@return {@link #check(Path)} or {@link #write(Path)} for many files, {@code threads} at a
   * time; the results come back in the files' order}
   *
   * @param files the files
   * @param write {@code true} to rewrite the files that are not canonical, {@code false} only to check them
   * @param threads how many files to check at once, at least 1
   */
  public List<Result> all(List<Path> files, boolean write, int threads) {
    requireNonNull(files, "files must not be null");
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      return pool.submit(() -> files.parallelStream().map(file -> run(file, write)).toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks or rewrites one file. Only the front matter of a large file is read
   * ({@link org.frontmatter4j.FrontMatterParser#parseLazily(Path)}): the canonical form keeps the
   * body, so the text before the body decides, and a rewrite streams the body from the file.
   */
  private Result run(Path file, boolean write) {
    requireNonNull(file, "file must not be null");
    FrontMatterDocument document;
    try {
      if (Files.isDirectory(file)) {
        return Result.failed(file, "is a directory");
      }
      if (!Files.isRegularFile(file)) {
        return Result.failed(file, "is not a regular file (a pipe, socket or device)");
      }
      document = reader.parser().parseLazily(file);
    } catch (IOException e) {
      return Result.failed(file, SiteFiles.describe(e));
    } catch (FrontMatterException e) {
      return Result.invalid(file, e.problems(), Optional.empty());
    }
    return run(file, document, write);
  }

  private Result run(Path file, byte[] bytes, boolean write) {
    requireNonNull(file, "file must not be null");
    requireNonNull(bytes, "bytes must not be null");
    FrontMatterDocument document;
    try {
      document = reader.parser().parse(bytes, file.toString());
    } catch (FrontMatterException e) {
      return Result.invalid(file, e.problems(), Optional.empty());
    }
    return run(file, document, write);
  }

  private Result run(Path file, FrontMatterDocument document, boolean write) {
    FrontMatterDocument beforeBody = document.withoutBody();
    Canonical canonical;
    try {
      canonical = canonical(file, beforeBody, document);
    } catch (UncheckedIOException e) {
      return Result.failed(file, SiteFiles.describe(e.getCause()));
    }
    if (canonical.value() == null) {
      return canonical.result();
    }
    byte[] canonicalBytes = canonical.text().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = ((beforeBody.hasBom() ? "\uFEFF" : "") + beforeBody.text())
        .getBytes(StandardCharsets.UTF_8);
    Optional<Kind> kind = Optional.of(canonical.kind());
    if (Arrays.equals(canonicalBytes, bytes)) {
      return Result.of(file, State.CANONICAL, kind);
    }
    Optional<Position> where = Optional.of(firstDifference(bytes, canonicalBytes));
    if (!write) {
      return new Result(file, State.CHANGED, List.of(), where, Optional.empty(), kind);
    }
    try {
      canonical.writer().writeCanonicalTo(file, canonical.value(), document);
      return new Result(file, State.WRITTEN, List.of(), where, Optional.empty(), kind);
    } catch (IOException e) {
      return Result.failed(file, "cannot write: " + SiteFiles.describe(e));
    }
  }

  /**
   * {@return the canonical form of a file's text as an editor holds it, as {@link #write(Path)}
   * would write it (line endings, byte order mark and body kept); for an editor's "format
   * document"} Empty when the text has no canonical form: it has errors or is of no kind.
   *
   * @param file where the file is (its folder decides its kind); it need not exist
   * @param text the whole file
   */
  public Optional<String> canonicalText(Path file, String text) {
    requireNonNull(file, "file must not be null");
    requireNonNull(text, "text must not be null");
    Canonical canonical;
    try {
      FrontMatterDocument document = reader.parser().parse(text, file.toString());
      canonical = canonical(file, document, document);
    } catch (FrontMatterException e) {
      return Optional.empty();
    }
    return canonical.value() == null ? Optional.empty() : Optional.of(canonical.text());
  }

  /**
   * A parsed file's value (a news article, a person, ...) and the writer of its canonical form;
   * or, when it has none (the value is null), the result that says why.
   */
  private record Canonical(FrontMatterWriter writer, Object value, Kind kind, Result result) {
    String text() {
      return writer.writeCanonical(value);
    }
  }

  /** {@code document} bound; its line endings and byte order mark are those of {@code whole}. */
  private Canonical canonical(Path file, FrontMatterDocument document,
      FrontMatterDocument whole) {
    Optional<Kind> found = kind != null ? Optional.of(kind)
        : Kind.detect(file, document.frontMatter());
    if (found.isEmpty()) {
      return new Canonical(null, null, null, Result.of(file, State.OTHER_KIND, found));
    }
    BindResult<?> bound = reader.bind(document, found.get().type());
    if (bound.hasErrors()) {
      return new Canonical(null, null, null, Result.invalid(file, bound.problems(), found));
    }
    FrontMatterWriter writer = FrontMatterWriter.builder()
        .lineEnding(whole.lineEnding() == LineEnding.CRLF ? LineEnding.CRLF : LineEnding.LF)
        .byteOrderMark(document.hasBom())
        .build();
    return new Canonical(writer, bound.value().orElseThrow(), found.get(), null);
  }

  /**
   * {@return how many results there are, by the kind each file was read as, as a summary says
   * it: {@code 5 files (2 people, 2 videos, 1 newsletter)}; kinds by count, most first}
   *
   * @param results results of {@link #all(List, boolean, int)}, {@link #check(Path)} or
   *     {@link #write(Path)}
   */
  public static String fileCounts(List<Result> results) {
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    results.forEach(result -> result.kind().ifPresent(kind -> kinds.merge(kind, 1, Integer::sum)));
    return String.format(Locale.ROOT, "%,d file%s", results.size(), results.size() == 1 ? "" : "s")
        + SiteReport.byKind(kinds);
  }

  /**
   * Where {@code actual} first differs from {@code expected}, in {@code actual}'s lines and code
   * points; a byte order mark is not a column.
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

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
