package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.RatingAverage;

/** Validates {@link RatingAverage}, exactly for {@link BigDecimal}s. */
public final class RatingAverageValidator extends RuleValidator<RatingAverage, Number> {
  private BigDecimal min;
  private BigDecimal max;

  /** Instantiated by Hibernate Validator. */
  public RatingAverageValidator() {}

  @Override
  void configure(RatingAverage annotation) {
    min = BigDecimal.valueOf(annotation.min());
    max = BigDecimal.valueOf(annotation.max());
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    BigDecimal average = value instanceof BigDecimal decimal ? decimal
        : Double.isFinite(value.doubleValue()) ? new BigDecimal(value.toString()) : null;
    return average != null && average.compareTo(min) >= 0 && average.compareTo(max) <= 0
        || report(context, new Finding(ContentRule.RATING_RANGE, "must be an average rating"
            + " between " + min + " and " + max + ", but it is " + value));
  }
}
