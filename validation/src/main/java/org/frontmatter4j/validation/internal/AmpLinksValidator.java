package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.AmpLinks;
import org.frontmatter4j.validation.AmpCacheMatch;

/** Validates {@link AmpCacheMatch} on a {@link AmpLinks}. */
public final class AmpLinksValidator extends RuleValidator<AmpCacheMatch, AmpLinks> {
  /** Instantiated by Hibernate Validator. */
  public AmpLinksValidator() {}

  @Override
  public boolean isValid(AmpLinks value, ConstraintValidatorContext context) {
    return value == null || AmpCache.check(value.ampWebUrl(), value.cdnAmpWebUrl())
        .map(wrong -> report(context, wrong.finding(), wrong.property()))
        .orElse(true);
  }
}
