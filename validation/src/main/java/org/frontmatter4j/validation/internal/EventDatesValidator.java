package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.format.DateTimeFormatter;
import org.frontmatter4j.model.Event;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.EventDates;

/** Validates {@link EventDates}. */
public final class EventDatesValidator extends RuleValidator<EventDates, Event> {
  /** Instantiated by Hibernate Validator. */
  public EventDatesValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null || !event.endDateTime().isBefore(event.startDateTime())) {
      return true;
    }
    return report(context, new Finding(ContentRule.EVENT_END_BEFORE_START, "must not be before"
        + " startDateTime, but the event ends at "
        + event.endDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", before it starts at "
        + event.startDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), "endDateTime");
  }
}
