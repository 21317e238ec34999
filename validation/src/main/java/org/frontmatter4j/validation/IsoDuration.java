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
import org.frontmatter4j.validation.internal.IsoDurationValidator;

/**
 * The value is an ISO 8601 duration, such as {@code PT13M34S} or {@code PT2H21M}, or a period,
 * such as {@code P1M} or {@code P6W}, and not negative: how long a course, a video or a
 * collection takes. Text such as {@code 57 minutes} is refused with the ISO form to write instead.
 * {@code null} is valid.
 *
 * <p>Rule: {@code length.format}. Applies to {@link CharSequence}s.
 *
 * <pre>{@code
 * record Lesson(@IsoDuration String length) {}   // "PT57M"
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {IsoDurationValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDuration {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here replaces them all.
   */
  String message() default "must be an ISO 8601 duration or period";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};
}
