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
import org.frontmatter4j.validation.internal.PublicationDateTextValidator;
import org.frontmatter4j.validation.internal.PublicationDateValidator;

/**
 * The value is a plausible publication date with an explicit zone: not before
 * {@link #notBeforeYear()} (UTC), and not later than now plus a margin, now being the
 * {@link jakarta.validation.ClockProvider} clock of the validator (a {@link ContentValidator}
 * sets it from its builder). {@code null} is valid.
 *
 * <p>Applies to {@link java.time.temporal.TemporalAccessor}s ({@code OffsetDateTime},
 * {@code ZonedDateTime} and {@code Instant} carry a zone; {@code LocalDateTime} and
 * {@code LocalDate} are always reported) and to {@link CharSequence}s in ISO 8601 form with an
 * offset, such as {@code 2020-09-23T16:53:00Z}.
 *
 * <p>Rules: {@code date.format}, {@code date.zone}, {@code date.past}, {@code date.future}.
 */
@Documented
@Constraint(validatedBy = {PublicationDateValidator.class, PublicationDateTextValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PublicationDate {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be a plausible date-time with a zone";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};

  /** {@return the first plausible year} Default 1990: the web is younger. */
  int notBeforeYear() default 1990;

  /**
   * {@return how far in the future a date may be, as an ISO 8601 duration such as {@code PT12H}}
   * Default {@code ""}: the margin of the {@link ContentValidator} in use, or {@code P1D} outside
   * one.
   */
  String futureMargin() default "";
}
