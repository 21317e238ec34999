package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;

/**
 * The parser's and binder's fast paths give exactly what the general paths give: property paths
 * built only for problems, date-times read without a formatter, duplicate keys checked without a
 * hash map in small mappings.
 */
class HotPathBehaviourTest {
  private static final ContentReader READER = ContentReader.builder().build();
  private static final FrontMatterParser PARSER = FrontMatterParser.builder().build();

  private static String news(String publishedDateTime, String provider, String rest) {
    return "---\ncategory: news\ntitle: t\nexcerpt: e\npublishedDateTime: " + publishedDateTime
        + "\noriginalUrl: u\ntype: article\nprovider:\n" + provider + "topics: []\n" + rest
        + "---\nbody\n";
  }

  private static BindResult<NewsArticle> bind(String text) {
    return READER.bindNews(PARSER.parse(text, "a.md"));
  }

  @Test
  void everyDateTimeInSmartablesFormBindsAsIsoOffsetDateTimeReadsIt() {
    List<String> mismatches = new ArrayList<>();
    int valid = 0;
    for (String year : List.of("0000", "2020", "2021")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          for (String time : List.of("00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60")) {
            String text = String.format("%s-%02d-%02dT%sZ", year, month, day, time);
            BindResult<NewsArticle> result = bind(news(text, "  name: n\n  domain: d\n", ""));
            OffsetDateTime expected = isoOrNull(text);
            if (expected != null) {
              valid++;
            }
            boolean same = expected != null
                ? result.problems().isEmpty()
                    && result.value().orElseThrow().publishedDateTime().equals(expected)
                : result.problems().size() == 1
                    && result.problems().get(0).ruleId().equals("schema.date")
                    && result.problems().get(0).message().contains("'" + text + "' is not a valid");
            if (!same) {
              mismatches.add(text + " -> " + result.problems() + " " + result.value());
            }
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // Years 0 and 2020 are leap years; two of the five times are valid.
    assertThat(valid).isEqualTo(2 * (366 + 366 + 365));
  }

  private static OffsetDateTime isoOrNull(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void otherDateTimeFormsStillGoThroughTheFormatter() {
    NewsArticle article =
        bind(news("2020-09-23T18:53:00.250+02:00", "  name: n\n  domain: d\n", "")).orElseThrow();

    assertThat(article.publishedDateTime())
        .isEqualTo(OffsetDateTime.of(2020, 9, 23, 18, 53, 0, 250_000_000, ZoneOffset.ofHours(2)));
  }

  @Test
  void anInvalidDateInSmartablesFormIsReportedAsBefore() {
    BindResult<NewsArticle> result =
        bind(news("2021-02-29T10:00:00Z", "  name: n\n  domain: d\n", ""));

    assertThat(result.problems()).singleElement().hasToString(
        "a.md:5:20: error: 'publishedDateTime' must be a date-time with a zone, such as"
            + " 2020-09-23T16:53:00Z, but '2021-02-29T10:00:00Z' is not a valid date-time"
            + " [schema.date]");
  }

  @Test
  void bindingProblemsNameTheFullPropertyPath() {
    String provider = "  name: n\n  domain: d\n  images:\n    - url: x\n      width: wide\n"
        + "      height: 1\n    - url: y\n      width: 1\n";
    BindResult<NewsArticle> result = bind(news("2020-09-23T16:53:00Z", provider,
        "images:\n  - url: z\n    width: 1\n    height: 2\n    isCahced: true\n"));

    assertThat(result.problems()).extracting(Problem::propertyPath, Problem::line, Problem::column,
        Problem::message).containsExactly(
            Tuple.tuple("provider.images[0].width", 13, 14,
                "'width' must be an integer, but it is the string \"wide\""),
            Tuple.tuple("provider.images[1].height", 15, 7,
                "an image needs 'height'; add a 'height:' line"),
            Tuple.tuple("images[0].isCahced", 22, 5,
                "unknown key 'isCahced' in an image; did you mean 'isCached'?"));
  }

  @Test
  void parserProblemsNameTheFullPropertyPath() {
    FrontMatterParser small = FrontMatterParser.builder().maxScalarLength(3).build();

    FrontMatterException e = catchThrowableOfType(FrontMatterException.class,
        () -> small.parse("---\na:\n  b:\n    - ok\n    - long\n---\n", "a.md"));

    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.propertyPath()).isEqualTo("a.b[1]");
      assertThat(problem).hasToString("a.md:5:7: error: this value is 4 characters long, more"
          + " than the limit of 3 (maxScalarLength) [limit.scalar-length]");
    });
  }

  @Test
  void duplicateKeysAreFoundInSmallAndLargeMappings() {
    for (int keys : new int[] {2, 31, 32, 33, 40}) {
      for (int duplicate : new int[] {0, keys - 1}) {
        StringBuilder text = new StringBuilder("---\nouter:\n");
        for (int k = 0; k < keys; k++) {
          text.append("  k").append(k).append(": v\n");
        }
        text.append("  k").append(duplicate).append(": again\n---\n");

        FrontMatterException e = catchThrowableOfType(FrontMatterException.class,
            () -> PARSER.parse(text.toString(), "a.md"));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
          assertThat(problem.propertyPath()).isEqualTo("outer.k" + duplicate);
          assertThat(problem).hasToString("a.md:" + (keys + 3) + ":3: error: duplicate key 'k"
              + duplicate + "': it is first defined on line " + (duplicate + 3)
              + "; remove one of them [yaml.duplicate-key]");
        });
      }
    }
  }
}
