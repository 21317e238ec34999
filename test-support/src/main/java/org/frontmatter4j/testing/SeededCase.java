package org.frontmatter4j.testing;

import java.util.SplittableRandom;

/**
 * One case of a property test: its number in the run and the seed that generates its input.
 *
 * @param index the case's number in the run, from 0
 * @param seed the seed of the case's generator; as {@code -Dfrontmatter4j.seed=} it replays the
 *     case first
 */
public record SeededCase(int index, long seed) {
  /** A new generator for this case: the same values every time. */
  public SplittableRandom random() {
    return new SplittableRandom(seed);
  }

  /** How to replay this case alone. */
  public String replay() {
    return "-D" + Seeds.SEED_PROPERTY + "=" + Seeds.format(seed) + " -D" + Seeds.CASES_PROPERTY
        + "=1";
  }

  /** {@code case 17, seed 0x...}: the display name of a parameterized test's invocation. */
  @Override
  public String toString() {
    return "case " + index + ", seed " + Seeds.format(seed);
  }
}
