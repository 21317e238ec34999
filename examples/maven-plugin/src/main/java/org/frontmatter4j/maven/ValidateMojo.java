package org.frontmatter4j.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.frontmatter4j.Severity;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteValidator;

/**
 * Checks every content file of the site: the front-matter syntax of each, and for news articles
 * (in a {@code _news} folder or with {@code category: news}) the Smartable news schema and
 * content rules. Each problem is logged like a compiler error,
 * {@code path:line:column: message [rule]}; errors, and with {@code failOn=warning} warnings too,
 * fail the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractContentMojo {

  /** The lowest severity that fails the build: {@code error} or {@code warning}. */
  @Parameter(property = "frontmatter4j.failOn", defaultValue = "error")
  String failOn;

  /** Reports unknown keys as warnings rather than errors. */
  @Parameter(property = "frontmatter4j.lenient", defaultValue = "false")
  boolean lenient;

  /**
   * Also writes every problem to this file, whether or not the build fails: SARIF 2.1.0 (what
   * GitHub code scanning reads) when its name ends in {@code .sarif}, JSON when it ends in
   * {@code .json}. Usually {@code ${project.build.directory}/frontmatter4j.sarif}.
   */
  @Parameter(property = "frontmatter4j.reportFile")
  File reportFile;

  /** SARIF locations are relative to it, as code scanning expects of a repository's root. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /**
   * The root folder of the Jekyll site the files belong to. Default: for each file, the nearest
   * folder above it that holds a {@code _config.yml}, if any. In a site, what {@code _config.yml}
   * excludes is skipped, and every image a file links into the site must exist at its declared
   * {@code width} and {@code height}.
   */
  @Parameter(property = "frontmatter4j.site")
  File site;

  /**
   * Reports every Markdown file without front matter as an error. Default {@code false}: only
   * files in the kinds' folders ({@code _news}, {@code _people}, ...) must have it; elsewhere
   * ({@code README.md}, {@code LICENSE.md}) a file without it is a plain page, counted as not
   * content.
   */
  @Parameter(property = "frontmatter4j.requireFrontMatter", defaultValue = "false")
  boolean requireFrontMatter;

  /** Named in SARIF reports. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  @Override
  void check(List<Path> roots, int threads) throws MojoExecutionException, MojoFailureException {
    Severity level = failLevel(failOn);
    Optional<ReportFile> report = reportFile == null ? Optional.empty()
        : Optional.of(ReportFile.forPath(reportFile.toPath(), baseDirectory(), pluginVersion));
    SiteValidator.Builder builder = SiteValidator.builder();
    if (site != null) {
      builder.site(site.toPath());
    }
    kind().ifPresent(builder::kind);
    SiteValidator validator = builder
        .requireFrontMatter(requireFrontMatter)
        .includes(includes)
        .excludes(excludes)
        .threads(threads)
        .validator(ContentValidator.builder().lenient(lenient).build())
        .build();
    long started = System.nanoTime();
    SiteValidator.FileSet files = validator.files(roots);
    files.failures().forEach(why -> getLog().error(why));
    SiteReport result = validator.validate(files, file -> {
      file.failure().ifPresent(why -> getLog().error(file.path() + ": cannot read: " + why));
      file.problems().forEach(this::log);
      report.ifPresent(r -> r.add(file));
    });
    if (report.isPresent()) {
      report.get().write(result);
      getLog().info("Wrote " + report.get().path());
    }
    summarize(result, roots, (System.nanoTime() - started) / 1e9);
    if (result.failsAt(level)) {
      throw new MojoFailureException(failureMessage(result, level));
    }
  }

  private void summarize(SiteReport result, List<Path> roots, double seconds) {
    if (result.files() == 0) {
      getLog().warn("No content files in " + roots + " match " + includes
          + (excludes.isEmpty() ? "" : " but not " + excludes));
    }
    getLog().info(String.format(Locale.ROOT, "Front matter: %s (%.2f s)", result, seconds));
  }

  static Severity failLevel(String failOn) throws MojoExecutionException {
    String level = failOn == null ? "" : failOn.trim().toLowerCase(Locale.ROOT);
    return switch (level) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new MojoExecutionException(
          "failOn must be 'error' or 'warning', got '" + failOn + "'");
    };
  }

  static String failureMessage(SiteReport result, Severity level) {
    StringBuilder counts = new StringBuilder()
        .append(plural(result.errors(), "error")).append(" and ")
        .append(plural(result.warnings(), "warning"));
    if (!result.failures().isEmpty()) {
      counts.append(", ").append(result.failures().size()).append(" unreadable");
    }
    return "Front matter check failed: " + counts + " in " + plural(result.files(), "file")
        + (level == Severity.WARNING ? " (failOn=warning)" : "") + "; see the lines above";
  }

  private Path baseDirectory() {
    return (executionRoot != null ? executionRoot.toPath() : Path.of("")).toAbsolutePath();
  }
}
