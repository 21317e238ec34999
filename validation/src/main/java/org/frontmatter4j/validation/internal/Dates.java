package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.frontmatter4j.validation.ContentRule;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The plausible range of publication dates. */
final class Dates {
  private Dates() {}

  /** The margin the annotation gives, else the content validator's, else the default. */
  static Duration margin(Duration annotated, ConstraintValidatorContext context) {
    if (annotated != null) {
      return annotated;
    }
    Limits limits = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(Limits.class);
    return (limits != null ? limits : Limits.DEFAULTS).futureMargin();
  }

  /** {@code null} for "" (use the context's margin), else the parsed ISO 8601 duration. */
  static Duration parseMargin(String text) {
    if (text.isEmpty()) {
      return null;
    }
    Duration margin = Duration.parse(text);
    if (margin.isNegative()) {
      throw new IllegalArgumentException("futureMargin must not be negative, got " + text);
    }
    return margin;
  }

  static Finding check(Instant instant, Supplier<String> shown, int notBeforeYear,
      Duration margin, Clock clock) {
    Instant earliest = LocalDate.of(notBeforeYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (instant.isBefore(earliest)) {
      return new Finding(ContentRule.DATE_PAST, "must not be before " + notBeforeYear
          + ", but it is " + shown.get());
    }
    if (instant.isAfter(clock.instant().plus(margin))) {
      return new Finding(ContentRule.DATE_FUTURE, "must not be in the future, but " + shown.get()
          + " is more than " + describe(margin) + " ahead of the current time");
    }
    return null;
  }

  /** "1 day", "12 hours", "30 minutes": how a person writes a margin. */
  static String describe(Duration margin) {
    if (margin.toNanosPart() != 0) {
      return margin.toString();
    }
    long seconds = margin.toSeconds();
    if (seconds != 0 && seconds % 86_400 == 0) {
      return plural(seconds / 86_400, "day");
    }
    if (seconds != 0 && seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
