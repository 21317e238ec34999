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
import org.frontmatter4j.validation.internal.NonNegativeCountValidator;

/**
 * The value is a count, not negative: followers, members, citations, ratings. {@code null} is
 * valid.
 *
 * <p>Rule: {@code count.negative}. Applies to {@link Number}s.
 *
 * <pre>{@code
 * record Account(@NonNegativeCount int followers) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {NonNegativeCountValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonNegativeCount {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here replaces them all.
   */
  String message() default "must not be negative";

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
