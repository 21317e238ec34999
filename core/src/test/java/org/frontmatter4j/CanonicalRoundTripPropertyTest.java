package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.testing.Property;
import org.frontmatter4j.testing.SeededCase;
import org.frontmatter4j.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a news article holds, the canonical writer writes text that reads back as it.
 * Seeded cases ({@link Seeds}): a failure prints the seed that replays it.
 */
class CanonicalRoundTripPropertyTest {
  private static final ContentReader READER = ContentReader.builder().build();
  private static final FrontMatterWriter LF = FrontMatterWriter.builder().build();
  private static final FrontMatterWriter CRLF =
      FrontMatterWriter.builder().lineEnding(LineEnding.CRLF).build();

  static Stream<SeededCase> thousandCases() {
    return Seeds.cases(1000);
  }

  static Stream<SeededCase> twoHundredCases() {
    return Seeds.cases(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thousandCases")
  void canonicalTextReadsBackAsTheSameArticle(SeededCase seeded) {
    Property.check(seeded, Articles.ANY, article -> {
      for (FrontMatterWriter writer : List.of(LF, CRLF)) {
        String written = writer.writeCanonical(article);
        assertThat(READER.readNews(written, "generated.md")).isEqualTo(article);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoHundredCases")
  void canonicalBytesReadBackAsTheSameArticle(SeededCase seeded) {
    Property.check(seeded, Articles.WELL_FORMED, article -> {
      byte[] bytes = LF.writeCanonical(article).getBytes(StandardCharsets.UTF_8);
      assertThat(READER.readNews(READER.parser().parse(bytes, "generated.md")))
          .isEqualTo(article);
    });
  }
}
