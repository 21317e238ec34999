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
import org.frontmatter4j.validation.internal.WebUrlValidator;

/**
 * The value is a valid web link: an absolute {@code http} or {@code https} URL with a valid host
 * (internationalized names allowed) and optional port, no white space, no ASCII character that
 * RFC 3986 requires to be percent-encoded, and only well-formed {@code %XX} escapes. Non-ASCII
 * characters are allowed in paths and queries, as in RFC 3987 IRIs. {@code null} is valid.
 *
 * <p>Rules: {@code url.syntax}, {@code url.scheme}, {@code url.host}, {@code url.port},
 * {@code url.encoding}. Applies to {@link CharSequence}s.
 *
 * <pre>{@code
 * class Link {
 *   @WebUrl String href;                               // "https://example.com/a?b=c"
 *   @WebUrl(allowSiteRelative = true) String picture;  // also "/assets/images/a.png"
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {WebUrlValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WebUrl {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must be a valid http or https link";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /**
   * Payloads; {@link ContentSeverity.Warning} or {@link ContentSeverity.Error} set the severity
   * a {@link ContentValidator} reports.
   *
   * @return payloads for the constraint
   */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether a site path such as {@code /assets/images/logo.png} is also accepted} */
  boolean allowSiteRelative() default false;
}
