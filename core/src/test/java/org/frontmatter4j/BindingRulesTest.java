package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.tree.YamlScalar;
import org.junit.jupiter.api.Test;

/** One test per binding rule, asserting the exact problems, positions and property paths. */
class BindingRulesTest {
  /** A minimal valid news article; tests replace or append lines. */
  static final String VALID = "---\n"
      + "category: news\n"
      + "title: \"T\"\n"
      + "excerpt: \"E\"\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\n"
      + "originalUrl: \"https://example.com/a\"\n"
      + "type: article\n"
      + "provider:\n"
      + "  name: Example\n"
      + "  domain: example.com\n"
      + "topics:\n"
      + "  - AI\n"
      + "---\n";

  /** Adapts each input; subclasses rerun every rule with CRLF or a BOM. */
  String adapt(String text) {
    return text;
  }

  private BindResult<NewsArticle> bind(String text, boolean lenient) {
    ContentReader reader = ContentReader.builder().lenient(lenient).build();
    return reader.bindNews(reader.parser().parse(adapt(text), "n.md"));
  }

  private List<String> problems(String text) {
    return bind(text, false).problems().stream()
        .map(p -> p.line() + ":" + p.column() + " " + p.propertyPath() + " " + p.ruleId() + " "
            + p.severity().label() + " " + p.message())
        .toList();
  }

  private static String replace(String line, String by) {
    if (!VALID.contains(line)) {
      throw new IllegalArgumentException(line);
    }
    return VALID.replace(line, by);
  }

  @Test
  void validArticleHasNoProblem() {
    BindResult<NewsArticle> result = bind(VALID, false);

    assertThat(result.problems()).isEmpty();
    assertThat(result.value()).hasValueSatisfying(a -> assertThat(a.topics()).containsExactly("AI"));
  }

  @Test
  void unknownKeyWithSuggestion() {
    assertThat(problems(replace("title: \"T\"\n", "title: \"T\"\ntitel: \"x\"\n"))).containsExactly(
        "4:1 titel schema.unknown-key error unknown key 'titel' in a news article; did you mean"
            + " 'title'?");
  }

  @Test
  void unknownKeyWithoutSuggestion() {
    assertThat(problems(VALID.replace("---\n" + "category", "---\nlinkedin: x\ncategory")))
        .containsExactly("2:1 linkedin schema.unknown-key error unknown key 'linkedin' in a news"
            + " article; remove it");
  }

  @Test
  void caseMistakeIsSuggested() {
    assertThat(problems(replace("  name: Example\n", "  Name: Example\n"))).containsExactly(
        "9:3 provider.Name schema.unknown-key error unknown key 'Name' in a provider; did you"
            + " mean 'name'?",
        "9:3 provider.name schema.required error a provider needs 'name'; add a 'name:' line");
  }

