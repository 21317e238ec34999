package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;

/**
 * Base of this module's validators: each violation carries its
 * {@link org.frontmatter4j.validation.ContentRule} as Hibernate Validator's dynamic payload, and
 * says precisely what is wrong unless the constraint was given a message of its own.
 *
 * <p>Messages quote content, which comes from untrusted files, so they reach the interpolator
 * with every {@code \ { } $} escaped: under an Expression Language interpolator (a user's own
 * validator factory may have one) a quoted {@code ${...}} would otherwise be evaluated.
 */
abstract class RuleValidator<A extends Annotation, T> implements HibernateConstraintValidator<A, T> {
  private String customTemplate;

  @Override
  public final void initialize(ConstraintDescriptor<A> descriptor,
      HibernateConstraintValidatorInitializationContext context) {
    String template = descriptor.getMessageTemplate();
    customTemplate = template.equals(defaultMessage(descriptor.getAnnotation())) ? null : template;
    configure(descriptor.getAnnotation());
  }

  /** Reads the constraint's attributes; called once before any validation. */
  void configure(A annotation) {}

  /** Reports a finding on the validated value itself; returns {@code false}. */
  final boolean report(ConstraintValidatorContext context, Finding finding) {
    return report(context, finding, null);
  }

  /** Reports a finding on a property of the validated bean; returns {@code false}. */
  final boolean report(ConstraintValidatorContext context, Finding finding, String property) {
    var builder = builder(context, finding);
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
    return false;
  }

  /** Reports a finding on one item of the validated list; returns {@code false}. */
  final boolean reportItem(ConstraintValidatorContext context, Finding finding, int index) {
    builder(context, finding).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
    return false;
  }

  private ConstraintValidatorContext.ConstraintViolationBuilder builder(
      ConstraintValidatorContext context, Finding finding) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    // Set before each violation: Hibernate Validator copies it into the violation it builds.
    hibernate.withDynamicPayload(finding.rule());
    return hibernate.buildConstraintViolationWithTemplate(
        customTemplate != null ? customTemplate : escape(finding.message()));
  }

  private static String defaultMessage(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("message").getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a constraint without message()", e);
    }
  }

  /** A literal message for the interpolator: every metacharacter escaped. */
  static String escape(String message) {
    StringBuilder out = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
