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
import org.frontmatter4j.validation.internal.AmpLinksValidator;
import org.frontmatter4j.validation.internal.NewsAmpValidator;
import org.frontmatter4j.validation.internal.RelatedAmpValidator;

/**
 * A bean's AMP link and AMP cache link agree: both present or both absent, and the cache link is
 * the Google AMP cache form of the AMP link, {@code https://<host>.cdn.ampproject.org/c/s/<host><path>}
 * where the first {@code <host>} has each {@code -} doubled and each {@code .} replaced by
 * {@code -} ({@code /c/} without {@code s/} for an http link). A link that is not a valid web
 * link is left to {@link WebUrl}.
 *
 * <p>Applies to {@link org.frontmatter4j.model.NewsArticle},
 * {@link org.frontmatter4j.model.RelatedArticle} and any bean implementing {@link AmpLinks}.
 *
 * <p>Rules: {@code amp.cache-mismatch}, {@code amp.incomplete}, reported on the property that is
 * wrong or present alone.
 */
@Documented
@Constraint(validatedBy = {NewsAmpValidator.class, RelatedAmpValidator.class, AmpLinksValidator.class})
@Target({TYPE, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface AmpCacheMatch {
  /**
   * {@return the message} By default each problem gets a precise message of its own; a message
   * given here
   * replaces them all.
   */
  String message() default "must have an AMP cache link that matches its AMP link";

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
