package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontmatter4j.model.Image;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public constraints on a user's own beans, validated by a user's own validator. Paths are
 * Hibernate Validator's rendering, with its {@code <list element>} nodes.
 */
class ConstraintsTest {
  /** A bean with one value. */
  public static final class Value<T> {
    /** A provider domain. */
    @DomainName
    public String domain;
    /** A signature. */
    @SecuredSignature
    public String secured;
    /** A title. */
    @DisplayText
    public String title;
    /** Topics. */
    @TopicList
    public List<String> topics;
    /** A heat score. */
    @HeatScore
    public Long heat;
    /** A quality score. */
    @QualityScore
    public Integer quality;
    /** A date as text. */
    @PublicationDate
    public String date;
    /** A date-time object. */
    @PublicationDate
    public TemporalAccessor temporal;
    /** A date with its own margin and start. */
    @PublicationDate(futureMargin = "PT1H", notBeforeYear = 2000)
    public String narrowDate;
    /** Images with a lower limit. */
    public List<@ImageDimensions(max = 100) Image> thumbnails;
    /** Images with the default limit. */
    public List<@ImageDimensions Image> images;
  }

  private static List<String> check(java.util.function.Consumer<Value<?>> set) {
    Value<?> bean = new Value<>();
    set.accept(bean);
    return UserBeans.violations(bean);
  }

  @Nested
  class DomainNames {
    @ParameterizedTest
    @ValueSource(strings = {"thenextweb.com", "www.nasdaq.com", "EXAMPLE.com", "a-b.co.uk",
        "xn--bcher-kva.example", "192.168.0.1", "x.y"})
    void valid(String domain) {
      assertThat(check(b -> b.domain = domain)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "localhost|'localhost' has no dot; a public host name has at least two labels, such as example.com",
        "https://x.com|'https://x.com' has the character ':'; host names have only letters, digits, '-' and '.'",
        "bücher.de|'bücher.de' has the character 'ü'; host names have only letters, digits, '-' and '.'",
        "x..com|'x..com' has an empty label (two dots in a row, or a dot at the start)",
        ".x.com|'.x.com' has an empty label (two dots in a row, or a dot at the start)",
        "x-.com|'x-.com' has the label 'x-', which starts or ends with '-'",
        "example.123|'example.123' ends with the all-digit label '123', which is neither a top-level domain nor an IPv4 address",
        "\"   \"|'   ' has the character ' '; host names have only letters, digits, '-' and '.'"})
    void invalid(String domain, String problem) {
      assertThat(check(b -> b.domain = domain)).containsExactly(
          "domain domain.name: must be a host name such as example.com, but " + problem);
    }

    @Test
    void lengths() {
      String label63 = "a".repeat(63);
      assertThat(check(b -> b.domain = label63 + ".com")).isEmpty();
      assertThat(check(b -> b.domain = "a" + label63 + ".com")).containsExactly("domain domain.name:"
          + " must be a host name such as example.com, but '" + "a".repeat(57) + "...' has a label"
          + " of 64 characters; labels have at most 63");
      String name = String.join(".", label63, label63, label63, "a".repeat(61));
      assertThat(name).hasSize(253);
      assertThat(check(b -> b.domain = name)).isEmpty();
      assertThat(check(b -> b.domain = "a" + name)).containsExactly("domain domain.name: must be a"
          + " host name such as example.com, but '" + "a".repeat(57) + "...' is 254 characters"
          + " long; host names have at most 253");
    }
  }

  @Nested
  class Signatures {
    private static final String SIGNATURE = "c2lnbmF0dXJlIG9mIHRoZSBhcnRpY2xl";
    private static final String NONCE = "tOi3j35l9coV0rDyJGrLzQ==";

