package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;

/**
 * What checking one file of a site found.
 *
 * @param path      the file
 * @param problems  its problems in source order: syntax, binding and content rules
 * @param failure   why the file could not be checked (unreadable, a directory), if it could not
 * @param roundTrip whether writing the file back reproduced it, when that was checked
 * @param kind      the kind the file was checked as; empty when it got a syntax check only
 */
public record FileReport(Path path, List<Problem> problems, Optional<String> failure,
    RoundTrip roundTrip, Optional<Kind> kind) {

  /** The outcome of writing a parsed file back with the format-preserving writer. */
  public enum RoundTrip {
    /** Not checked: not asked for, or the file did not parse. */
    NOT_CHECKED,
    /** The writer reproduced the file byte for byte. */
    IDENTICAL,
    /** The writer's bytes differ from the file's. */
    DIFFERENT
  }

  public FileReport {
    requireNonNull(path, "path must not be null");
    problems = List.copyOf(problems);
    requireNonNull(failure, "failure must not be null");
    requireNonNull(roundTrip, "roundTrip must not be null");
    requireNonNull(kind, "kind must not be null");
  }

  /** A report of a file that got a syntax check only. */
  public FileReport(Path path, List<Problem> problems, Optional<String> failure,
      RoundTrip roundTrip) {
    this(path, problems, failure, roundTrip, Optional.empty());
  }

  /** A file that could not be checked. */
  public static FileReport failed(Path path, String why) {
    return new FileReport(path, List.of(), Optional.of(why), RoundTrip.NOT_CHECKED);
  }

  /** Its errors. */
  public int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  /** Its warnings. */
  public int warningCount() {
    return problems.size() - errorCount();
  }
}
