package org.frontmatter4j;

import java.util.List;

/**
 * Thrown when a file cannot be read as front matter or bound to a model. It carries every
 * {@link Problem} found; its message shows the first one with a caret snippet.
 */
public final class FrontMatterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception carrying every problem found.
   *
   * @param problems the problems, at least one; the message lists them all
   */
  public FrontMatterException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception carrying one problem.
   *
   * @param problem the problem; the message is its formatted form
   */
  public FrontMatterException(Problem problem) {
    this(List.of(problem));
  }

  /** {@return every problem found, in source order; never empty} */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    String first = problems.get(0).format();
    int more = problems.size() - 1;
    return more == 0 ? first : first + System.lineSeparator() + "(and " + more + " more problem"
        + (more == 1 ? "" : "s") + ")";
  }
}
