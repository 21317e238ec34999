package org.frontmatter4j.validation.internal;

import java.time.Duration;

/**
 * The limits a {@link org.frontmatter4j.validation.ContentValidator} hands its validators, as
 * Hibernate Validator's constraint validator payload: one shared validator factory serves every
 * content validator, whatever its limits.
 *
 * @param maxImageDimension largest plausible image width or height, in pixels
 * @param futureMargin      how far in the future a publication date may be
 */
public record Limits(int maxImageDimension, Duration futureMargin) {
  /** Wider than any real picture (the largest in the corpus is a few thousand pixels). */
  public static final int DEFAULT_MAX_IMAGE_DIMENSION = 20_000;
  /** A day covers every zone's clock being ahead of UTC, and nothing more. */
  public static final Duration DEFAULT_FUTURE_MARGIN = Duration.ofDays(1);
  /** The limits outside a content validator. */
  public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_IMAGE_DIMENSION, DEFAULT_FUTURE_MARGIN);
}
