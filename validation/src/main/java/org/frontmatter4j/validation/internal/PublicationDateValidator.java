package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.PublicationDate;

/** Validates {@link PublicationDate} on date-time objects. */
public final class PublicationDateValidator extends RuleValidator<PublicationDate, TemporalAccessor> {
  private int notBeforeYear;
  private Duration margin;

  /** Instantiated by Hibernate Validator. */
  public PublicationDateValidator() {}

  @Override
  void configure(PublicationDate annotation) {
    notBeforeYear = annotation.notBeforeYear();
    margin = Dates.parseMargin(annotation.futureMargin());
  }

  /** With seconds, as files write it: {@code toString()} drops zero seconds. */
  private static String shown(TemporalAccessor value) {
    return value instanceof OffsetDateTime date
        ? date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : value.toString();
  }

  @Override
  public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (!value.isSupported(ChronoField.INSTANT_SECONDS)) {
      return report(context, new Finding(ContentRule.DATE_ZONE, "must have a zone or offset, but "
          + value + " (a " + value.getClass().getSimpleName() + ") has none"));
    }
    // Formatting the date for a message costs more than the check: only a finding needs it.
    Instant instant = value instanceof OffsetDateTime date ? date.toInstant() : Instant.from(value);
    Finding finding = Dates.check(instant, () -> shown(value), notBeforeYear,
        Dates.margin(margin, context), context.getClockProvider().getClock());
    return finding == null || report(context, finding);
  }
}
