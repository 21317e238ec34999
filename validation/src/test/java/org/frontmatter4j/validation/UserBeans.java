package org.frontmatter4j.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A user's own validator, with Hibernate Validator's defaults (JavaBeans getters, no link to
 * this module's bootstrap): the public constraints must work there too.
 */
final class UserBeans {
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .clockProvider(() -> Fixtures.CLOCK)
      .buildValidatorFactory()
      .getValidator();

  private UserBeans() {}

  /** Each violation as {@code path rule: message}, sorted. */
  static List<String> violations(Object bean) {
    return VALIDATOR.validate(bean).stream().map(UserBeans::describe).sorted().toList();
  }

  private static String describe(ConstraintViolation<?> violation) {
    return violation.getPropertyPath() + " "
        + ContentRule.of(violation).map(ContentRule::id).orElse("?") + ": "
        + violation.getMessage();
  }
}
