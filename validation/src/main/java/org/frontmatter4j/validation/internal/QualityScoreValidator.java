package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.QualityScore;

/** Validates {@link QualityScore}. */
public final class QualityScoreValidator extends RuleValidator<QualityScore, Number> {
  private long min;
  private long max;

  /** Instantiated by Hibernate Validator. */
  public QualityScoreValidator() {}

  @Override
  void configure(QualityScore annotation) {
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    Finding finding = value == null ? null
        : Scores.check(ContentRule.QUALITY_RANGE, "quality score", value, min, max);
    return finding == null || report(context, finding);
  }
}
