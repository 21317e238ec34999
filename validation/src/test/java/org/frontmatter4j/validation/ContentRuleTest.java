package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.frontmatter4j.Severity;
import org.junit.jupiter.api.Test;

/** The rule list that reports and SARIF viewers show. */
class ContentRuleTest {

  @Test
  void everyRuleHasAUniqueIdAndOneSentenceOfDescription() {
    assertThat(Arrays.stream(ContentRule.values()).map(ContentRule::id)).doesNotHaveDuplicates();
    for (ContentRule rule : ContentRule.values()) {
      assertThat(rule.description()).as(rule.id()).matches("[A-Z][^\\n]{10,}\\.")
          .doesNotContain("{@");
      assertThat(ContentRule.byId(rule.id())).contains(rule);
    }
  }

  @Test
  void warningsAreTheDocumentedFour() {
    assertThat(Arrays.stream(ContentRule.values()).filter(r -> r.severity() == Severity.WARNING)
        .map(ContentRule::id))
        .containsExactly("text.line-break", "heat.range", "quality.range", "file.date");
    assertThat(ContentRule.byId("yaml.syntax")).isEmpty();
  }
}
