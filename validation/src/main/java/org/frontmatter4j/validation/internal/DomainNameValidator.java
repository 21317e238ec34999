package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.DomainName;

/** Validates {@link DomainName}. */
public final class DomainNameValidator extends RuleValidator<DomainName, CharSequence> {
  /** Instantiated by Hibernate Validator. */
  public DomainNameValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String problem = HostNames.problem(value.toString());
    return problem == null
        || report(context, new Finding(ContentRule.DOMAIN_NAME, "must be a host name such as"
            + " example.com, but '" + Texts.abbreviate(value.toString()) + "' " + problem));
  }
}
