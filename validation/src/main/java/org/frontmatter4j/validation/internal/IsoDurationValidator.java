package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.IsoDuration;

/**
 * Validates {@link IsoDuration}: what {@link Duration#parse} or {@link Period#parse} reads, or
 * both joined ({@code P1DT2H}), not negative.
 */
public final class IsoDurationValidator extends RuleValidator<IsoDuration, CharSequence> {
  /** A length in words, such as {@code 10 hours} or {@code 6 Weeks}, that has an ISO form. */
  private static final Pattern WORDS = Pattern.compile(
      "(\\d+)\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)",
      Pattern.CASE_INSENSITIVE);

  /** Instantiated by Hibernate Validator. */
  public IsoDurationValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    Boolean negative = negative(text);
    if (negative == null) {
      String iso = iso(text);
      return report(context, new Finding(ContentRule.LENGTH_FORMAT, "must be an ISO 8601 duration"
          + " such as PT13M34S or a period such as P1M, but '" + Texts.abbreviate(text)
          + "' is not one" + (iso == null ? "" : "; write " + iso)));
    }
    return !negative || report(context, new Finding(ContentRule.LENGTH_FORMAT,
        "must not be negative, but it is " + Texts.abbreviate(text)));
  }

  /** Whether the text is a negative length; null when it is not an ISO length at all. */
  private static Boolean negative(String text) {
    try {
      return Duration.parse(text).isNegative();
    } catch (DateTimeParseException notDuration) {
      // a period, or a period and a time: P1M, P1Y2M3DT4H
    }
    int time = text.indexOf('T');
    try {
      Period period = Period.parse(time < 0 ? text : text.substring(0, time));
      boolean negative = period.isNegative();
      if (time >= 0) {
        negative |= Duration.parse("P" + text.substring(time)).isNegative();
      }
      return negative;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The ISO form of a length in words, such as {@code PT10H} for {@code 10 hours}; or null. */
  static String iso(String text) {
    Matcher words = WORDS.matcher(text.strip());
    if (!words.matches()) {
      return null;
    }
    String amount = words.group(1);
    String unit = words.group(2).toLowerCase(Locale.ROOT);
    return switch (unit.charAt(0)) {
      case 's' -> "PT" + amount + "S";
      case 'm' -> unit.startsWith("mo") ? "P" + amount + "M" : "PT" + amount + "M";
      case 'h' -> "PT" + amount + "H";
      case 'd' -> "P" + amount + "D";
      case 'w' -> "P" + amount + "W";
      default -> "P" + amount + "Y";
    };
  }
}
