package org.frontmatter4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Building blocks for {@link Generator}s: each takes the case's random source and draws one
 * value, with a bias toward the edge cases that break code (empty text, lone surrogates,
 * {@code 0}, {@code Integer.MIN_VALUE}).
 */
public final class Generators {
  private static final int[] EDGE_INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

  private Generators() {}

  /** One of {@code choices}, each as likely. */
  public static <T> T oneOf(SplittableRandom random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** One of {@code choices}, each as likely. */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /**
   * The index of a weight, drawn in proportion to it: {@code weighted(random, 3, 1)} is 0 three
   * times in four.
   */
  public static int weighted(SplittableRandom random, int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    throw new AssertionError("unreachable: the draw is below the total");
  }

  /** A string of up to {@code maxLength} chars, each one of {@code alphabet}'s. */
  public static String string(SplittableRandom random, int maxLength, String alphabet) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /**
   * A string of up to {@code maxLength} chars of any kind: ASCII, control characters, any char
   * of the Basic Multilingual Plane (lone surrogates included) and supplementary characters as
   * surrogate pairs (which count two).
   */
  public static String anyString(SplittableRandom random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length + 1);
    while (out.length() < length) {
      switch (weighted(random, 4, 1, 3, 1)) {
        case 0 -> out.append((char) random.nextInt(0x20, 0x7f));
        case 1 -> out.append((char) random.nextInt(0x20));
        case 2 -> out.append((char) random.nextInt(0x10000));
        default -> out.appendCodePoint(random.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
      }
    }
    return out.toString();
  }

  /** Any int, one in eight an edge case (0, 1, -1, the smallest, the largest). */
  public static int anyInt(SplittableRandom random) {
    return random.nextInt(8) == 0 ? EDGE_INTS[random.nextInt(EDGE_INTS.length)] : random.nextInt();
  }

  /** {@code true} or {@code false}. */
  public static boolean anyBoolean(SplittableRandom random) {
    return random.nextBoolean();
  }

  /** A value from {@code value} with probability {@code present}, otherwise empty. */
  public static <T> Optional<T> optional(SplittableRandom random, double present,
      Supplier<T> value) {
    return random.nextDouble() < present ? Optional.of(value.get()) : Optional.empty();
  }

  /** Up to {@code maxSize} values from {@code element}. */
  public static <T> List<T> list(SplittableRandom random, int maxSize, Supplier<T> element) {
    int size = random.nextInt(maxSize + 1);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }
}
