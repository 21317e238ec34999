package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentValidatorTest {
  @TempDir
  Path dir;

  private static List<String> lines(ValidationReport report) {
    return report.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void everyProblemOfTheFileAtOnceInSourceOrder() {
    String text = Fixtures.replace("        width: 800", "        width: 0");
    text = Fixtures.replaceIn(text, "heat: 107", "heat: -2147483598");
    text = Fixtures.replaceIn(text, "title: \"Facebook removes Chinese network of fake accounts\"",
        "title: \"\"");

    ValidationReport report = Fixtures.validator().validate(Fixtures.parse(text));

    assertThat(lines(report)).containsExactly(
        "news.md:3:8: error: 'title' must not be empty [text.blank]",
        "news.md:11:7: warning: 'heat' should be a heat score between -1000000 and 1000000, but it"
            + " is -2147483598, the mark of an integer overflow in the tool that wrote it [heat.range]",
        "news.md:43:16: error: 'width' must be between 1 and 20000 pixels, but it is 0"
            + " [image.dimensions]");
    assertThat(report.errorCount()).isEqualTo(2);
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isClean()).isFalse();
    assertThat(report.sourceName()).isEqualTo("news.md");
    assertThat(report).hasToString("news.md: 2 errors, 1 warning");
  }

  @Test
  void bindingErrorsAreTheReportWhenThereIsNoArticle() {
    String text = Fixtures.replace("quality: 87", "quality: high\nqualty: 3");

    ValidationReport report = Fixtures.validator().validate(Fixtures.parse(text));

    assertThat(lines(report)).containsExactly(
        "news.md:10:10: error: 'quality' must be an integer, but it is the string \"high\" [schema.type]",
        "news.md:11:1: error: unknown key 'qualty' in a news article; did you mean 'quality'? [schema.unknown-key]");
  }

  @Test
  void aLenientValidatorReportsBindingWarningsAndViolationsTogether() {
    String text = Fixtures.replace("quality: 87", "qualty: 3\nquality: -3");
    ContentValidator lenient = ContentValidator.builder().clock(Fixtures.CLOCK).lenient(true).build();

    ValidationReport report = lenient.validate(Fixtures.parse(text));

    assertThat(lines(report)).containsExactly(
        "news.md:10:1: warning: unknown key 'qualty' in a news article; did you mean 'quality'? [schema.unknown-key]",
        "news.md:11:10: warning: 'quality' should be a quality score between 0 and 1000, but it is -3 [quality.range]");
    assertThat(report.hasErrors()).isFalse();
    assertThat(lenient.lenient()).isTrue();
  }

  @Test
  void anArticleAndItsSource() {
    FrontMatterDocument document = Fixtures.parse(Fixtures.NEWS);
    NewsArticle article = org.frontmatter4j.ContentReader.builder().build().readNews(document)
        .withHeat(-2147483598);

    ValidationReport report = Fixtures.validator().validate(article, document);

    assertThat(lines(report)).containsExactly("news.md:11:7: warning: 'heat' should be a heat"
        + " score between -1000000 and 1000000, but it is -2147483598, the mark of an integer"
        + " overflow in the tool that wrote it [heat.range]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-09-23T16:53:00|has no zone; add 'Z' for UTC or an offset such as +02:00",
      "2021-02-29T16:53:00Z|is not a valid date-time",
      "2020-09-23T24:00:00Z|is not a valid date-time",
      "2020-09-23|has no time; add one, such as T00:00:00Z"})
  void datesTheReaderRefusesAreReportedWithTheOtherProblems(String date, String problem) {
    String text = Fixtures.replace("publishedDateTime: 2020-09-23T16:53:00Z",
        "publishedDateTime: " + date);
    text = Fixtures.replaceIn(text, "title: \"Facebook removes Chinese network of fake accounts\"",
        "title: [a, b]");

    assertThat(lines(Fixtures.validator().validate(Fixtures.parse(text)))).containsExactly(
        "news.md:3:8: error: 'title' must be a string, but it is a list [schema.type]",
        "news.md:5:20: error: 'publishedDateTime' must be a date-time with a zone, such as"
            + " 2020-09-23T16:53:00Z, but '" + date + "' " + problem + " [schema.date]");
  }

  @Test
  void leapDaysAreDates() {
    String text = Fixtures.replace("publishedDateTime: 2020-09-23T16:53:00Z",
        "publishedDateTime: 2020-02-29T23:59:59Z");

    assertThat(Fixtures.validator().validate(Fixtures.parse(text)).problems()).isEmpty();
  }

  @Test
  void aFileThatCannotBeParsedGetsAReportOfItsParseProblems() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.md"), "---\ntitle: [unclosed\n---\n");

    ValidationReport report = Fixtures.validator().validate(file);

    assertThat(report.sourceName()).isEqualTo(file.toString());
    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().get(0).ruleId()).isEqualTo("yaml.syntax");
    assertThat(report.problems().get(0).sourceName()).isEqualTo(file.toString());
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void aFileThatCannotBeReadThrows() {
    Path missing = dir.resolve("missing.md");

    assertThatThrownBy(() -> Fixtures.validator().validate(missing))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void newsFileNames() throws IOException {
    Path news = Files.createDirectories(dir.resolve("_news"));
    Path good = Files.writeString(news.resolve("2020-09-23-facebook-removes.md"), Fixtures.NEWS);
    Path late = Files.writeString(news.resolve("2020-09-24-facebook-removes.md"), Fixtures.NEWS);
    Path bad = Files.writeString(news.resolve("Facebook_Removes.md"), Fixtures.NEWS);
    Path invalidDate = Files.writeString(news.resolve("2020-02-30-facebook.md"), Fixtures.NEWS);
    Path elsewhere = Files.writeString(dir.resolve("Facebook_Removes.md"), Fixtures.NEWS);
    ContentValidator validator = Fixtures.validator();

    assertThat(validator.validate(good).problems()).isEmpty();
    assertThat(validator.validate(elsewhere).problems()).isEmpty();
    assertThat(lines(validator.validate(late))).containsExactly(late + ":5:20: warning:"
        + " 'publishedDateTime' is 2020-09-23 in UTC, but the file name says 2020-09-24; rename"
        + " the file to 2020-09-23-facebook-removes.md, or fix the date [file.date]");
    assertThat(lines(validator.validate(bad))).containsExactly(bad + ":1:1: error:"
        + " 'Facebook_Removes.md' must be named YYYY-MM-DD-slug.md, the slug in lower-case letters,"
        + " digits and '-', such as 2020-09-23-my-article.md [file.name]");
    assertThat(lines(validator.validate(invalidDate))).containsExactly(invalidDate + ":1:1:"
        + " error: '2020-02-30-facebook.md' starts with 2020-02-30, which is not a date [file.name]");
  }

  @Test
  void theFileDateIsTheUtcDate() {
    String text = Fixtures.replace("publishedDateTime: 2020-09-23T16:53:00Z",
        "publishedDateTime: 2020-09-24T01:00:00+09:00");

    assertThat(Fixtures.validator().validate(Fixtures.parse(text, "site/_news/2020-09-23-x.md"))
        .problems()).isEmpty();
    assertThat(Fixtures.validator().validate(Fixtures.parse(text, "site\\_news\\2020-09-24-x.md"))
        .problems()).extracting(Problem::ruleId).containsExactly("file.date");
  }

  @Test
  void limitsAndClockComeFromTheBuilder() {
    ContentValidator strict = ContentValidator.builder()
        .clock(Clock.fixed(Instant.parse("2020-09-23T16:00:00Z"), ZoneOffset.UTC))
        .futureMargin(Duration.ofMinutes(30))
        .maxImageDimension(600)
        .build();

    ValidationReport report = strict.validate(Fixtures.parse(Fixtures.NEWS));

    assertThat(lines(report)).containsExactly(
        "news.md:5:20: error: 'publishedDateTime' must not be in the future, but"
            + " 2020-09-23T16:53:00Z is more than 30 minutes ahead of the current time [date.future]",
        "news.md:25:12: error: 'width' must be between 1 and 600 pixels, but it is 796 [image.dimensions]",
        "news.md:30:24: error: 'publishedDateTime' must not be in the future, but"
            + " 2020-09-24T10:52:00Z is more than 30 minutes ahead of the current time [date.future]",
        "news.md:43:16: error: 'width' must be between 1 and 600 pixels, but it is 800 [image.dimensions]");
    assertThat(strict.maxImageDimension()).isEqualTo(600);
    assertThat(strict.futureMargin()).isEqualTo(Duration.ofMinutes(30));
    assertThat(strict.clock().instant()).isEqualTo(Instant.parse("2020-09-23T16:00:00Z"));
    assertThat(Fixtures.validator().validate(Fixtures.parse(Fixtures.NEWS)).problems()).isEmpty();
  }

  @Test
  void theDefaultValidatorUsesTheSystemClockAndTheDefaultLimits() {
    // A validator with the defaults takes the shared factory's own validator, configured apart
    // from the builder's values: this pins the two together.
    String inTwoDays = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS)
        .toString();
    String text = Fixtures.replace("publishedDateTime: 2020-09-23T16:53:00Z",
        "publishedDateTime: " + inTwoDays).replace("width: 796", "width: 20001");

    ValidationReport report = ContentValidator.builder().build().validate(Fixtures.parse(text));

    assertThat(lines(report)).containsExactly(
        "news.md:5:20: error: 'publishedDateTime' must not be in the future, but " + inTwoDays
            + " is more than 1 day ahead of the current time [date.future]",
        "news.md:25:12: error: 'width' must be between 1 and 20000 pixels, but it is 20001"
            + " [image.dimensions]");
  }

  @Test
  void defaults() {
    ContentValidator validator = ContentValidator.builder().build();

    assertThat(validator.maxImageDimension()).isEqualTo(20_000);
    assertThat(validator.futureMargin()).isEqualTo(Duration.ofDays(1));
    assertThat(validator.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(validator.lenient()).isFalse();
    FrontMatterParser parser = FrontMatterParser.builder().maxDepth(8).build();
    assertThat(ContentValidator.builder().parser(parser).build().parser()).isSameAs(parser);
  }

  @Test
  void theConstraintsOfTheModelAreDescribed() {
    var news = ContentValidator.builder().build().constraintsOf(NewsArticle.class);

    assertThat(news.getConstraintsForProperty("heat").getConstraintDescriptors())
        .extracting(c -> (Object) c.getAnnotation().annotationType()).containsExactly(HeatScore.class);
    assertThat(news.getConstraintsForProperty("webUrl").getConstrainedContainerElementTypes())
        .flatExtracting(e -> e.getConstraintDescriptors())
        .extracting(c -> (Object) c.getAnnotation().annotationType()).containsExactly(WebUrl.class);
    assertThat(news.getConstraintDescriptors()).extracting(c -> (Object) c.getAnnotation().annotationType())
        .containsExactly(AmpCacheMatch.class);
  }

  @Test
  void builderArgumentsAreChecked() {
    ContentValidator.Builder builder = ContentValidator.builder();

    assertThatThrownBy(() -> builder.maxImageDimension(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxImageDimension must be at least 1, got 0");
    assertThatThrownBy(() -> builder.futureMargin(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("futureMargin must not be negative, got PT-1S");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock must not be null");
    assertThatThrownBy(() -> builder.parser(null)).hasMessage("parser must not be null");
    assertThatThrownBy(() -> builder.futureMargin(null)).hasMessage("futureMargin must not be null");
    ContentValidator validator = builder.build();
    assertThatThrownBy(() -> validator.validate((Path) null)).hasMessage("path must not be null");
    assertThatThrownBy(() -> validator.validate((FrontMatterDocument) null))
        .hasMessage("document must not be null");
    assertThatThrownBy(() -> validator.validate(null, Fixtures.parse(Fixtures.NEWS)))
        .hasMessage("content must not be null");
  }

  @Test
  void warmUpCompletes() throws Exception {
    ContentValidator.warmUpAsync().get(60, TimeUnit.SECONDS);

    assertThat(ContentValidator.warmUpAsync().isCompletedExceptionally()).isFalse();
    // One warm-up per process: a second call must not build the metadata again.
    assertThat(ContentValidator.warmUpAsync()).isSameAs(ContentValidator.warmUpAsync());
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    ContentValidator validator = Fixtures.validator();
    List<String> texts = List.of(Fixtures.NEWS, Fixtures.replace("        width: 800", "        width: 0"),
        Fixtures.replace("heat: 107", "heat: -2147483598"));
    List<List<String>> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(lines(validator.validate(Fixtures.parse(text))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String text = texts.get(i % texts.size());
        results.add(pool.submit(() -> lines(validator.validate(Fixtures.parse(text)))));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
