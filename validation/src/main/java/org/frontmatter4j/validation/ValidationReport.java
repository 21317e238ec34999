package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontmatter4j.Problem;

/**
 * Every problem found in one file: parse and binding problems and content rule violations
 * together, sorted by line and column. Immutable.
 */
public final class ValidationReport {
  private static final Comparator<Problem> SOURCE_ORDER = Comparator
      .comparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::propertyPath)
      .thenComparing(Problem::ruleId)
      .thenComparing(Problem::message);

  private final String sourceName;
  private final List<Problem> problems;
  private final int errorCount;

  private ValidationReport(String sourceName, List<Problem> problems) {
    this.sourceName = sourceName;
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(SOURCE_ORDER);
    this.problems = List.copyOf(sorted);
    this.errorCount = (int) sorted.stream().filter(Problem::isError).count();
  }

  /**
   * {@return a report of these problems, which it sorts by line, column, property path, rule id and
   * message}
   *
   * @param sourceName the file name, as in the problems
   * @param problems   every problem of the file; may be empty
   */
  public static ValidationReport of(String sourceName, List<Problem> problems) {
    requireNonNull(sourceName, "sourceName must not be null");
    requireNonNull(problems, "problems must not be null");
    return new ValidationReport(sourceName, problems);
  }

  /** {@return the file name the problems refer to} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return every problem, sorted by line and column; empty when the file is valid} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return how many problems are errors} */
  public int errorCount() {
    return errorCount;
  }

  /** {@return how many problems are warnings} */
  public int warningCount() {
    return problems.size() - errorCount;
  }

  /** {@return whether any problem is an error} */
  public boolean hasErrors() {
    return errorCount > 0;
  }

  /** {@return whether there is no problem at all, not even a warning} */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** {@code file: 2 errors, 1 warning}. */
  @Override
  public String toString() {
    return sourceName + ": " + plural(errorCount, "error") + ", " + plural(warningCount(), "warning");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
