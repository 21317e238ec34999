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
import org.frontmatter4j.validation.internal.RatingAverageValidator;

/**
 * The value is an average rating on a scale from {@link #min()} to {@link #max()}, by default
 * Smartable's 0 to 5 stars. {@code null} is valid.
 *
 * <p>Rule: {@code rating.range}. Applies to {@link Number}s.
 *
 * <pre>{@code
 * record Ratings(int count, @RatingAverage BigDecimal average) {}   // 4.4396553
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {RatingAverageValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface RatingAverage {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here replaces them all.
   */
  String message() default "must be an average rating between 0 and 5";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};

  /** {@return the lowest rating} */
  int min() default 0;

  /** {@return the highest rating} */
  int max() default 5;
}
