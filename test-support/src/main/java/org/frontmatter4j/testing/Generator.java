package org.frontmatter4j.testing;

import java.util.SplittableRandom;

/**
 * Makes one value from a seeded random source, no larger than {@code size}: strings and lists
 * are at most about that long. The same random state and size make the same value, which is
 * what lets {@link Property} shrink a failure by asking again for less.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * The value for this random state.
   *
   * @param random the case's random source
   * @param size the largest string and list length to make; 0 makes the smallest values
   * @return a new value
   */
  T generate(SplittableRandom random, int size);
}
