package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What binding a document to a model gave: the value when there was no error, and every problem
 * found (errors and warnings) in source order.
 *
 * @param <T> the model type
 */
public final class BindResult<T> {
  private final T value;
  private final List<Problem> problems;

  private BindResult(T value, List<Problem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /**
   * {@return a result; {@code value} must be null exactly when {@code problems} has an error}
   *
   * @param <T> the type of the bound value
   * @param value the value
   * @param problems the problems found, in source order
   */
  public static <T> BindResult<T> of(T value, List<Problem> problems) {
    requireNonNull(problems, "problems must not be null");
    boolean errors = problems.stream().anyMatch(Problem::isError);
    if (errors == (value != null)) {
      throw new IllegalArgumentException("a value is present exactly when there is no error");
    }
    return new BindResult<>(value, problems);
  }

  /** {@return the bound model, present when there was no error} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return every problem found, errors and warnings, in source order} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return whether any problem is an error} */
  public boolean hasErrors() {
    return value == null;
  }

  /**
   * {@return the model}
   *
   * @throws FrontMatterException with every problem, when there was an error
   */
  public T orElseThrow() {
    if (value == null) {
      throw new FrontMatterException(problems);
    }
    return value;
  }
}
