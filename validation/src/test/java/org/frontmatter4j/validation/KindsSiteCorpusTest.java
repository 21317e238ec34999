package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The whole power-apps-site checkout as {@code validate} checks it: every file bound to the kind
 * of its folder, every collection item found, no error.
 */
class KindsSiteCorpusTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theRealSiteHasNoErrorAndEveryFileHasItsKind() {
    Path site = Corpus.root().resolve("power-apps-site");
    SiteReport report = SiteValidator.builder()
        .validator(ContentValidator.builder().clock(CLOCK).build())
        .build()
        .validate(List.of(site));
    Map<String, Integer> rules = new TreeMap<>();
    for (Problem problem : report.problems()) {
      rules.merge(problem.ruleId(), 1, Integer::sum);
    }
    System.out.println("power-apps-site: " + report + " " + rules);

    assertThat(report.errors()).isZero();
    assertThat(report.failures()).isEmpty();
    assertThat(report.kinds()).containsExactly(Map.entry(Kind.NEWS, 192),
        Map.entry(Kind.PERSON, 6), Map.entry(Kind.COURSE, 82), Map.entry(Kind.VIDEO, 331),
        Map.entry(Kind.COLLECTION, 35), Map.entry(Kind.SAMPLE, 107),
        Map.entry(Kind.NEWSLETTER, 31), Map.entry(Kind.COMMUNITY, 5));
    // news file names a day after their UTC date; excerpts with their source's line breaks
    assertThat(rules).isEqualTo(Map.of("file.date", 10, "text.line-break", 13));
    assertThat(report.toString()).isEqualTo("789 files (331 videos, 192 news, 107 samples,"
        + " 82 courses, 35 collections, 31 newsletters, 6 people, 5 communities), 0 errors,"
        + " 23 warnings");
  }
}