    @Test
    void valid() {
      assertThat(check(b -> b.secured = SIGNATURE + ";" + NONCE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "c2lnbmF0dXJl|it has no ';'",
        "a;b;c|it has more than one ';'",
        ";tOi3j35l9coV0rDyJGrLzQ==|the part before ';' is empty",
        "c2lnbmF0dXJlIG9mIHRoZSBhcnRpY2x;tOi3j35l9coV0rDyJGrLzQ==|the part before ';' is not padded standard Base64",
        "a*bc;tOi3j35l9coV0rDyJGrLzQ==|the part before ';' is not padded standard Base64",
        "abcd;tOi3j35l9coV0rDyJGrLzQ|the part after ';' is not padded standard Base64",
        "abcd;tOi3j35l9coV0rDyJGrL|the part after ';' holds 15 bytes, not 16",
        "abcd;|the part after ';' holds 0 bytes, not 16"})
    void invalid(String secured, String problem) {
      assertThat(check(b -> b.secured = secured)).containsExactly(
          "secured secured.format: must be <base64>;<base64 of 16 bytes>, but " + problem);
    }
  }

  @Nested
  class DisplayTexts {
    @ParameterizedTest
    @ValueSource(strings = {"Power Apps", "x", "Ünïcödé – “quotes” 😀"})
    void valid(String title) {
      assertThat(check(b -> b.title = title)).isEmpty();
    }

    static Stream<Arguments> invalid() {
      return Stream.of(
          Arguments.of("", "text.blank: must not be empty"),
          Arguments.of("   ", "text.blank: must not be only white space"),
          Arguments.of(" \t\n", "text.blank: must not be only white space"),
          Arguments.of("a\u0007b", "text.control: must not contain the control character U+0007"),
          Arguments.of("a\tb", "text.control: must not contain the control character U+0009"),
          Arguments.of("a\r\nb\u0000", "text.control: must not contain the control character U+0000"),
          Arguments.of("a\r\nb", "text.line-break: should be one line, but it has the line break"
              + " U+000D; use a space"),
          Arguments.of("a\nb", "text.line-break: should be one line, but it has the line break"
              + " U+000A; use a space"));
    }

    @ParameterizedTest
    @MethodSource
    void invalid(String title, String expected) {
      assertThat(check(b -> b.title = title)).containsExactly("title " + expected);
    }
  }

  @Nested
  class Topics {
    @Test
    void valid() {
      assertThat(check(b -> b.topics = List.of("AI", "Machine Learning"))).isEmpty();
    }

    @Test
    void empty() {
      assertThat(check(b -> b.topics = List.of()))
          .containsExactly("topics topics.empty: must list at least one topic");
    }

    @Test
    void everyRepeatIsReportedOnItsItemIgnoringCaseAndSurroundingSpace() {
      assertThat(check(b -> b.topics = List.of("AI", "ML", "ai", " AI ", "ml"))).containsExactly(
          "topics[2] topics.duplicate: must not repeat item 0, 'AI' (topics are compared ignoring"
              + " case); remove it",
          "topics[3] topics.duplicate: must not repeat item 0, 'AI' (topics are compared ignoring"
              + " case); remove it",
          "topics[4] topics.duplicate: must not repeat item 1, 'ML' (topics are compared ignoring"
              + " case); remove it");
    }

    @Test
    void contentInMessagesIsNeverInterpolated() {
      // Unescaped, {message} would become the constraint's message attribute, and an
      // Expression Language interpolator would evaluate ${...}.
      assertThat(check(b -> b.topics = List.of("${1+1}{message}", "${1+1}{MESSAGE}")))
          .containsExactly("topics[1] topics.duplicate: must not repeat item 0, '${1+1}{message}'"
              + " (topics are compared ignoring case); remove it");
    }
  }

  @Nested
  class Scores {
    @ParameterizedTest
    @ValueSource(longs = {-1_000_000, -289, 0, 373, 1_000_000})
    void plausibleHeat(long heat) {
      assertThat(check(b -> b.heat = heat)).isEmpty();
    }

    @Test
    void implausibleHeat() {
      assertThat(check(b -> b.heat = -2147483598L)).containsExactly("heat heat.range: should be a"
          + " heat score between -1000000 and 1000000, but it is -2147483598, the mark of an"
          + " integer overflow in the tool that wrote it");
      assertThat(check(b -> b.heat = 1_000_001L)).containsExactly("heat heat.range: should be a"
          + " heat score between -1000000 and 1000000, but it is 1000001");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, 189, 1000})
    void plausibleQuality(int quality) {
      assertThat(check(b -> b.quality = quality)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001})
    void implausibleQuality(int quality) {
      assertThat(check(b -> b.quality = quality)).containsExactly("quality quality.range: should"
          + " be a quality score between 0 and 1000, but it is " + quality);
    }
  }

