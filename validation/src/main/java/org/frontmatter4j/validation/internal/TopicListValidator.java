package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.TopicList;

/** Validates {@link TopicList}. */
public final class TopicListValidator extends RuleValidator<TopicList, Collection<?>> {
  /** Instantiated by Hibernate Validator. */
  public TopicListValidator() {}

  @Override
  public boolean isValid(Collection<?> topics, ConstraintValidatorContext context) {
    if (topics == null) {
      return true;
    }
    if (topics.isEmpty()) {
      return report(context, new Finding(ContentRule.TOPICS_EMPTY,
          "must list at least one topic"));
    }
    boolean valid = true;
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> templates = new HashMap<>();
    List<String> texts = new ArrayList<>(topics.size());
    for (Object topic : topics) {
      texts.add(String.valueOf(topic));
    }
    for (int index = 0; index < texts.size(); index++) {
      Integer first = seen.putIfAbsent(texts.get(index).strip().toLowerCase(Locale.ROOT), index);
      if (first != null) {
        valid = reportItem(context, new Finding(ContentRule.TOPICS_DUPLICATE, "must not repeat"
            + " item " + first + ", '" + texts.get(first) + "' (topics are compared ignoring case);"
            + " remove it"), index, templates);
      }
    }
    return valid;
  }
}
