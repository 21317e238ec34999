package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files made to produce thousands of problems: each is reported once, at its place, fast (the
 * parser's limits bound how many there can be).
 */
// Generous: when the Jazzer fuzz test ran first in the same JVM, every class loaded after it is
// instrumented, and on a loaded 2-core machine the first case took 15.6 s (4.6 s alone). A
// quadratic report would take minutes.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileContentTest {
  private final ContentValidator validator = Fixtures.validator();

  private static int lineOf(String text, String piece) {
    int at = text.indexOf(piece);
    assertThat(at).as("'%s' is in the text", piece).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void tenThousandRepeatedTopicsAreEachReportedOnce() {
    String text = Fixtures.replace("  - Machine Learning\n  - AI\n", "  - AI\n".repeat(10_000));
    int first = lineOf(text, "  - AI\n");

    List<Problem> problems = validator.validate(Fixtures.parse(text)).problems();

    assertThat(problems).hasSize(9_999);
    assertThat(problems.get(0).toString()).isEqualTo("news.md:" + (first + 1) + ":5: error:"
        + " 'topics[1]' must not repeat item 0, 'AI' (topics are compared ignoring case); remove"
        + " it [topics.duplicate]");
    assertThat(problems.get(9_998).toString()).isEqualTo("news.md:" + (first + 9_999) + ":5:"
        + " error: 'topics[9999]' must not repeat item 0, 'AI' (topics are compared ignoring"
        + " case); remove it [topics.duplicate]");
  }

  @Test
  void twoThousandRelatedArticlesWithScriptLinksAreEachReported() {
    String related = "  - title: \"R\"\n    webUrl: \"javascript:alert(1)\"\n";
    String text = Fixtures.NEWS.substring(0, Fixtures.NEWS.indexOf("related:\n"))
        + "related:\n" + related.repeat(2_000)
        + Fixtures.NEWS.substring(Fixtures.NEWS.indexOf("secured:"));
    int first = lineOf(text, "    webUrl: \"javascript");

    List<Problem> problems = validator.validate(Fixtures.parse(text)).problems();

    assertThat(problems).hasSize(2_000);
    assertThat(problems.get(0).toString()).isEqualTo("news.md:" + first + ":13: error: 'webUrl'"
        + " must be an http or https link, not a 'javascript:' link [url.scheme]");
    assertThat(problems.get(0).propertyPath()).isEqualTo("related[0].webUrl");
    assertThat(problems.get(1_999).toString()).isEqualTo("news.md:" + (first + 2 * 1_999)
        + ":13: error: 'webUrl' must be an http or https link, not a 'javascript:' link"
        + " [url.scheme]");
    assertThat(problems.get(1_999).propertyPath()).isEqualTo("related[1999].webUrl");
  }
}
