package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.WebUrl;

/** Validates {@link WebUrl}. */
public final class WebUrlValidator extends RuleValidator<WebUrl, CharSequence> {
  private boolean allowSiteRelative;

  /** Instantiated by Hibernate Validator. */
  public WebUrlValidator() {}

  @Override
  void configure(WebUrl annotation) {
    allowSiteRelative = annotation.allowSiteRelative();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Finding finding = WebUrls.check(value.toString(), allowSiteRelative);
    return finding == null || report(context, finding);
  }
}
