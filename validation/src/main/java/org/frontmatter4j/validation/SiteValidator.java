package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.FileReport.Role;
import org.frontmatter4j.validation.internal.OrderedParallel;
import org.frontmatter4j.validation.internal.SameBytes;
import org.frontmatter4j.validation.internal.SiteConfig;
import org.frontmatter4j.validation.internal.SiteFiles;
import org.frontmatter4j.validation.internal.SiteImages;
import org.frontmatter4j.validation.internal.Sites;

/**
 * Checks every content file of a site: the one entry point a build tool needs. It walks the
 * given directories for {@code *.md} and {@code *.markdown} files (and {@code *.html} files that
 * start with {@code ---}), skipping hidden folders, {@code target}, {@code node_modules},
 * {@code _site} and {@code vendor} unless named, not following link loops; checks the files in
 * parallel; and hands the reports on in path order.
 *
 * <p>A file belongs to the site whose root is the nearest folder above it holding a
 * {@code _config.yml} (or the one {@link Builder#site(Path) root} given). Then what the config
 * {@code exclude}s is not walked, the config itself is checked once, and every image the file
 * links into its own site must exist there at the declared {@code width} and {@code height}
 * ({@code image.not-found}, {@code image.size-mismatch}, {@code image.unreadable}). A Markdown
 * file without front matter outside the kinds' folders is a plain page, counted in
 * {@link SiteReport#notContent()} rather than reported, unless
 * {@link Builder#requireFrontMatter(boolean)} is set.
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
  private final Kind kind;
  private final int threads;
  private final boolean checkRoundTrip;
  private final ContentValidator validator;
  private final Optional<Path> site;
  private final boolean requireFrontMatter;
  private final CollectionItems items;
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  private SiteValidator(Builder builder) {
    this.includes = List.copyOf(builder.includes);
    this.excludes = List.copyOf(builder.excludes);
    this.site = builder.site;
    this.requireFrontMatter = builder.requireFrontMatter;
    this.kind = builder.kind;
    this.threads = builder.threads;
    this.checkRoundTrip = builder.checkRoundTrip;
    this.validator = builder.validator;
    this.items = builder.items;
  }

  /**
   * {@return a builder: every content file, each of the kind its folder tells, strict, one thread
   * a core}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the files a run over {@code roots} would check, sorted, and the paths it could not
   * walk} A root that is a file is checked whatever its name.
   *
   * @param roots files and directories to walk
   */
  public FileSet files(List<Path> roots) {
    requireNonNull(roots, "roots must not be null");
    SiteFiles.Found found = new SiteFiles(includes, excludes, new Sites(site)).find(roots);
    return new FileSet(found.files(), found.unreadable());
  }

  /**
   * {@return the {@code _config.yml} of each site the files belong to, sorted} A run checks each
   * once, with the files, and reports its problems as those of a file of its own (not counted as
   * one); callers that read the files themselves hand these to {@link #check(Path, byte[])} too.
   * A config is named as relative as the first file of its site.
   *
   * <pre>{@code
   * List<Path> configs = site.siteConfigs(site.files(roots).files());
   * }</pre>
   *
   * @param files files, such as those {@link #files(List)} finds
   */
  public List<Path> siteConfigs(List<Path> files) {
    requireNonNull(files, "files must not be null");
    return List.copyOf(siteConfigs(files, new Sites(site)));
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
    return new SiteReport(counts.files(), counts.notContent(), counts.errors(), counts.warnings(),
        counts.failures(), counts.roundTripChecked(), counts.roundTripIdentical(), problems,
        counts.kinds());
  }

  /**
   * Checks every file under {@code roots}, handing each file's report to {@code eachFile} on the
   * calling thread, in path order, as soon as it and the files before it are done. Nothing is
   * kept: memory stays flat however many files there are.
   *
   * @param roots files and directories to walk
   * @param eachFile called with each file's report, in path order
   * @return the counts and failures; {@link SiteReport#problems()} is empty
   */
  public SiteReport validate(List<Path> roots, Consumer<FileReport> eachFile) {
    return validate(files(roots), eachFile);
  }

  /**
   * Checks the files of a {@link #files(List) file set}, as {@link #validate(List, Consumer)}
   * does; for callers that want the number of files first, to show progress.
   *
   * @param files the files
   * @param eachFile called with each file's report, in path order
   * @return the counts of the whole run
   */
  public SiteReport validate(FileSet files, Consumer<FileReport> eachFile) {
    requireNonNull(files, "files must not be null");
    requireNonNull(eachFile, "eachFile must not be null");
    // Hibernate Validator's bootstrap takes about half a second: let it run while files parse.
    ContentValidator.warmUpAsync();
    Counter counter = new Counter();
    Run run = new Run(new Sites(site), new SiteImages());
    OrderedParallel.run(withSiteConfigs(files.files(), run.sites()), threads,
        file -> check(file, run), FileReport::failed,
        report -> {
      counter.add(report);
      eachFile.accept(report);
    });
    List<String> failures = new ArrayList<>(files.failures());
    failures.addAll(counter.failures);
    return new SiteReport(counter.files, counter.notContent, counter.errors, counter.warnings,
        failures, counter.roundTripChecked, counter.roundTripIdentical, List.of(), counter.kinds);
  }

  /**
   * Checks one file; never throws for the file's content or for I/O. Its site's config is read
   * for this call alone: a run over many files reads it once. Only the front matter of a large
   * file is read (see {@link org.frontmatter4j.FrontMatterParser#parseLazily(Path)}); its body
   * is read, a chunk at a time, only to check the round trip.
   *
   * @param file the file
   * @return the file's report
   */
  public FileReport check(Path file) {
    requireNonNull(file, "file must not be null");
    return check(file, new Run(new Sites(site), new SiteImages()));
  }

  /**
   * The files and the {@code _config.yml} of each of their sites, in path order: a broken
   * config is reported once, where a user looks for it. A config is named as relative as the
   * first file of its site.
   */
  private static List<Path> withSiteConfigs(List<Path> files, Sites sites) {
    TreeSet<Path> configs = siteConfigs(files, sites);
    if (!isSortedAndDistinct(files)) {
      TreeSet<Path> all = new TreeSet<>(files);
      all.addAll(configs);
      return List.copyOf(all);
    }
    // The walk's files come sorted: merge the few configs in rather than sort every path again
    // (a TreeSet of 12,000 paths was the top frame of a cold run over the whole corpus).
    List<Path> all = new ArrayList<>(files.size() + configs.size());
    int next = 0;
    for (Path config : configs) {
      while (next < files.size() && files.get(next).compareTo(config) < 0) {
        all.add(files.get(next++));
      }
      if (next < files.size() && files.get(next).equals(config)) {
        next++;
      }
      all.add(config);
    }
    all.addAll(files.subList(next, files.size()));
    return List.copyOf(all);
  }

  private static TreeSet<Path> siteConfigs(List<Path> files, Sites sites) {
    TreeSet<Path> configs = new TreeSet<>();
    Set<Path> seen = new HashSet<>();
    for (Path file : files) {
      sites.siteOfFile(file).map(SiteConfig::configFile)
          .filter(config -> seen.add(config) && Files.isRegularFile(config))
          .ifPresent(config -> configs.add(file.isAbsolute() ? config
              : Path.of("").toAbsolutePath().relativize(config)));
    }
    return configs;
  }

  private static boolean isSortedAndDistinct(List<Path> files) {
    for (int i = 1; i < files.size(); i++) {
      if (files.get(i - 1).compareTo(files.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** What the files of one run share: the sites found, and each image's size. */
  private record Run(Sites sites, SiteImages images) {}

  private FileReport check(Path file, Run run) {
    if (run.sites().isSiteConfig(file)) {
      return siteConfig(file, run);
    }
    FrontMatterDocument document;
    try {
      if (Files.isSymbolicLink(file) && !Files.exists(file)) {
        return danglingLink(file);
      }
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
      return unparsed(file, e);
    }
    RoundTrip roundTrip = RoundTrip.NOT_CHECKED;
    if (checkRoundTrip) {
      try {
        roundTrip = roundTrip(file, document);
      } catch (IOException e) {
        return FileReport.failed(file, SiteFiles.describe(e));
      }
    }
    return report(file, document, roundTrip, run);
  }

  /**
   * Checks the bytes of one file as {@link #check(Path)} checks the file at {@code file} (its
   * path decides its kind): for callers that read files themselves, from a file system Java
   * cannot walk (HDFS, S3) or a build tool's view of a file. Never throws for the content.
   *
   * <pre>{@code
   * FileReport report = site.check(Path.of("site/_news/2020-09-23-x.md"), bytes);
   * }</pre>
   *
   * @param file the file the bytes were read from
   * @param bytes the whole file
   * @return the file's report
   */
  public FileReport check(Path file, byte[] bytes) {
    requireNonNull(file, "file must not be null");
    requireNonNull(bytes, "bytes must not be null");
    return check(file, bytes, new Run(new Sites(site), new SiteImages()));
  }

  private FileReport check(Path file, byte[] bytes, Run run) {
    if (run.sites().isSiteConfig(file)) {
      // A caller that reads the walk's files itself hands the config over too: it is checked
      // as the site reads it, not as a content file without front matter.
      return siteConfig(file, run);
    }
    FrontMatterDocument document;
    try {
      document = validator.parser().parse(bytes, file.toString());
    } catch (FrontMatterException e) {
      return unparsed(file, e);
    }
    RoundTrip roundTrip = !checkRoundTrip ? RoundTrip.NOT_CHECKED
        : Arrays.equals(writer.write(document).getBytes(StandardCharsets.UTF_8), bytes)
            ? RoundTrip.IDENTICAL : RoundTrip.DIFFERENT;
    return report(file, document, roundTrip, run);
  }

  /** The problems of a site's {@code _config.yml}, found when its site was read. */
  private static FileReport siteConfig(Path file, Run run) {
    // Named as the user named the file, as the problems of the other files are.
    List<Problem> problems = run.sites().siteOfFile(file).orElseThrow().problems().stream()
        .map(p -> new Problem(file.toString(), p.line(), p.column(), p.propertyPath(),
            p.ruleId(), p.severity(), p.message(), p.snippet()))
        .toList();
    return new FileReport(file, problems, Optional.empty(), RoundTrip.NOT_CHECKED,
        Role.SITE_CONFIG);
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
   * its path decides its kind and its site, and names it in problems, as in
   * {@link #check(Path)}.
   *
   * <pre>{@code
   * FileReport report = site.check(Path.of("_news/2020-09-23-x.md"), editorText);
   * }</pre>
   *
   * @param file the file
   * @param text the whole file: front matter and body
   * @return the report the file would get if saved
   */
  public FileReport check(Path file, String text) {
    requireNonNull(file, "file must not be null");
    requireNonNull(text, "text must not be null");
    FrontMatterDocument document;
    try {
      document = validator.parser().parse(text, file.toString());
    } catch (FrontMatterException e) {
      return unparsed(file, e);
    }
    return report(file, document, RoundTrip.NOT_CHECKED,
        new Run(new Sites(site), new SiteImages()));
  }

  /** A file that did not parse: a page that is not content, or its parse problems. */
  private FileReport unparsed(Path file, FrontMatterException e) {
    if (!requireFrontMatter && isMissingFrontMatter(e) && kind == null
        && Kind.fromPath(file).isEmpty()) {
      return new FileReport(file, List.of(), Optional.empty(), RoundTrip.NOT_CHECKED,
          Role.NOT_CONTENT);
    }
    return new FileReport(file, e.problems(), Optional.empty(), RoundTrip.NOT_CHECKED);
  }

  /**
   * A parsed file's report: checked as the forced kind or the kind its folder or front matter
   * tells, with its kind's binding problems and rules, and for a collection the
   * {@code collection.item-not-found} rule; a file of no kind gets its syntax checked only. Then
   * the images it links into its site, all in source order.
   */
  private FileReport report(Path file, FrontMatterDocument document, RoundTrip roundTrip,
      Run run) {
    Optional<Kind> found = kind != null ? Optional.of(kind)
        : Kind.detect(file, document.frontMatter());
    List<Problem> problems = new ArrayList<>();
    if (found.isEmpty()) {
      problems.addAll(document.warnings());
    } else {
      // No rule looks at the body: a large body stays in its file.
      BindResult<? extends Content> bound =
          validator.reader().bind(document.withoutBody(), found.get().type());
      problems.addAll(bound.problems());
      if (bound.value().isPresent()) {
        Content content = bound.value().get();
        problems.addAll(validator.validate(content, document).problems());
        if (content instanceof LearningCollection collection) {
          problems.addAll(items.check(file.toString(), collection, document));
        }
      }
    }
    Optional<SiteConfig> home = run.sites().siteOfFile(file);
    if (home.isPresent()) {
      List<Problem> images = run.images().check(document, home.get());
      if (!images.isEmpty()) {
        problems.addAll(images);
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      }
    }
    return new FileReport(file, problems, Optional.empty(), roundTrip, found);
  }

  /** A file that does not start with a {@code ---} line at all (empty files included). */
  private static boolean isMissingFrontMatter(FrontMatterException e) {
    return e.problems().size() == 1
        && e.problems().get(0).ruleId().equals("frontmatter.missing");
  }

  /**
   * Whether a walk goes into a folder of this name below a directory it was given: not into
   * hidden folders ({@code .git}), {@code target} or {@code node_modules}. For callers that walk
   * a file system themselves and hand the files to {@link #check(Path, byte[])}.
   *
   * @param folderName a folder's name, without its path
   * @return whether its files are walked
   */
  public static boolean walksInto(String folderName) {
    return SiteFiles.walksInto(requireNonNull(folderName, "folderName must not be null"));
  }

  /**
   * Whether a walk checks a file of this name that starts with these bytes: {@code *.md} and
   * {@code *.markdown} files, and {@code *.html} files that start with {@code ---} (after a byte
   * order mark). The first six bytes are enough; {@code start} may be the whole file.
   *
   * @param fileName a file's name, without its path
   * @param start the file's first bytes, or all of them
   * @return whether the file is checked
   */
  public static boolean isContentFile(String fileName, byte[] start) {
    requireNonNull(fileName, "fileName must not be null");
    requireNonNull(start, "start must not be null");
    return SiteFiles.isContentFile(fileName, start);
  }

  /**
   * A content file that is a link to nothing (its target is missing, or the links loop): nothing
   * to check, which the user should hear about rather than see the file silently left out.
   */
  private static FileReport danglingLink(Path file) throws IOException {
    Problem problem = new Problem(file.toString(), 1, 1, "", "site.dangling-link",
        Severity.WARNING, "symbolic link to '" + Files.readSymbolicLink(file) + "', "
        + whereTheLinkLeads(file) + "; the file is not checked: fix the link or remove it", "");
    return new FileReport(file, List.of(problem), Optional.empty(), RoundTrip.NOT_CHECKED);
  }

  /** Follows the chain of links by hand: the JDK's errors do not tell a loop from the rest. */
  private static String whereTheLinkLeads(Path file) throws IOException {
    Set<Path> seen = new HashSet<>();
    Path at = file.toAbsolutePath().normalize();
    while (Files.isSymbolicLink(at)) {
      if (!seen.add(at)) {
        return "which leads back to itself (a link loop)";
      }
      at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
    }
    return Files.exists(at) ? "which cannot be followed" : "which does not exist";
  }

  /**
   * Whether a file is a news article: in a {@code _news} folder or, outside any kind folder,
   * with {@code category: news}. Same as {@code Kind.detect(file, frontMatter)} being
   * {@link Kind#NEWS}.
   *
   * @param file the file
   * @param document a parsed document
   * @return whether the file is a news article
   */
  public static boolean isNews(Path file, FrontMatterDocument document) {
    return Kind.detect(file, document.frontMatter()).filter(Kind.NEWS::equals).isPresent();
  }

  /** {@return include globs; empty means every content file} */
  public List<String> includes() {
    return includes;
  }

  /** {@return exclude globs} */
  public List<String> excludes() {
    return excludes;
  }

  /** {@return the kind every file is checked as; empty when each file's folder or front matter tells} */
  public Optional<Kind> kind() {
    return Optional.ofNullable(kind);
  }

  /** {@return files checked at once} */
  public int threads() {
    return threads;
  }

  /** {@return whether each parsed file's round trip through the writer is checked} */
  public boolean checkRoundTrip() {
    return checkRoundTrip;
  }

  /** {@return the validator each file goes through} */
  public ContentValidator validator() {
    return validator;
  }

  /** {@return the site root every file belongs to, if one was given; else each file's own is found} */
  public Optional<Path> site() {
    return site;
  }

  /** {@return whether a Markdown file without front matter outside the kinds' folders is an error} */
  public boolean requireFrontMatter() {
    return requireFrontMatter;
  }

  /** {@return where the items of collections are looked up} */
  public CollectionItems collectionItems() {
    return items;
  }

  /**
   * The files of a site, sorted, and the paths that could not be walked.
   *
   * @param files    the files, sorted
   * @param failures paths that could not be walked, each with the reason
   */
  public record FileSet(List<Path> files, List<String> failures) {
    /**
     * Copies the lists.
     *
     * @param files the files, sorted
     * @param failures paths that could not be walked, each with the reason
     */
    public FileSet {
      files = List.copyOf(files);
      failures = List.copyOf(failures);
    }
  }

  /** Sums reports; used on one thread. */
  private static final class Counter {
    int files;
    int notContent;
    int errors;
    int warnings;
    int roundTripChecked;
    int roundTripIdentical;
    final List<String> failures = new ArrayList<>();
    final Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);

    void add(FileReport report) {
      if (report.role() == Role.SITE_CONFIG) {
        errors += report.errorCount();
        warnings += report.warningCount();
        return;
      }
      files++;
      notContent += report.role() == Role.NOT_CONTENT ? 1 : 0;
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
    private Optional<Path> site = Optional.empty();
    private boolean requireFrontMatter;
    private CollectionItems items = CollectionItems.onDisk();

    private Builder() {}

    /**
     * Where the files that collections' {@code items} name are looked up
     * ({@code collection.item-not-found}). Default: {@link CollectionItems#onDisk()}, the file
     * system beside each collection. An editor adds the documents it holds unsaved:
     *
     * <pre>{@code
     * SiteValidator.builder()
     *     .collectionItems(CollectionItems.onDisk().or(CollectionItems.matching(open::contains)))
     *     .build();
     * }</pre>
     *
     * @param items where items are looked up
     * @return this builder
     */
    public Builder collectionItems(CollectionItems items) {
      this.items = requireNonNull(items, "items must not be null");
      return this;
    }

    /**
     * The root of the site every file belongs to, whether or not it holds a {@code _config.yml}.
     * Default: none, and each file's site is the nearest folder above it holding a
     * {@code _config.yml}, if any.
     *
     * @param root the site's root folder
     * @return this builder
     */
    public Builder site(Path root) {
      this.site = Optional.of(requireNonNull(root, "root must not be null"));
      return this;
    }

    /**
     * Whether every Markdown file must have front matter. Default {@code false}: outside the
     * kinds' folders ({@code _news}, {@code _people}, ...) and without a {@link #kind(Kind) kind},
     * a file that does not start with {@code ---} is a plain page that Jekyll copies as it is
     * ({@code README.md}, {@code LICENSE.md}), counted as not content.
     *
     * @param requireFrontMatter whether a file without front matter is an error everywhere
     * @return this builder
     */
    public Builder requireFrontMatter(boolean requireFrontMatter) {
      this.requireFrontMatter = requireFrontMatter;
      return this;
    }

    /**
     * Globs of the files to check, relative to each named directory ({@code **}{@code /_news/**})
     * or, without a slash, on the file name ({@code *.md}). Default: none, which means every
     * {@code *.md}, {@code *.markdown} and front-matter {@code *.html} file.
     *
     * @param includes glob patterns of files to check, relative to each root
     * @return this builder
     */
    public Builder includes(List<String> includes) {
      this.includes = List.copyOf(requireNonNull(includes, "includes must not be null"));
      return this;
    }

    /**
     * Globs of files to skip, as for {@link #includes(List)}. Default: none.
     *
     * @param excludes glob patterns of files to skip, relative to each root
     * @return this builder
     */
    public Builder excludes(List<String> excludes) {
      this.excludes = List.copyOf(requireNonNull(excludes, "excludes must not be null"));
      return this;
    }

    /**
     * Checks every file as {@code kind}, as {@code validate --kind ID} does. Default: each file
     * as the kind its folder tells ({@code _people/x.md} is a person), else its {@code category:}
     * or {@code type:}; files of no kind get their syntax checked only.
     *
     * @param kind the kind every file is checked as
     * @return this builder
     */
    public Builder kind(Kind kind) {
      this.kind = requireNonNull(kind, "kind must not be null");
      return this;
    }

    /**
     * Each file as the kind its folder or front matter tells: the default.
     *
     * @return this builder
     */
    public Builder detectKinds() {
      this.kind = null;
      return this;
    }

    /**
     * Files checked at once. Default: the available cores; parsing is CPU-bound.
     *
     * @param threads how many files to check at once, at least 1
     * @return this builder
     */
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
     *
     * @param checkRoundTrip {@code true} to also check that writing each file back reproduces it
     * @return this builder
     */
    public Builder checkRoundTrip(boolean checkRoundTrip) {
      this.checkRoundTrip = checkRoundTrip;
      return this;
    }

    /**
     * The validator for each file: its clock, limits, leniency and parser. Default:
     * {@code ContentValidator.builder().build()}.
     *
     * @param validator the validator each file is checked with
     * @return this builder
     */
    public Builder validator(ContentValidator validator) {
      this.validator = requireNonNull(validator, "validator must not be null");
      return this;
    }

    /** {@return an immutable, thread-safe site validator} */
    public SiteValidator build() {
      return new SiteValidator(this);
    }
  }
}
