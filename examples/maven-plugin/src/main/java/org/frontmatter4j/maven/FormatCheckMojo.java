package org.frontmatter4j.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.CanonicalFormat.Result;
import org.frontmatter4j.validation.CanonicalFormat.State;
import org.frontmatter4j.validation.SiteValidator;

/**
 * Checks that every content file, of every kind (news, people, courses, videos, collections,
 * books, articles, samples, newsletters, communities, events), is in Smartable's canonical style
 * (key order, quoting, blank lines), keeping each file's line endings and byte order mark, like
 * {@code gofmt -l}: a file whose bytes would change is logged with the line and column of its
 * first difference and fails the build. Each file is read as the kind its folder tells, else its
 * {@code category:} or {@code type:}, or as {@code <kind>}; files of no kind are left alone; a
 * file with errors is reported, since it cannot be formatted. The command-line tool's
 * {@code format --write} rewrites the files.
 */
@Mojo(name = "format-check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class FormatCheckMojo extends AbstractContentMojo {

  /** Creates the goal; Maven sets its parameters. */
  public FormatCheckMojo() {}

  @Override
  void check(List<Path> roots, int threads) throws MojoExecutionException, MojoFailureException {
    ContentReader reader = ContentReader.builder().build();
    Optional<Kind> forced = kind();
    CanonicalFormat format = forced.map(kind -> new CanonicalFormat(reader, kind))
        .orElseGet(() -> new CanonicalFormat(reader));
    long started = System.nanoTime();
    SiteValidator.FileSet found = SiteValidator.builder().includes(includes).excludes(excludes)
        .build().files(roots);
    found.failures().forEach(why -> getLog().error(why));
    List<Result> results = format.all(found.files(), false, threads).stream()
        .filter(result -> result.state() != State.OTHER_KIND).toList();
    results.forEach(this::log);
    int changed = count(results, State.CHANGED);
    int invalid = count(results, State.INVALID) + count(results, State.FAILED)
        + found.failures().size();
    getLog().info(String.format(Locale.ROOT,
        "Format: %s, %d canonical, %d would change, %d with errors (%.2f s)",
        CanonicalFormat.fileCounts(results), count(results, State.CANONICAL), changed, invalid,
        (System.nanoTime() - started) / 1e9));
    if (changed + invalid > 0) {
      throw new MojoFailureException("Format check failed: " + plural(changed, "file")
          + " not in the canonical style, " + invalid + " with errors; see the lines above");
    }
  }

  private void log(Result result) {
    switch (result.state()) {
      case CHANGED -> {
        CanonicalFormat.Position where = result.firstDifference().orElseThrow();
        getLog().error(result.path() + ":" + where.line() + ":" + where.column()
            + ": not in the canonical style from here on (key order, quoting, blank lines);"
            + " the validate tool's 'format --write' rewrites it [format.canonical]");
      }
      case INVALID -> {
        result.problems().forEach(this::log);
        getLog().error(result.path() + ": not checked for format: fix its errors first");
      }
      case FAILED -> getLog().error(result.path() + ": cannot read: "
          + result.failure().orElse("unknown"));
      default -> {
        // canonical: nothing to say, like gofmt -l
      }
    }
  }

  private static int count(List<Result> results, State state) {
    return (int) results.stream().filter(result -> result.state() == state).count();
  }
}