  /** "Now" is 2025-06-01T12:00:00Z; the default margin is one day. */
  @Nested
  class Dates {
    @ParameterizedTest
    @ValueSource(strings = {"2020-09-23T16:53:00Z", "2020-02-29T00:00:00Z", "2020-09-23T16:53:00+02:00",
        "2020-09-23T16:53:00.123456789Z", "1990-01-01T00:00:00Z", "1990-01-01T02:00:00+02:00",
        "2025-06-02T12:00:00Z", "2025-06-02T14:00:00+02:00"})
    void validText(String date) {
      assertThat(check(b -> b.date = date)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2021-02-29T10:00:00Z|date.format: must be an ISO 8601 date-time such as 2020-09-23T16:53:00Z,"
            + " but '2021-02-29T10:00:00Z' is not one: Invalid date 'February 29' as '2021' is not a leap year",
        "2020-09-23T24:00:00Z|date.format: must be an ISO 8601 date-time such as 2020-09-23T16:53:00Z,"
            + " but '2020-09-23T24:00:00Z' is not one: Invalid value for HourOfDay (valid values 0 - 23): 24",
        "2020-04-31T10:00:00Z|date.format: must be an ISO 8601 date-time such as 2020-09-23T16:53:00Z,"
            + " but '2020-04-31T10:00:00Z' is not one: Invalid date 'APRIL 31'",
        "yesterday|date.format: must be an ISO 8601 date-time such as 2020-09-23T16:53:00Z,"
            + " but 'yesterday' is not one",
        "2020-09-23 16:53:00Z|date.format: must be an ISO 8601 date-time such as 2020-09-23T16:53:00Z,"
            + " but '2020-09-23 16:53:00Z' is not one",
        "2020-09-23T16:53:00|date.zone: must have a zone, such as Z for UTC or +02:00, but"
            + " '2020-09-23T16:53:00' has none",
        "2020-09-23|date.zone: must be a date-time with a zone, such as 2020-09-23T16:53:00Z, but"
            + " '2020-09-23' is only a date",
        "1989-12-31T23:59:59Z|date.past: must not be before 1990, but it is 1989-12-31T23:59:59Z",
        "1990-01-01T00:59:59+01:00|date.past: must not be before 1990, but it is 1990-01-01T00:59:59+01:00",
        "2025-06-02T12:00:01Z|date.future: must not be in the future, but 2025-06-02T12:00:01Z is"
            + " more than 1 day ahead of the current time",
        "2999-01-01T00:00:00Z|date.future: must not be in the future, but 2999-01-01T00:00:00Z is"
            + " more than 1 day ahead of the current time"})
    void invalidText(String date, String expected) {
      assertThat(check(b -> b.date = date)).containsExactly("date " + expected);
    }

    @Test
    void theAnnotationCanSetItsOwnRange() {
      assertThat(check(b -> b.narrowDate = "2025-06-01T13:00:00Z")).isEmpty();
      assertThat(check(b -> b.narrowDate = "2025-06-01T13:00:01Z")).containsExactly("narrowDate"
          + " date.future: must not be in the future, but 2025-06-01T13:00:01Z is more than 1 hour"
          + " ahead of the current time");
      assertThat(check(b -> b.narrowDate = "1999-12-31T23:59:59Z")).containsExactly("narrowDate"
          + " date.past: must not be before 2000, but it is 1999-12-31T23:59:59Z");
    }

    @Test
    void dateTimeObjects() {
      assertThat(check(b -> b.temporal = OffsetDateTime.parse("2020-09-23T16:53:00Z"))).isEmpty();
      assertThat(check(b -> b.temporal = Instant.parse("2020-09-23T16:53:00Z"))).isEmpty();
      assertThat(check(b -> b.temporal = OffsetDateTime.parse("2999-01-01T00:00:00Z")))
          .containsExactly("temporal date.future: must not be in the future, but"
              + " 2999-01-01T00:00:00Z is more than 1 day ahead of the current time");
      assertThat(check(b -> b.temporal = Instant.parse("1980-01-01T00:00:00Z")))
          .containsExactly("temporal date.past: must not be before 1990, but it is 1980-01-01T00:00:00Z");
      assertThat(check(b -> b.temporal = LocalDateTime.parse("2020-09-23T16:53:00")))
          .containsExactly("temporal date.zone: must have a zone or offset, but 2020-09-23T16:53"
              + " (a LocalDateTime) has none");
    }
  }