  @Test
  void lenientReaderKeepsUnknownKeysAsWarnings() {
    BindResult<NewsArticle> result = bind(replace("type: article\n", "type: article\nmood: happy\n"), true);

    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "n.md:8:1: warning: unknown key 'mood' in a news article [schema.unknown-key]");
    assertThat(result.value().orElseThrow().extra().get("mood"))
        .isInstanceOfSatisfying(YamlScalar.class, s -> assertThat(s.value()).isEqualTo("happy"));
  }

  @Test
  void missingRequiredFieldPointsAtTheMappingThatLacksIt() {
    assertThat(problems(replace("excerpt: \"E\"\n", ""))).containsExactly(
        "2:1 excerpt schema.required error a news article needs 'excerpt'; add a 'excerpt:' line");
  }

  @Test
  void missingBothUrls() {
    assertThat(problems(replace("originalUrl: \"https://example.com/a\"\n", ""))).containsExactly(
        "2:1  schema.invalid error a news article needs 'originalUrl' or 'webUrl'; add one"
            + " of them");
  }

  @Test
  void quotedIntegerAsksToRemoveTheQuotes() {
    assertThat(problems(replace("type: article\n", "type: article\nquality: \"87\"\n")))
        .containsExactly("8:10 quality schema.type error 'quality' must be an integer, but it is"
            + " the string \"87\"; remove the quotes");
  }

  @Test
  void integerOutOfRange() {
    assertThat(problems(replace("type: article\n", "type: article\nheat: 99999999999\n")))
        .containsExactly("8:7 heat schema.type error 'heat' must be an integer between"
            + " -2147483648 and 2147483647, but it is 99999999999");
  }

  @Test
  void yesIsNotABoolean() {
    assertThat(problems(replace("type: article\n", "type: article\npublished: yes\n")))
        .containsExactly("8:12 published schema.type error 'published' must be true or false, but"
            + " it is the string \"yes\": YAML 1.2 reads 'yes' as text, though Jekyll's YAML 1.1"
            + " reads it as true; write true or false");
  }

  @Test
  void emptyString() {
    assertThat(problems(replace("title: \"T\"\n", "title:\n"))).containsExactly(
        "3:7 title schema.type error 'title' has no value; write a string, or remove the line");
  }

  @Test
  void dateWithoutZone() {
    assertThat(problems(replace("2020-09-23T16:53:00Z", "2020-09-23T16:53:00"))).containsExactly(
        "5:20 publishedDateTime schema.date error 'publishedDateTime' must be a date-time with a"
            + " zone, such as 2020-09-23T16:53:00Z, but '2020-09-23T16:53:00' has no zone; add 'Z'"
            + " for UTC or an offset such as +02:00");
  }

  @Test
  void dateWithoutTime() {
    assertThat(problems(replace("2020-09-23T16:53:00Z", "2020-09-23"))).containsExactly(
        "5:20 publishedDateTime schema.date error 'publishedDateTime' must be a date-time with a"
            + " zone, such as 2020-09-23T16:53:00Z, but '2020-09-23' has no time; add one, such as"
            + " T00:00:00Z");
  }

  @Test
  void impossibleDate() {
    assertThat(problems(replace("2020-09-23T16:53:00Z", "2021-02-29T10:00:00Z"))).containsExactly(
        "5:20 publishedDateTime schema.date error 'publishedDateTime' must be a date-time with a"
            + " zone, such as 2020-09-23T16:53:00Z, but '2021-02-29T10:00:00Z' is not a valid"
            + " date-time");
  }

  @Test
  void topicsMustBeAList() {
    assertThat(problems(replace("topics:\n  - AI\n", "topics: AI\n"))).containsExactly(
        "11:9 topics schema.type error 'topics' must be a list ('- item' lines), but it is the"
            + " string \"AI\"");
  }

  @Test
  void providerMustBeAMapping() {
    assertThat(problems(replace("provider:\n  name: Example\n  domain: example.com\n",
        "provider: Example\n"))).containsExactly(
        "8:11 provider schema.type error 'provider' must be a provider (indented 'key: value'"
            + " lines), but it is the string \"Example\"");
  }

  @Test
  void nestedProblemsCarryTheirPropertyPath() {
    String text = VALID.replace("---\n" + "category", "---\ncategory").replace("  - AI\n---\n",
        "  - AI\nrelated:\n"
            + "  - title: \"a\"\n"
            + "    webUrl: \"https://example.com/r\"\n"
            + "  - title: \"b\"\n"
            + "    webUrl: \"https://example.com/s\"\n"
            + "    images:\n"
            + "      - url: \"https://example.com/i.png\"\n"
            + "        width: wide\n"
            + "        height: 10\n"
            + "---\n");

    assertThat(problems(text)).containsExactly("20:16 related[1].images[0].width schema.type error"
        + " 'width' must be an integer, but it is the string \"wide\"");
  }

  @Test
  void everyProblemInTheFileIsReportedAtOnce() {
    String text = replace("title: \"T\"\n", "titel: \"T\"\nheat: hot\n")
        .replace("  domain: example.com\n", "");

    assertThat(problems(text)).extracting(line -> line.substring(0, line.indexOf(" error")))
        .containsExactly(
            "2:1 title schema.required",
            "3:1 titel schema.unknown-key",
            "4:7 heat schema.type",
            "10:3 provider.domain schema.required");
  }

  @Test
  void readNewsThrowsWithEveryProblem() {
    String text = replace("title: \"T\"\n", "heat: hot\n");

    assertThatThrownBy(() -> ContentReader.builder().build().readNews(adapt(text), "n.md"))
        .isInstanceOfSatisfying(FrontMatterException.class, e -> assertThat(e.problems())
            .extracting(Problem::ruleId).containsExactly("schema.required", "schema.type"))
        .hasMessageStartingWith("n.md:2:1: error: a news article needs 'title'; add a 'title:'"
            + " line [schema.required]")
        .hasMessageEndingWith("(and 1 more problem)");
  }

  @Test
  void bodyIsBound() {
    NewsArticle article = bind(VALID + "\nHello\n", false).orElseThrow();

    assertThat(article.body()).isEqualTo(adapt("\nHello\n"));
  }
}
