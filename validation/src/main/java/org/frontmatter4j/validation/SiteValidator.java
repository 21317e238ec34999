package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.Problem;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.internal.OrderedParallel;
import org.frontmatter4j.validation.internal.SameBytes;
import org.frontmatter4j.validation.internal.SiteFiles;

/**
 * Checks every content file of a site: the one entry point a build tool needs. It walks the
 * given directories for {@code *.md} and {@code *.markdown} files (and {@code *.html} files that
 * start with {@code ---}), skipping hidden folders, {@code target} and {@code node_modules}
 * unless named, not following link loops; checks the files in parallel; and hands the reports
 * on in path order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SiteValidator validator = SiteValidator.builder().excludes(List.of("**}{@code /drafts/**")).build();
 * SiteReport report = validator.validate(List.of(Path.of("content")));
 * report.problems().forEach(problem -> System.err.println(problem));
 * if (report.failsAt(Severity.ERROR)) { ... }
 * }</pre>
 */
public final class SiteValidator {
  private final List<String> includes;
  private final List<String> excludes;
  private final ContentKind kind;
  private final int threads;
  private final boolean checkRoundTrip;
  private final ContentValidator validator;
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  private SiteValidator(Builder builder) {
    this.includes = List.copyOf(builder.includes);
    this.excludes = List.copyOf(builder.excludes);
    this.kind = builder.kind;
    this.threads = builder.threads;
    this.checkRoundTrip = builder.checkRoundTrip;
    this.validator = builder.validator;
  }

  /** A builder: every content file, kind {@link ContentKind#AUTO}, strict, one thread a core. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The files a run over {@code roots} would check, sorted, and the paths it could not walk.
   * A root that is a file is checked whatever its name.
   */
  public FileSet files(List<Path> roots) {
    requireNonNull(roots, "roots must not be null");
    SiteFiles.Found found = new SiteFiles(includes, excludes).find(roots);
    return new FileSet(found.files(), found.unreadable());
  }

  /**
   * Checks every file under {@code roots} and collects every problem.
   *
   * @param roots files and directories
   * @return counts, failures and every problem in path order
   */
  public SiteReport validate(List<Path> roots) {
    List<Problem> problems = new ArrayList<>();
    SiteReport counts = validate(roots, report -> problems.addAll(report.problems()));
    return new SiteReport(counts.files(), counts.errors(), counts.warnings(), counts.failures(),
        counts.roundTripChecked(), counts.roundTripIdentical(), problems);
  }

  /**
   * Checks every file under {@code roots}, handing each file's report to {@code eachFile} on the
   * calling thread, in path order, as soon as it and the files before it are done. Nothing is
   * kept: memory stays flat however many files there are.
   *
   * @return the counts and failures; {@link SiteReport#problems()} is empty
   */
  public SiteReport validate(List<Path> roots, Consumer<FileReport> eachFile) {
    return validate(files(roots), eachFile);
  }

  /**
   * Checks the files of a {@link #files(List) file set}, as {@link #validate(List, Consumer)}
   * does; for callers that want the number of files first, to show progress.
   */
  public SiteReport validate(FileSet files, Consumer<FileReport> eachFile) {
    requireNonNull(files, "files must not be null");
    requireNonNull(eachFile, "eachFile must not be null");
    // Hibernate Validator's bootstrap takes about half a second: let it run while files parse.
    ContentValidator.warmUpAsync();
    Counter counter = new Counter();
    OrderedParallel.run(files.files(), threads, this::check, FileReport::failed, report -> {
      counter.add(report);
      eachFile.accept(report);
    });
    List<String> failures = new ArrayList<>(files.failures());
    failures.addAll(counter.failures);
    return new SiteReport(counter.files, counter.errors, counter.warnings, failures,
        counter.roundTripChecked, counter.roundTripIdentical, List.of());
  }

  /**
   * Checks one file; never throws for the file's content or for I/O. Only the front matter of a
   * large file is read (see {@link org.frontmatter4j.FrontMatterParser#parseLazily(Path)}); its body
   * is read, a chunk at a time, only to check the round trip.
   */
  public FileReport check(Path file) {
    requireNonNull(file, "file must not be null");
    FrontMatterDocument document;
    try {
      if (Files.isDirectory(file)) {
        return FileReport.failed(file, "is a directory");
      }
      if (!Files.isRegularFile(file)) {
        // A pipe or a device named on the command line would block or never end.
        return FileReport.failed(file, "is not a regular file (a pipe, socket or device)");
      }
      document = validator.parser().parseLazily(file);
    } catch (IOException e) {
      return FileReport.failed(file, SiteFiles.describe(e));
    } catch (FrontMatterException e) {
      return new FileReport(file, e.problems(), Optional.empty(), RoundTrip.NOT_CHECKED);
    }
    RoundTrip roundTrip = RoundTrip.NOT_CHECKED;
    if (checkRoundTrip) {
      try {
        roundTrip = roundTrip(file, document);
      } catch (IOException e) {
        return FileReport.failed(file, SiteFiles.describe(e));
      }
    }
    return new FileReport(file, problems(file, document), Optional.empty(), roundTrip);
  }