  @Nested
  class ImageSizes {
    private Image image(int width, int height) {
      return Image.builder().url("https://example.com/a.png").width(width).height(height).build();
    }

    @Test
    void withinLimits() {
      assertThat(check(b -> b.images = List.of(image(1, 1), image(20_000, 20_000)))).isEmpty();
      assertThat(check(b -> b.thumbnails = List.of(image(100, 100)))).isEmpty();
    }

    @Test
    void eachBadSideIsReportedOnItsProperty() {
      assertThat(check(b -> b.images = List.of(image(50, 50), image(0, 20_001)))).containsExactly(
          "images[1].<list element>.height image.dimensions: must be between 1 and 20000 pixels, but it is 20001",
          "images[1].<list element>.width image.dimensions: must be between 1 and 20000 pixels, but it is 0");
      assertThat(check(b -> b.images = List.of(image(-5, 10)))).containsExactly(
          "images[0].<list element>.width image.dimensions: must be between 1 and 20000 pixels, but it is -5");
    }

    @Test
    void theAnnotationCanSetItsOwnLimit() {
      assertThat(check(b -> b.thumbnails = List.of(image(101, 100)))).containsExactly(
          "thumbnails[0].<list element>.width image.dimensions: must be between 1 and 100 pixels, but it is 101");
    }
  }

  @Nested
  class AmpLinkPairs {
    /** A user's bean with AMP links. */
    @AmpCacheMatch
    public record Page(Optional<String> ampWebUrl, Optional<String> cdnAmpWebUrl)
        implements AmpLinks {}

    private List<String> amp(String amp, String cache) {
      return UserBeans.violations(new Page(Optional.ofNullable(amp), Optional.ofNullable(cache)));
    }

    @Test
    void matchingPairs() {
      assertThat(amp(null, null)).isEmpty();
      assertThat(amp("https://thenextweb.com/a/amp/",
          "https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/a/amp/")).isEmpty();
      assertThat(amp("http://www.my-site.co.uk/a?amp=1#x",
          "https://www-my--site-co-uk.cdn.ampproject.org/c/www.my-site.co.uk/a?amp=1#x")).isEmpty();
      assertThat(amp("https://bücher.example/a",
          "https://xn--bcher-example-wob.cdn.ampproject.org/c/s/bücher.example/a")).isEmpty();
    }

    @Test
    void mismatches() {
      assertThat(amp("http://thenextweb.com/a/amp/",
          "https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/a/amp/")).containsExactly(
          "cdnAmpWebUrl amp.cache-mismatch: must be the AMP cache form of 'ampWebUrl',"
              + " https://thenextweb-com.cdn.ampproject.org/c/thenextweb.com/a/amp/");
      assertThat(amp("https://www.nasdaq.com/a?amp",
          "https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/a")).containsExactly(
          "cdnAmpWebUrl amp.cache-mismatch: must be the AMP cache form of 'ampWebUrl',"
              + " https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/a?amp");
    }

    @Test
    void incompletePairs() {
      assertThat(amp("https://thenextweb.com/a/amp/", null)).containsExactly("ampWebUrl"
          + " amp.incomplete: has no matching 'cdnAmpWebUrl'; add its AMP cache link, or remove it");
      assertThat(amp(null, "https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/a/"))
          .containsExactly("cdnAmpWebUrl amp.incomplete: has no 'ampWebUrl' it is the cache form"
              + " of; add the AMP link, or remove it");
    }

    @Test
    void invalidLinksAreLeftToWebUrl() {
      assertThat(amp("javascript:alert(1)", "https://x-com.cdn.ampproject.org/c/s/x.com/")).isEmpty();
    }
  }
}
