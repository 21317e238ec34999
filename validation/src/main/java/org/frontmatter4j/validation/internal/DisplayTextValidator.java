package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.DisplayText;

/** Validates {@link DisplayText}. */
public final class DisplayTextValidator extends RuleValidator<DisplayText, CharSequence> {
  /** Instantiated by Hibernate Validator. */
  public DisplayTextValidator() {}

  private boolean allowEmpty;

  @Override
  void configure(DisplayText annotation) {
    allowEmpty = annotation.allowEmpty();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() == 0 && allowEmpty) {
      return true;
    }
    if (value.toString().isBlank()) {
      return report(context, new Finding(ContentRule.TEXT_BLANK,
          value.length() == 0 ? "must not be empty" : "must not be only white space"));
    }
    int control = Texts.firstControl(value);
    if (control >= 0) {
      return report(context, new Finding(ContentRule.TEXT_CONTROL,
          "must not contain the control character " + Texts.codePoint(control)));
    }
    int lineBreak = Texts.firstLineBreak(value);
    return lineBreak < 0 || report(context, new Finding(ContentRule.TEXT_LINE_BREAK,
        "should be one line, but it has the line break " + Texts.codePoint(lineBreak)
            + "; use a space"));
  }
}
