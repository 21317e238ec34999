package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.AmpCacheMatch;

/** Validates {@link AmpCacheMatch} on a {@link NewsArticle}. */
public final class NewsAmpValidator extends RuleValidator<AmpCacheMatch, NewsArticle> {
  /** Instantiated by Hibernate Validator. */
  public NewsAmpValidator() {}

  @Override
  public boolean isValid(NewsArticle value, ConstraintValidatorContext context) {
    return value == null || AmpCache.check(value.ampWebUrl(), value.cdnAmpWebUrl())
        .map(wrong -> report(context, wrong.finding(), wrong.property()))
        .orElse(true);
  }
}
