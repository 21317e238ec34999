package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
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
  /** The message parameters that mark a repeated message's template: see reportItem. */
  private static final List<String> DIGITS = List.of("r0", "r1", "r2", "r3");

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

  /**
   * Reports a finding on one item of the validated list; returns {@code false}. {@code templates}
   * counts the templates reported on the list's items so far: one map per validated list.
   *
   * <p>Hibernate Validator gathers violations in a hash set, and a violation's hash code takes
   * its property path's from the path's last node only, which is the same for every item:
   * {@code topics[1]} and {@code topics[9999]} differ in the node before it. Items reported with
   * the same message (10,000 repeats of one topic) thus shared one hash code, and each violation
   * was compared with every earlier one: quadratic, 10 to 20 s for 10,000 items. So a repeated
   * template, which the hash code includes, gets the number of its repeats in base 4, written
   * as message parameters that interpolate to nothing: the message itself is unchanged.
   */
  final boolean reportItem(ConstraintValidatorContext context, Finding finding, int index,
      Map<String, Integer> templates) {
    HibernateConstraintValidatorContext hibernate = start(context, finding);
    String template = template(finding);
    int repeat = templates.merge(template, 1, Integer::sum) - 1;
    if (repeat > 0) {
      StringBuilder marked = new StringBuilder();
      for (int rest = repeat; rest != 0; rest >>>= 2) {
        marked.append('{').append(DIGITS.get(rest & 3)).append('}');
      }
      template = marked.append(template).toString();
      for (String digit : DIGITS) {
        hibernate.addMessageParameter(digit, "");
      }
    }
    hibernate.buildConstraintViolationWithTemplate(template)
        .addBeanNode().inIterable().atIndex(index).addConstraintViolation();
    return false;
  }

  private ConstraintValidatorContext.ConstraintViolationBuilder builder(
      ConstraintValidatorContext context, Finding finding) {
    return start(context, finding).buildConstraintViolationWithTemplate(template(finding));
  }

  private static HibernateConstraintValidatorContext start(ConstraintValidatorContext context,
      Finding finding) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    // Set before each violation: Hibernate Validator copies it into the violation it builds.
    hibernate.withDynamicPayload(finding.rule());
    return hibernate;
  }

  private String template(Finding finding) {
    return customTemplate != null ? customTemplate : escape(finding.message());
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
