package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.ContentSeverity;
import org.frontmatter4j.validation.DisplayText;
import org.frontmatter4j.validation.HeatScore;
import org.frontmatter4j.validation.WebUrl;
import org.junit.jupiter.api.Test;

class ViolationProblemsTest {
  private static final FrontMatterDocument DOCUMENT = FrontMatterParser.builder().build().parse("""
      ---
      link: "javascript:x"
      heat: -5
      notes:
        - "ok"
        - ""
      labels:
        first: "  "
      ---
      """, "bean.md");

  /** A user's bean, shaped like the document above. */
  public static final class Bean {
    /** A link reported as a warning. */
    @WebUrl(payload = ContentSeverity.Warning.class)
    public String link = "javascript:x";
    /** A warning rule made an error. */
    @HeatScore(min = 0, payload = ContentSeverity.Error.class)
    public int heat = -5;
    /** Text items. */
    public List<@DisplayText String> notes = List.of("ok", "");
    /** Text values. */
    public Map<String, @DisplayText String> labels = Map.of("first", "  ");
    /** Not one of this module's constraints. */
    @NotNull
    public String missing;
  }

  private static List<String> problems() {
    return ValidatorBootstrap.factory().getValidator().validate(new Bean()).stream()
        .map(ViolationProblemsTest::problem).map(p -> p.propertyPath() + " " + p).sorted().toList();
  }

  private static Problem problem(ConstraintViolation<Bean> violation) {
    return ViolationProblems.toProblem(violation, DOCUMENT);
  }

  @Test
  void payloadsSetTheSeverityPathsAreYamlKeysAndOtherConstraintsStillReport() {
    assertThat(problems()).containsExactly(
        "heat bean.md:3:7: error: 'heat' should be a heat score between 0 and 1000000, but it is -5"
            + " [heat.range]",
        "labels.first bean.md:8:10: error: 'first' must not be only white space [text.blank]",
        "link bean.md:2:7: warning: 'link' must be an http or https link, not a 'javascript:' link"
            + " [url.scheme]",
        "missing bean.md:2:1: error: 'missing' must not be null [constraint]",
        "notes[1] bean.md:6:5: error: 'notes[1]' must not be empty [text.blank]");
  }
}
