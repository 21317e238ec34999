package org.frontmatter4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.frontmatter4j.validation.internal.EventDatesValidator;

/**
 * An {@link org.frontmatter4j.model.Event}'s {@code endDateTime} is not before its
 * {@code startDateTime}, compared as instants (so offsets may differ). Reported at
 * {@code endDateTime}.
 *
 * <p>Rule: {@code event.end-before-start}. Applies to {@link org.frontmatter4j.model.Event}s.
 */
@Documented
@Constraint(validatedBy = {EventDatesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EventDates {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here replaces them all.
   */
  String message() default "must not end before it starts";

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
