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
import org.frontmatter4j.validation.internal.SecuredSignatureValidator;

/**
 * The value is a Smartable signature: {@code <base64>;<base64 of 16 bytes>}, both parts in the
 * standard Base64 alphabet with padding. {@code null} is valid.
 *
 * <p>Rule: {@code secured.format}. Applies to {@link CharSequence}s.
 */
@Documented
@Constraint(validatedBy = {SecuredSignatureValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SecuredSignature {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be <base64>;<base64 of 16 bytes>";

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
