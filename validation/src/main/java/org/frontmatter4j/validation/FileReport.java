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
 * @param role      what the file is to its site: content, a page without front matter, or the
 *                  site's {@code _config.yml}
 * @param kind      the kind the file was checked as; empty when it got a syntax check only
 */
public record FileReport(Path path, List<Problem> problems, Optional<String> failure,
    RoundTrip roundTrip, Role role, Optional<Kind> kind) {

  /** What a checked file is to its site. */
  public enum Role {
    /** A content file: it has front matter, or must have it (in a kind's folder, or a kind given). */
    CONTENT,
    /**
     * A Markdown file without front matter outside the kinds' folders ({@code README.md},
     * {@code LICENSE.md}): Jekyll copies it as it is, so it is counted, not reported.
     */
    NOT_CONTENT,
    /** A site's {@code _config.yml}, checked once a run with the files of its site. */
    SITE_CONFIG
  }

  /** The outcome of writing a parsed file back with the format-preserving writer. */
  public enum RoundTrip {
    /** Not checked: not asked for, or the file did not parse. */
    NOT_CHECKED,
    /** The writer reproduced the file byte for byte. */
    IDENTICAL,
    /** The writer's bytes differ from the file's. */
    DIFFERENT
  }

  /**
   * Copies the problems and checks that every component is present.
   *
   * @param role what the file is to the site: content, not content, or its {@code _config.yml}
   * @param path the file
   * @param problems its problems in source order: syntax, binding and content rules
   * @param failure why the file could not be checked (unreadable, a directory), if it could not
   * @param roundTrip whether writing the file back reproduced it, when that was checked
   * @param kind the kind the file was checked as; empty when it got a syntax check only
   */
  public FileReport {
    requireNonNull(path, "path must not be null");
    problems = List.copyOf(problems);
    requireNonNull(failure, "failure must not be null");
    requireNonNull(roundTrip, "roundTrip must not be null");
    requireNonNull(role, "role must not be null");
    requireNonNull(kind, "kind must not be null");
  }

  /**
   * The report of a file in the given role, checked without a kind.
   *
   * @param path the file
   * @param problems its problems in source order
   * @param failure why the file could not be checked, if it could not
   * @param roundTrip whether writing the file back reproduced it, when that was checked
   * @param role what the file is to its site
   */
  public FileReport(Path path, List<Problem> problems, Optional<String> failure,
      RoundTrip roundTrip, Role role) {
    this(path, problems, failure, roundTrip, role, Optional.empty());
  }

  /**
   * The report of a content file checked as the given kind, if any.
   *
   * @param path the file
   * @param problems its problems in source order
   * @param failure why the file could not be checked, if it could not
   * @param roundTrip whether writing the file back reproduced it, when that was checked
   * @param kind the kind the file was checked as; empty when it got a syntax check only
   */
  public FileReport(Path path, List<Problem> problems, Optional<String> failure,
      RoundTrip roundTrip, Optional<Kind> kind) {
    this(path, problems, failure, roundTrip, Role.CONTENT, kind);
  }

  /**
   * The report of a content file that got a syntax check only.
   *
   * @param path the file
   * @param problems its problems in source order
   * @param failure why the file could not be checked, if it could not
   * @param roundTrip whether writing the file back reproduced it, when that was checked
   */
  public FileReport(Path path, List<Problem> problems, Optional<String> failure,
      RoundTrip roundTrip) {
    this(path, problems, failure, roundTrip, Role.CONTENT, Optional.empty());
  }

  /**
   * {@return a file that could not be checked}
   *
   * @param path the file to read
   * @param why what went wrong, for the user
   */
  public static FileReport failed(Path path, String why) {
    return new FileReport(path, List.of(), Optional.of(why), RoundTrip.NOT_CHECKED);
  }

  /** {@return its errors} */
  public int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  /** {@return its warnings} */
  public int warningCount() {
    return problems.size() - errorCount();
  }
}
