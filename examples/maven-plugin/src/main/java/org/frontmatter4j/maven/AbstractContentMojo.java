package org.frontmatter4j.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;

/**
 * What both goals share: where a site's content is, which files count, and how to say what is
 * wrong in a build log.
 */
abstract class AbstractContentMojo extends AbstractMojo {

  /**
   * The folders that hold the site's content, walked recursively; hidden folders,
   * {@code target} and {@code node_modules} are skipped. A file named here is checked whatever
   * its name.
   */
  @Parameter(defaultValue = "${project.basedir}/content", required = true)
  List<File> directories;

  /**
   * Globs of the files to check, relative to each directory ({@code **}{@code /_news/**}) or,
   * without a slash, on the file name ({@code *.md}).
   */
  @Parameter(defaultValue = "**/*.md,**/*.markdown,**/_newsletters/*.html", required = true)
  List<String> includes;

  /** Globs of the files to leave alone, as for {@code includes}. */
  @Parameter
  List<String> excludes = new ArrayList<>();

  /**
   * The kind every file is read as, by its id ({@code news}, {@code person}, {@code course},
   * {@code video}, {@code collection}, {@code book}, {@code article}, {@code sample},
   * {@code newsletter}, {@code community}, {@code event}), as the command-line tool's
   * {@code --kind} does. Default: each file's kind from its folder ({@code _people/} is a person),
   * else its {@code category:} or {@code type:}.
   */
  @Parameter(property = "frontmatter4j.kind")
  String kind;

  /** Files checked at once. Default: the available cores. */
  @Parameter(property = "frontmatter4j.threads")
  Integer threads;

  /** Skips the goal. */
  @Parameter(property = "frontmatter4j.skip", defaultValue = "false")
  boolean skip;

  /** Checks the content, unless skipped. */
  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping front matter check (frontmatter4j.skip)");
      return;
    }
    check(roots(), threads());
  }

  /**
   * Checks the content under {@code roots}.
   *
   * @throws MojoExecutionException for a configuration Maven cannot run with
   * @throws MojoFailureException   for content that fails the build
   */
  abstract void check(List<Path> roots, int threads)
      throws MojoExecutionException, MojoFailureException;

  /** The directories as paths; a missing one is a configuration error, not a clean site. */
  List<Path> roots() throws MojoExecutionException {
    if (directories == null || directories.isEmpty()) {
      throw new MojoExecutionException("No content directories configured: set <directories>"
          + " to the folders that hold the site's Markdown files");
    }
    List<Path> roots = new ArrayList<>();
    for (File directory : directories) {
      Path root = directory.toPath();
      if (!Files.exists(root)) {
        throw new MojoExecutionException("Content directory " + root + " does not exist: set"
            + " <directories> to the folders that hold the site's Markdown files, or"
            + " <skip>true</skip> for a project without content");
      }
      roots.add(root);
    }
    return roots;
  }

  /** The kind every file is read as; empty when each file's folder or front matter tells. */
  Optional<Kind> kind() throws MojoExecutionException {
    if (kind == null || kind.isBlank()) {
      return Optional.empty();
    }
    Optional<Kind> found = Kind.byId(kind.strip());
    if (found.isEmpty()) {
      throw new MojoExecutionException("Unknown kind '" + kind + "': set <kind> to one of "
          + Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "))
          + ", or leave it out to take each file's kind from its folder");
    }
    return found;
  }

  int threads() throws MojoExecutionException {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new MojoExecutionException("threads must be at least 1, got " + threads);
    }
    return threads;
  }

  /** Logs a problem the way compilers do: {@code path:line:column: message [rule]}. */
  void log(Problem problem) {
    String line = problem.sourceName() + ":" + problem.line() + ":" + problem.column() + ": "
        + problem.message() + " [" + problem.ruleId() + "]";
    if (problem.isError()) {
      getLog().error(line);
    } else {
      getLog().warn(line);
    }
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
