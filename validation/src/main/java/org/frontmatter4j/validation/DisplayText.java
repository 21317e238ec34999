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
import org.frontmatter4j.validation.internal.DisplayTextValidator;

/**
 * The value is text a reader sees, such as a title or an excerpt: not empty, not only white
 * space, and free of control characters. A line break is reported apart, as a warning: a web
 * page folds it into a space, but feeds, meta descriptions and one-line listings show it.
 * {@code null} is valid.
 *
 * <p>Rules: {@code text.blank}, {@code text.control}, {@code text.line-break}. Applies to
 * {@link CharSequence}s.
 */
@Documented
@Constraint(validatedBy = {DisplayTextValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DisplayText {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be visible text without control characters";

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
   * Whether the empty text is allowed: a collection made from a playlist without a description
   * has {@code excerpt: ""}. White space only is still refused. Default {@code false}.
   *
   * @return whether the empty text is allowed
   */
  boolean allowEmpty() default false;
}
