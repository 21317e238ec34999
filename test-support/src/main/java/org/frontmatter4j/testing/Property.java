package org.frontmatter4j.testing;

import org.opentest4j.TestAbortedException;

/**
 * Checks a property on the input a seeded case generates; on failure, shrinks by size and
 * reports the seed that replays the case.
 *
 * <p>Shrinking regenerates the case's input from the same seed at sizes 0, 1, 2, 4, ... below
 * the one that failed and reports the first that fails too: small strings and short lists, often
 * the single value that matters. The original failure is kept as a suppressed exception.
 */
public final class Property {
  /** The size cases are generated at unless a test says otherwise. */
  public static final int DEFAULT_SIZE = 30;

  private Property() {}

  /**
   * What must hold for every generated value; an assertion error or any exception breaks it.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks one value.
     *
     * @param value the generated input
     * @throws Exception when the property does not hold, as an assertion error may too
     */
    void accept(T value) throws Exception;
  }

  /** Checks {@code property} on the value of {@code seeded} at {@link #DEFAULT_SIZE}. */
  public static <T> void check(SeededCase seeded, Generator<T> generator, Check<T> property) {
    check(seeded, DEFAULT_SIZE, generator, property);
  }

  /** Checks {@code property} on the value {@code generator} makes for {@code seeded}. */
  public static <T> void check(SeededCase seeded, int size, Generator<T> generator,
      Check<T> property) {
    T value = generator.generate(seeded.random(), size);
    Throwable failure = failure(property, value);
    if (failure == null) {
      return;
    }
    int shrunkSize = size;
    T shrunk = value;
    Throwable shrunkFailure = failure;
    for (int smaller = 0; smaller < size; smaller = smaller == 0 ? 1 : smaller * 2) {
      T candidate = generator.generate(seeded.random(), smaller);
      Throwable candidateFailure = failure(property, candidate);
      if (candidateFailure != null) {
        shrunkSize = smaller;
        shrunk = candidate;
        shrunkFailure = candidateFailure;
        break;
      }
    }
    AssertionError error = new AssertionError("property failed on " + seeded + " (replay it with "
        + seeded.replay() + "; run seed " + Seeds.format(Seeds.runSeed()) + ")\n"
        + "smallest failing input, size " + shrunkSize + " of " + size + ": "
        + Texts.visible(String.valueOf(shrunk)) + "\n" + shrunkFailure, shrunkFailure);
    if (shrunkFailure != failure) {
      error.addSuppressed(failure);
    }
    throw error;
  }

  private static <T> Throwable failure(Check<T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (TestAbortedException e) {
      throw e;
    } catch (Exception | AssertionError | StackOverflowError e) {
      return e;
    }
  }
}
