package org.frontmatter4j.validation.internal;

import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.QualityScore;

/** Validates {@link QualityScore}. */
public final class QualityScoreValidator extends ScoreValidator<QualityScore> {
  /** Instantiated by Hibernate Validator. */
  public QualityScoreValidator() {
    super(ContentRule.QUALITY_RANGE, "quality score");
  }

  @Override
  void configure(QualityScore annotation) {
    range(annotation.min(), annotation.max());
  }
}
