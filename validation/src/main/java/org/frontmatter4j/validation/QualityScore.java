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
import org.frontmatter4j.validation.internal.QualityScoreValidator;

/**
 * The value is a plausible Smartable quality score: never negative, and real scores stay below
 * 200. Reported as a warning by default. {@code null} is valid.
 *
 * <p>Rule: {@code quality.range}. Applies to {@link Number}s.
 */
@Documented
@Constraint(validatedBy = {QualityScoreValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface QualityScore {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be a plausible quality score";

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
  long min() default 0;

  /** {@return largest plausible score} */
  long max() default 1_000;
}
