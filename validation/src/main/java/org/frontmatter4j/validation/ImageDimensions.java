package org.frontmatter4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.frontmatter4j.validation.internal.ImageDimensionsValidator;

/**
 * An {@link org.frontmatter4j.model.Image} has a positive width and height, neither larger than
 * {@link #max()}. Put on the image type (the {@link ContentValidator} applies it to the model);
 * check the image link with {@link WebUrl}. {@code null} is valid.
 *
 * <p>Rule: {@code image.dimensions}, reported on the {@code width} or {@code height} property.
 */
@Documented
@Constraint(validatedBy = {ImageDimensionsValidator.class})
@Target({TYPE, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ImageDimensions {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must have a plausible width and height";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the largest plausible width or height in pixels} Default -1: the limit of the
   * {@link ContentValidator} in use, or 20,000 outside one.
   */
  int max() default -1;
}
