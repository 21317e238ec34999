package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.ImageDimensions;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Validates {@link ImageDimensions}. */
public final class ImageDimensionsValidator extends RuleValidator<ImageDimensions, Image> {
  private int max;

  /** Instantiated by Hibernate Validator. */
  public ImageDimensionsValidator() {}

  @Override
  void configure(ImageDimensions annotation) {
    max = annotation.max();
    if (max < -1 || max == 0) {
      throw new IllegalArgumentException("max must be positive, or -1 for the default, got " + max);
    }
  }

  @Override
  public boolean isValid(Image image, ConstraintValidatorContext context) {
    if (image == null) {
      return true;
    }
    int limit = max > 0 ? max : limit(context);
    boolean width = check(image.width(), limit, "width", context);
    boolean height = check(image.height(), limit, "height", context);
    return width && height;
  }

  private boolean check(int pixels, int limit, String property, ConstraintValidatorContext context) {
    if (pixels >= 1 && pixels <= limit) {
      return true;
    }
    return report(context, new Finding(ContentRule.IMAGE_DIMENSIONS, "must be between 1 and "
        + limit + " pixels, but it is " + pixels), property);
  }

  private static int limit(ConstraintValidatorContext context) {
    Limits limits = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(Limits.class);
    return (limits != null ? limits : Limits.DEFAULTS).maxImageDimension();
  }
}
