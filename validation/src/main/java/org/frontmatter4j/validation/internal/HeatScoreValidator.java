package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.HeatScore;

/** Validates {@link HeatScore}. */
public final class HeatScoreValidator extends RuleValidator<HeatScore, Number> {
  private long min;
  private long max;

  /** Instantiated by Hibernate Validator. */
  public HeatScoreValidator() {}

  @Override
  void configure(HeatScore annotation) {
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    Finding finding = value == null ? null
        : Scores.check(ContentRule.HEAT_RANGE, "heat score", value, min, max);
    return finding == null || report(context, finding);
  }
}
