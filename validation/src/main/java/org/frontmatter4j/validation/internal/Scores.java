package org.frontmatter4j.validation.internal;

import org.frontmatter4j.validation.ContentRule;

/** Plausible ranges for Smartable's scores. */
final class Scores {
  /** Values this close to an int bound are the residue of an overflow, not a real score. */
  private static final long OVERFLOW_ZONE = 1L << 30;

  private Scores() {}

  static Finding check(ContentRule rule, String what, Number value, long min, long max) {
    long score = value.longValue();
    if (score >= min && score <= max) {
      return null;
    }
    boolean overflow = score <= Integer.MIN_VALUE + OVERFLOW_ZONE
        || score >= Integer.MAX_VALUE - OVERFLOW_ZONE;
    return new Finding(rule, "should be a " + what + " between " + min + " and " + max + ", but it is "
        + score + (overflow ? ", the mark of an integer overflow in the tool that wrote it" : ""));
  }
}
