package org.frontmatter4j.validation;

import jakarta.validation.Payload;

/**
 * Payloads that set the severity of a constraint's problems, overriding its rule's default:
 * {@code @WebUrl(payload = ContentSeverity.Warning.class)} reports bad links as warnings.
 */
public final class ContentSeverity {
  private ContentSeverity() {}

  /** Problems of this constraint are errors. */
  public interface Error extends Payload {}

  /** Problems of this constraint are warnings. */
  public interface Warning extends Payload {}
}
