package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.internal.OrderedParallel;
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
  /** Collections' items are looked up in the file system, beside the collection. */
  private static final CollectionItems ITEMS = CollectionItems.onDisk();

  private final List<String> includes;
  private final List<String> excludes;
  private final Kind kind;
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

  /** A builder: every content file, each of the kind its folder tells, strict, one thread a core. */
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
        counts.roundTripChecked(), counts.roundTripIdentical(), problems, counts.kinds());
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
        counter.roundTripChecked, counter.roundTripIdentical, List.of(), counter.kinds);
  }

  /** Checks one file; never throws for the file's content or for I/O. */
  public FileReport check(Path file) {
    requireNonNull(file, "file must not be null");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return FileReport.failed(file, "is a directory");
      }
      if (!Files.isRegularFile(file)) {
        // A pipe or a device named on the command line would block or never end.
        return FileReport.failed(file, "is not a regular file (a pipe, socket or device)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return FileReport.failed(file, SiteFiles.describe(e));
    }
    FrontMatterDocument document;
    try {
      document = validator.parser().parse(bytes, file.toString());
    } catch (FrontMatterException e) {
      return new FileReport(file, e.problems(), Optional.empty(), RoundTrip.NOT_CHECKED);
    }
    RoundTrip roundTrip = !checkRoundTrip ? RoundTrip.NOT_CHECKED
        : Arrays.equals(writer.write(document).getBytes(StandardCharsets.UTF_8), bytes)
            ? RoundTrip.IDENTICAL : RoundTrip.DIFFERENT;
    return report(file, document, roundTrip);
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
    return report(file, document, RoundTrip.NOT_CHECKED);
  }

  /**
   * A parsed file's report: checked as the forced kind or the kind its folder or front matter
   * tells, with its kind's binding problems and rules, and for a collection the
   * {@code collection.item-not-found} rule; a file of no kind gets its syntax checked only.
   */
  private FileReport report(Path file, FrontMatterDocument document, RoundTrip roundTrip) {
    Optional<Kind> found = kind != null ? Optional.of(kind)
        : Kind.detect(file, document.frontMatter());
    if (found.isEmpty()) {
      return new FileReport(file, List.of(), Optional.empty(), roundTrip, found);
    }
    BindResult<? extends Content> bound = validator.reader().bind(document, found.get().type());
    List<Problem> problems = new ArrayList<>(bound.problems());
    if (bound.value().isPresent()) {
      Content content = bound.value().get();
      problems.addAll(validator.validate(content, document).problems());
      if (content instanceof LearningCollection collection) {
        problems.addAll(ITEMS.check(file.toString(), collection, document));
      }
    }
    return new FileReport(file, problems, Optional.empty(), roundTrip, found);
  }

  /**
   * Whether a file is a news article: in a {@code _news} folder or, outside any kind folder,
   * with {@code category: news}. Same as {@code Kind.detect(file, frontMatter)} being
   * {@link Kind#NEWS}.
   */
  public static boolean isNews(Path file, FrontMatterDocument document) {
    return Kind.detect(file, document.frontMatter()).filter(Kind.NEWS::equals).isPresent();
  }

  /** Include globs; empty means every content file. */
  public List<String> includes() {
    return includes;
  }

  /** Exclude globs. */
  public List<String> excludes() {
    return excludes;
  }

  /** The kind every file is checked as; empty when each file's folder or front matter tells. */
  public Optional<Kind> kind() {
    return Optional.ofNullable(kind);
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
    final Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);

    void add(FileReport report) {
      files++;
      errors += report.errorCount();
      warnings += report.warningCount();
      report.failure().ifPresent(why -> failures.add(report.path() + ": " + why));
      report.kind().ifPresent(kind -> kinds.merge(kind, 1, Integer::sum));
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
    private Kind kind;
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

    /**
     * Checks every file as {@code kind}, as {@code validate --kind ID} does. Default: each file
     * as the kind its folder tells ({@code _people/x.md} is a person), else its {@code category:}
     * or {@code type:}; files of no kind get their syntax checked only.
     */
    public Builder kind(Kind kind) {
      this.kind = requireNonNull(kind, "kind must not be null");
      return this;
    }

    /** Each file as the kind its folder or front matter tells: the default. */
    public Builder detectKinds() {
      this.kind = null;
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
