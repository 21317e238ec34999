package org.frontmatter4j.testing;

import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The seeds of a run of property tests: plain JUnit, no property-testing engine.
 *
 * <p>A run has one seed, {@code -Dfrontmatter4j.seed=N} (decimal or {@code 0x} hex), or a new one
 * every run. Case 0 of every property uses the run seed itself and case {@code i} a seed mixed
 * from it, so the seed a failure prints, given as {@code -Dfrontmatter4j.seed=}, replays that
 * case first. {@code -Dfrontmatter4j.cases=N} runs N cases of every property instead of its
 * default (1 to replay one case, many for a longer search).
 *
 * <pre>{@code
 * static Stream<SeededCase> cases() {
 *   return Seeds.cases(1000);
 * }
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("cases")
 * void roundTrips(SeededCase seeded) {
 *   Property.check(seeded, Articles::article, article -> assertThat(...));
 * }
 * }</pre>
 */
public final class Seeds {
  /** The system property that fixes the run seed. */
  public static final String SEED_PROPERTY = "frontmatter4j.seed";
  /** The system property that overrides every property's number of cases. */
  public static final String CASES_PROPERTY = "frontmatter4j.cases";

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final long RUN_SEED = initialSeed();

  private Seeds() {}

  /** This run's seed: the {@value #SEED_PROPERTY} property, or one drawn when the run began. */
  public static long runSeed() {
    return RUN_SEED;
  }

  /**
   * The cases of one property: {@code defaultCount} of them, or {@value #CASES_PROPERTY} when it
   * is set.
   */
  public static Stream<SeededCase> cases(int defaultCount) {
    String configured = System.getProperty(CASES_PROPERTY);
    int count = configured == null || configured.isBlank()
        ? defaultCount : Integer.parseInt(configured.trim());
    return LongStream.range(0, count).mapToObj(i -> new SeededCase((int) i, caseSeed(RUN_SEED, i)));
  }

  /** The seed of case {@code index} of a run: the run seed for case 0, a mix of both after it. */
  public static long caseSeed(long runSeed, long index) {
    return index == 0 ? runSeed : mix(runSeed + index * GOLDEN_GAMMA);
  }

  /** {@code 0x} and 16 hex digits: the form {@value #SEED_PROPERTY} takes back. */
  public static String format(long seed) {
    return String.format("0x%016x", seed);
  }

  /** Reads a seed as {@link #format} writes it, or in decimal. */
  public static long parse(String seed) {
    String text = seed.trim();
    if (text.startsWith("0x") || text.startsWith("0X")) {
      return Long.parseUnsignedLong(text.substring(2), 16);
    }
    return Long.parseLong(text);
  }

  private static long initialSeed() {
    String configured = System.getProperty(SEED_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return parse(configured);
    }
    return mix(System.nanoTime() ^ ProcessHandle.current().pid() * GOLDEN_GAMMA);
  }

  /** SplitMix64's finalizer (as in {@link java.util.SplittableRandom}): spreads every bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
