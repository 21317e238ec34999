package org.frontmatter4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PropertyTest {
  private static final Generator<String> LETTERS =
      (random, size) -> Generators.string(random, size, "ab");

  @Test
  void aPassingPropertyChecksTheCasesValueOnce() {
    List<String> seen = new ArrayList<>();
    SeededCase seeded = new SeededCase(3, 42);

    Property.check(seeded, LETTERS, seen::add);

    assertThat(seen).containsExactly(LETTERS.generate(new SplittableRandom(42), 30));
  }

  @Test
  void aFailureNamesTheSeedThatReplaysItAndTheSmallestFailingInput() {
    SeededCase seeded = firstCaseWhere(value -> value.contains("b") && value.length() > 8);

    AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.check(
        seeded, LETTERS, value -> assertThat(value).doesNotContain("b")));

    String seed = Seeds.format(seeded.seed());
    assertThat(error).hasMessageStartingWith("property failed on case 0, seed " + seed
        + " (replay it with -Dfrontmatter4j.seed=" + seed + " -Dfrontmatter4j.cases=1; run seed ");
    String smallest = error.getMessage().lines().skip(1).findFirst().orElseThrow();
    assertThat(smallest).startsWith("smallest failing input, size ");
    int size = Integer.parseInt(
        smallest.replaceAll("^smallest failing input, size (\\d+) of 30: .*", "$1"));
    assertThat(size).as("a smaller size than the failing one").isLessThan(30);
    String shrunk = LETTERS.generate(seeded.random(), size);
    assertThat(shrunk).contains("b");
    assertThat(smallest).endsWith(": " + shrunk);
    assertThat(error.getCause()).isInstanceOf(AssertionError.class);
    assertThat(error.getSuppressed()).as("the failure at the original size").hasSize(1);
  }

  @Test
  void anAbortedCaseIsAbortedNotShrunk() {
    List<String> seen = new ArrayList<>();

    catchThrowableOfType(TestAbortedException.class, () -> Property.check(new SeededCase(0, 7),
        LETTERS, value -> {
          seen.add(value);
          throw new TestAbortedException("no corpus");
        }));

    assertThat(seen).hasSize(1);
  }

  @Test
  void caseZeroIsTheRunSeedSoAPrintedSeedReplaysItsCase() {
    assertThat(Seeds.caseSeed(99, 0)).isEqualTo(99);
    assertThat(Seeds.caseSeed(99, 1)).isNotEqualTo(99).isNotEqualTo(Seeds.caseSeed(99, 2));
    assertThat(Seeds.cases(5)).extracting(SeededCase::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(Seeds.parse(Seeds.format(-5))).isEqualTo(-5);
    assertThat(Seeds.parse("123")).isEqualTo(123);
  }

  @Test
  void visibleTextEscapesWhatATerminalHides() {
    assertThat(Texts.visible("a\n\t\u2028\uD800😀\u00A0 é")).isEqualTo("a\\n\\t\\u2028\\uD800😀\\u00A0 é");
  }

  /** A case, at the run's first index, whose value at the default size fails. */
  private static SeededCase firstCaseWhere(java.util.function.Predicate<String> fails) {
    for (long seed = 1; ; seed++) {
      if (fails.test(LETTERS.generate(new SplittableRandom(seed), Property.DEFAULT_SIZE))) {
        return new SeededCase(0, seed);
      }
    }
  }
}
