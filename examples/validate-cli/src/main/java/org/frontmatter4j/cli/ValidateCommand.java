package org.frontmatter4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontmatter4j.Severity;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteReportWriter;
import org.frontmatter4j.validation.SiteValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate PATH...}: checks every content file and reports every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Checks every *.md and *.markdown file (and *.html file starting with ---) under the "
            + "given paths: front-matter syntax, then each file of a Smartable kind (from its "
            + "folder: _news, _people, _learning/courses, ...; else its category or type) "
            + "against that kind's schema and rules.",
        "",
        "In a Jekyll site (the nearest folder holding _config.yml, or --site), what _config.yml "
            + "excludes is skipped, and every image a file links into the site must exist at its "
            + "declared width and height. A Markdown file without front matter outside the "
            + "kinds' folders (_news, _people, ...) is counted as not content, not reported.",
        "",
        "Exit codes: 0 clean, 1 problems at or above --fail-on, 2 bad usage or unreadable "
            + "paths."})
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Output { text, json, sarif }

  /** The lowest severity that fails the run. */
  enum FailOn { error, warning }

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to check.")
  private List<Path> paths;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  private Output output;

  @Mixin
  private KindOption kind;

  @Option(names = "--lenient", description = "Report unknown keys as warnings, not errors.")
  private boolean lenient;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "error or warning: the lowest severity that exits 1 (default: ${DEFAULT-VALUE}).")
  private FailOn failOn;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Check only matching files (repeatable), e.g. '**/_news/**'.")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip matching files (repeatable), e.g. '**/drafts/**'.")
  private List<String> excludes = new ArrayList<>();

  @Option(names = "--site", paramLabel = "DIR",
      description = "The site's root folder (default: the nearest folder above each file that "
          + "holds a _config.yml).")
  private Path site;

  @Option(names = "--require-front-matter",
      description = "Report every Markdown file without front matter as an error, not only "
          + "those in the kinds' folders.")
  private boolean requireFrontMatter;

  @Option(names = "--check-round-trip",
      description = "Also check that writing each file back reproduces it byte for byte.")
  private boolean checkRoundTrip;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files checked at once (default: available cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "Print only problems, no summary.")
  private boolean quiet;

  @Option(names = "--no-color", description = "Never colour the output.")
  private boolean noColor;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  private boolean debug;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1, got " + threads);
    }
    if (site != null && !Files.isDirectory(site)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--site " + site + ": no such folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    SiteValidator.Builder builder = SiteValidator.builder();
    if (site != null) {
      builder.site(site);
    }
    kind.kind().ifPresent(builder::kind);
    SiteValidator validator = builder
        .requireFrontMatter(requireFrontMatter)
        .includes(includes)
        .excludes(excludes)
        .threads(threads)
        .checkRoundTrip(checkRoundTrip)
        .validator(ContentValidator.builder().lenient(lenient).build())
        .build();
    Reporter reporter = reporter(out, err);
    SiteValidator.FileSet files = validator.files(paths);
    files.failures().forEach(err::println);
    Progress progress = Progress.forTerminal(err, files.files().size());
    SiteReport report = validator.validate(files, file -> {
      reporter.file(file);
      progress.advance();
    });
    progress.done();
    reporter.finish(report, (System.nanoTime() - started) / 1e9);
    out.flush();
    if (!report.failures().isEmpty()) {
      return Main.USAGE;
    }
    return report.failsAt(failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR)
        ? Main.PROBLEMS : Main.OK;
  }

  private Reporter reporter(PrintWriter out, PrintWriter err) {
    String version = new VersionProvider().getVersion()[0];
    return switch (output) {
      case json -> new MachineReporter(out, new SiteReportWriter(SiteReportWriter.Format.JSON,
          Path.of(""), version));
      case sarif -> new MachineReporter(out, new SiteReportWriter(SiteReportWriter.Format.SARIF,
          Path.of(""), version));
      case text -> new TextReporter(out, err, useColor(), quiet);
    };
  }

  private boolean useColor() {
    return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
  }
}
