package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.validation.AmpCacheMatch;

/** Validates {@link AmpCacheMatch} on a {@link RelatedArticle}. */
public final class RelatedAmpValidator extends RuleValidator<AmpCacheMatch, RelatedArticle> {
  /** Instantiated by Hibernate Validator. */
  public RelatedAmpValidator() {}

  @Override
  public boolean isValid(RelatedArticle value, ConstraintValidatorContext context) {
    return value == null || AmpCache.check(value.ampWebUrl(), value.cdnAmpWebUrl())
        .map(wrong -> report(context, wrong.finding(), wrong.property()))
        .orElse(true);
  }
}
