package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.PublicationDate;

/**
 * Validates {@link PublicationDate} on text. The format is RFC 3339's profile of ISO 8601, which
 * Java's strict ISO parser implements: so {@code 24:00} and 29 February of a common year are
 * refused, and so is a date-time without an offset.
 */
public final class PublicationDateTextValidator
    extends RuleValidator<PublicationDate, CharSequence> {
  private int notBeforeYear;
  private Duration margin;

  /** Instantiated by Hibernate Validator. */
  public PublicationDateTextValidator() {}

  @Override
  void configure(PublicationDate annotation) {
    notBeforeYear = annotation.notBeforeYear();
    margin = Dates.parseMargin(annotation.futureMargin());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    OffsetDateTime date;
    try {
      date = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return report(context, unparseable(text, e));
    }
    Finding finding = Dates.check(date.toInstant(), () -> text, notBeforeYear,
        Dates.margin(margin, context), context.getClockProvider().getClock());
    return finding == null || report(context, finding);
  }

  private static Finding unparseable(String text, DateTimeParseException e) {
    String shown = "'" + Texts.abbreviate(text) + "'";
    if (parses(() -> LocalDateTime.parse(text))) {
      return new Finding(ContentRule.DATE_ZONE, "must have a zone, such as Z for UTC or +02:00,"
          + " but " + shown + " has none");
    }
    if (parses(() -> LocalDate.parse(text))) {
      return new Finding(ContentRule.DATE_ZONE, "must be a date-time with a zone, such as"
          + " 2020-09-23T16:53:00Z, but " + shown + " is only a date");
    }
    String reason = e.getCause() instanceof DateTimeException cause ? ": " + cause.getMessage()
        : "";
    return new Finding(ContentRule.DATE_FORMAT, "must be an ISO 8601 date-time such as"
        + " 2020-09-23T16:53:00Z, but " + shown + " is not one" + reason);
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