  /**
   * Whether the writer gives back the file's bytes: its output for the front matter, then the
   * body, compared with the file as they are written, so that a large body is never held.
   */
  private RoundTrip roundTrip(Path file, FrontMatterDocument document) throws IOException {
    byte[] beforeBody = writer.write(document.withoutBody()).getBytes(StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(file); SameBytes written = new SameBytes(in)) {
      written.write(beforeBody);
      document.writeBodyTo(written);
      return written.same() && in.read() < 0 ? RoundTrip.IDENTICAL : RoundTrip.DIFFERENT;
    }
  }

  /**
   * Checks a file's text as an editor holds it, unsaved changes included: the problems a run
   * over the saved file would report (the round trip is not checked). The file need not exist;
   * its path decides its kind and names it in problems, as in {@link #check(Path)}.
   *
   * <pre>{@code
   * FileReport report = site.check(Path.of("_news/2020-09-23-x.md"), editorText);
   * }</pre>
   */
  public FileReport check(Path file, String text) {
    requireNonNull(file, "file must not be null");
    requireNonNull(text, "text must not be null");
    FrontMatterDocument document;
    try {
      document = validator.parser().parse(text, file.toString());
    } catch (FrontMatterException e) {
      return new FileReport(file, e.problems(), Optional.empty(), RoundTrip.NOT_CHECKED);
    }
    return new FileReport(file, problems(file, document), Optional.empty(), RoundTrip.NOT_CHECKED);
  }

  /** The problems of a parsed file beyond its syntax: those of its kind's binding and rules. */
  private List<Problem> problems(Path file, FrontMatterDocument document) {
    return kind == ContentKind.NEWS || isNews(file, document)
        ? validator.validate(document).problems() : List.of();
  }

  /** News by folder ({@code _news}) or by its {@code category: news} line. */
  public static boolean isNews(Path file, FrontMatterDocument document) {
    for (Path part : file.toAbsolutePath().normalize()) {
      if (part.toString().equals("_news")) {
        return true;
      }
    }
    return document.frontMatter().get("category")
        .filter(node -> node instanceof YamlScalar scalar && scalar.value().equals("news"))
        .isPresent();
  }

  /** Include globs; empty means every content file. */
  public List<String> includes() {
    return includes;
  }

  /** Exclude globs. */
  public List<String> excludes() {
    return excludes;
  }

  /** The content kind files are checked against. */
  public ContentKind kind() {
    return kind;
  }

  /** Files checked at once. */
  public int threads() {
    return threads;
  }

  /** Whether each parsed file's round trip through the writer is checked. */
  public boolean checkRoundTrip() {
    return checkRoundTrip;
  }

  /** The validator each file goes through. */
  public ContentValidator validator() {
    return validator;
  }

  /**
   * The files of a site, sorted, and the paths that could not be walked.
   *
   * @param files    the files, sorted
   * @param failures paths that could not be walked, each with the reason
   */
  public record FileSet(List<Path> files, List<String> failures) {
    public FileSet {
      files = List.copyOf(files);
      failures = List.copyOf(failures);
    }
  }

  /** Sums reports; used on one thread. */
  private static final class Counter {
    int files;
    int errors;
    int warnings;
    int roundTripChecked;
    int roundTripIdentical;
    final List<String> failures = new ArrayList<>();

    void add(FileReport report) {
      files++;
      errors += report.errorCount();
      warnings += report.warningCount();
      report.failure().ifPresent(why -> failures.add(report.path() + ": " + why));
      if (report.roundTrip() != RoundTrip.NOT_CHECKED) {
        roundTripChecked++;
        roundTripIdentical += report.roundTrip() == RoundTrip.IDENTICAL ? 1 : 0;
      }
    }
  }

  /** Builds a {@link SiteValidator}. */
  public static final class Builder {
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private ContentKind kind = ContentKind.AUTO;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean checkRoundTrip;
    private ContentValidator validator = ContentValidator.builder().build();

    private Builder() {}

    /**
     * Globs of the files to check, relative to each named directory ({@code **}{@code /_news/**})
     * or, without a slash, on the file name ({@code *.md}). Default: none, which means every
     * {@code *.md}, {@code *.markdown} and front-matter {@code *.html} file.
     */
    public Builder includes(List<String> includes) {
      this.includes = List.copyOf(requireNonNull(includes, "includes must not be null"));
      return this;
    }

    /** Globs of files to skip, as for {@link #includes(List)}. Default: none. */
    public Builder excludes(List<String> excludes) {
      this.excludes = List.copyOf(requireNonNull(excludes, "excludes must not be null"));
      return this;
    }

    /** The content kind. Default {@link ContentKind#AUTO}. */
    public Builder kind(ContentKind kind) {
      this.kind = requireNonNull(kind, "kind must not be null");
      return this;
    }

    /** Files checked at once. Default: the available cores; parsing is CPU-bound. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Whether to check that the format-preserving writer reproduces each parsed file byte for
     * byte. Default {@code false}: it doubles the work, and is a check of this library.
     */
    public Builder checkRoundTrip(boolean checkRoundTrip) {
      this.checkRoundTrip = checkRoundTrip;
      return this;
    }

    /**
     * The validator for each file: its clock, limits, leniency and parser. Default:
     * {@code ContentValidator.builder().build()}.
     */
    public Builder validator(ContentValidator validator) {
      this.validator = requireNonNull(validator, "validator must not be null");
      return this;
    }

    /** An immutable, thread-safe site validator. */
    public SiteValidator build() {
      return new SiteValidator(this);
    }
  }
}
