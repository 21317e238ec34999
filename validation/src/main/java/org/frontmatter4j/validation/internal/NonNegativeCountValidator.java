package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.NonNegativeCount;

/** Validates {@link NonNegativeCount}. */
public final class NonNegativeCountValidator extends RuleValidator<NonNegativeCount, Number> {
  /** Instantiated by Hibernate Validator. */
  public NonNegativeCountValidator() {}

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    return value == null || value.longValue() >= 0
        || report(context, new Finding(ContentRule.COUNT_NEGATIVE,
            "must not be negative, but it is " + value));
  }
}
