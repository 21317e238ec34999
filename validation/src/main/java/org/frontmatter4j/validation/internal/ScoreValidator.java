package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.frontmatter4j.validation.ContentRule;

/** A plausible range for one of Smartable's scores. */
abstract class ScoreValidator<A extends Annotation> extends RuleValidator<A, Number> {
  /** Values this close to an int bound are the residue of an overflow, not a real score. */
  private static final long OVERFLOW_ZONE = 1L << 30;

  private final ContentRule rule;
  private final String what;
  private long min;
  private long max;

  ScoreValidator(ContentRule rule, String what) {
    this.rule = rule;
    this.what = what;
  }

  /** Sets the range from the annotation. */
  final void range(long min, long max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public final boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null || (value.longValue() >= min && value.longValue() <= max)) {
      return true;
    }
    long score = value.longValue();
    boolean overflow = score <= Integer.MIN_VALUE + OVERFLOW_ZONE
        || score >= Integer.MAX_VALUE - OVERFLOW_ZONE;
    return report(context, new Finding(rule, "should be a " + what + " between " + min + " and "
        + max + ", but it is " + score
        + (overflow ? ", the mark of an integer overflow in the tool that wrote it" : "")));
  }
}
