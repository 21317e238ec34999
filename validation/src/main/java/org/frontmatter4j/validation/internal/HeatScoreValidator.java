package org.frontmatter4j.validation.internal;

import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.HeatScore;

/** Validates {@link HeatScore}. */
public final class HeatScoreValidator extends ScoreValidator<HeatScore> {
  /** Instantiated by Hibernate Validator. */
  public HeatScoreValidator() {
    super(ContentRule.HEAT_RANGE, "heat score");
  }

  @Override
  void configure(HeatScore annotation) {
    range(annotation.min(), annotation.max());
  }
}
