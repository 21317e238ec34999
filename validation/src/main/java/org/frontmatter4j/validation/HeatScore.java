package org.frontmatter4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.frontmatter4j.validation.internal.HeatScoreValidator;

/**
 * The value is a plausible Smartable heat (popularity) score. Real scores run from about -300 to
 * 400; values such as {@code -2147483598}, which occur in real course files, are integer overflows.
 * Reported as a warning by default: the content is still usable. {@code null} is valid.
 *
 * <p>Rule: {@code heat.range}. Applies to {@link Number}s.
 */
@Documented
@Constraint(validatedBy = {HeatScoreValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HeatScore {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be a plausible heat score";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};

  /** {@return smallest plausible score} */
  long min() default -1_000_000;

  /** {@return largest plausible score} */
  long max() default 1_000_000;
}
