package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint the validation module puts on the core model fires, on the property path of
 * its YAML key and at that key's value in the file: one case per constraint.
 */
class ModelConstraintsTest {
  private static final String NEWS_AMP = "ampWebUrl: \"https://thenextweb.com/neural/2020/09/23/facebook-removes/amp/\"\n";
  private static final String NEWS_CDN = "cdnAmpWebUrl: \"https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/neural/2020/09/23/facebook-removes/amp/\"\n";
  private static final String RELATED_CDN = "    cdnAmpWebUrl: \"https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/articles/machine-learning-answers%3A-facebook?amp\"\n";

  static Stream<Arguments> oneBrokenValue() {
    return Stream.of(
        // NewsArticle
        broken("title: \"Facebook removes Chinese network of fake accounts\"", "title: \" \"",
            "title", "3:8: error: 'title' must not be only white space [text.blank]"),
        broken("excerpt: \"The operation", "excerpt: \"The\\aoperation",
            "excerpt", "4:10: error: 'excerpt' must not contain the control character U+0007 [text.control]"),
        broken("publishedDateTime: 2020-09-23T16:53:00Z", "publishedDateTime: 2999-09-23T16:53:00Z",
            "publishedDateTime", "5:20: error: 'publishedDateTime' must not be in the future, but"
                + " 2999-09-23T16:53:00Z is more than 1 day ahead of the current time [date.future]"),
        broken("webUrl: \"https://thenextweb.com/neural/2020/09/23/facebook-removes/\"",
            "originalUrl: \"mailto:news@thenextweb.com\"\nwebUrl: \"https://thenextweb.com/\"",
            "originalUrl", "6:14: error: 'originalUrl' must be an http or https link, not a"
                + " 'mailto:' link [url.scheme]"),
        broken("webUrl: \"https://thenextweb.com/neural/2020/09/23/facebook-removes/\"",
            "webUrl: \"http:/thenextweb.com/\"",
            "webUrl", "6:9: error: 'webUrl' must have '//' after 'http:' [url.syntax]"),
        broken(NEWS_AMP, "ampWebUrl: \"javascript:amp()\"\n",
            "ampWebUrl", "7:12: error: 'ampWebUrl' must be an http or https link, not a"
                + " 'javascript:' link [url.scheme]"),
        broken(NEWS_CDN, "cdnAmpWebUrl: \"https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/x\"\n",
            "cdnAmpWebUrl", "8:15: error: 'cdnAmpWebUrl' must be the AMP cache form of 'ampWebUrl',"
                + " https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/neural/2020/09/23/"
                + "facebook-removes/amp/ [amp.cache-mismatch]"),
        broken(NEWS_CDN, "cdnAmpWebUrl: \"https://example.com/a b\"\n",
            "cdnAmpWebUrl", "8:15: error: 'cdnAmpWebUrl' must not contain spaces; write a space as"
                + " %20 [url.syntax]"),
        broken(NEWS_CDN, "",
            "ampWebUrl", "7:12: error: 'ampWebUrl' has no matching 'cdnAmpWebUrl'; add its AMP"
                + " cache link, or remove it [amp.incomplete]"),
        broken("quality: 87", "quality: -1",
            "quality", "10:10: warning: 'quality' should be a quality score between 0 and 1000, but"
                + " it is -1 [quality.range]"),
        broken("heat: 107", "heat: 2147483647",
            "heat", "11:7: warning: 'heat' should be a heat score between -1000000 and 1000000, but"
                + " it is 2147483647, the mark of an integer overflow in the tool that wrote it"
                + " [heat.range]"),
        broken("secured: \"+5Vd0", "secured: \"+5Vd0;",
            "secured", "46:10: error: 'secured' must be <base64>;<base64 of 16 bytes>, but it has"
                + " more than one ';' [secured.format]"),
        broken("topics:\n  - Machine Learning\n  - AI\n", "topics: []\n",
            "topics", "20:9: error: 'topics' must list at least one topic [topics.empty]"),
        broken("  - AI\n", "  - AI\n  - ai\n",
            "topics[2]", "23:5: error: 'topics[2]' must not repeat item 1, 'AI'"
                + " (topics are compared ignoring case); remove it [topics.duplicate]"),
        broken("  - AI\n", "  - \"\"\n",
            "topics[1]", "22:5: error: 'topics[1]' must not be empty [text.blank]"),
        // Provider
        broken("  name: The Next Web", "  name: \"\\t\"",
            "provider.name", "14:9: error: 'name' must not be only white space [text.blank]"),
        broken("  domain: thenextweb.com", "  domain: thenextweb",
            "provider.domain", "15:11: error: 'domain' must be a host name such as example.com,"
                + " but 'thenextweb' has no dot; a public host name has at least two labels, such"
                + " as example.com [domain.name]"),
        broken("      width: 50", "      width: 0",
            "provider.images[0].width", "18:14: error: 'width' must be between 1 and 20000 pixels,"
                + " but it is 0 [image.dimensions]"),
        broken("    - url: \"https://smartableai.github.io", "    - url: \"ftp://smartableai.github.io",
            "provider.images[0].url", "17:12: error: 'url' must be an http or https link, not a"
                + " 'ftp:' link [url.scheme]"),
        // Image
        broken("    height: 417", "    height: 20001",
            "images[0].height", "26:13: error: 'height' must be between 1 and 20000 pixels, but it"
                + " is 20001 [image.dimensions]"),
        broken("  - url: \"https://cdn0.tnwcdn.com", "  - url: \"https://cdn0 tnwcdn.com",
            "images[0].url", "24:10: error: 'url' must not contain spaces; write a space as %20"
                + " [url.syntax]"),
        broken("    isCached: true\nrelated:", "    isCached: true\n    title: \"a\\u0000\"\nrelated:",
            "images[0].title", "28:12: error: 'title' must not contain the control character"
                + " U+0000 [text.control]"),
        // RelatedArticle
        broken("  - title: \"Machine Learning Answers\"", "  - title: \"\"",
            "related[0].title", "29:12: error: 'title' must not be empty [text.blank]"),
        broken("  - title: \"Machine Learning Answers\"",
            "  - title: \"Machine Learning Answers\"\n    excerpt: \"One.\\nTwo.\"",
            "related[0].excerpt", "30:14: warning: 'excerpt' should be one line, but it has the"
                + " line break U+000A; use a space [text.line-break]"),
        broken("    publishedDateTime: 2020-09-24T10:52:00Z", "    publishedDateTime: 1980-09-24T10:52:00Z",
            "related[0].publishedDateTime", "30:24: error: 'publishedDateTime' must not be before"
                + " 1990, but it is 1980-09-24T10:52:00Z [date.past]"),
        broken("    webUrl: \"https://www.nasdaq.com/", "    webUrl: \"https://www.nasdaq.com:0/",
            "related[0].webUrl", "31:13: error: 'webUrl' has the port '0'; a port is a number from"
                + " 1 to 65535 [url.port]"),
        broken("    ampWebUrl: \"https://www.nasdaq.com/articles/machine-learning-answers%3A-facebook?amp\"",
            "    ampWebUrl: \"https://www.nasdaq.com/articles/machine-learning-answers%3-facebook?amp\"",
            "related[0].ampWebUrl", "32:16: error: 'ampWebUrl' has '%3-', a '%' not followed by two"
                + " hexadecimal digits; write a literal '%' as %25 [url.encoding]"),
        broken(RELATED_CDN,
            "    cdnAmpWebUrl: \"https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/articles/machine-learning-answers%3A-facebook\"\n",
            "related[0].cdnAmpWebUrl", "33:19: error: 'cdnAmpWebUrl' must be the AMP cache form of"
                + " 'ampWebUrl', https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/"
                + "articles/machine-learning-answers%3A-facebook?amp [amp.cache-mismatch]"),
        broken(RELATED_CDN, "    cdnAmpWebUrl: \"https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/%\"\n",
            "related[0].cdnAmpWebUrl", "33:19: error: 'cdnAmpWebUrl' has '%', a '%' not followed by"
                + " two hexadecimal digits; write a literal '%' as %25 [url.encoding]"),
        broken("    ampWebUrl: \"https://www.nasdaq.com/articles/machine-learning-answers%3A-facebook?amp\"\n", "",
            "related[0].cdnAmpWebUrl", "32:19: error: 'cdnAmpWebUrl' has no 'ampWebUrl' it is the"
                + " cache form of; add the AMP link, or remove it [amp.incomplete]"),
        broken("      name: Nasdaq", "      name: \"\"",
            "related[0].provider.name", "36:13: error: 'name' must not be empty [text.blank]"),
        broken("      domain: nasdaq.com", "      domain: nasdaq..com",
            "related[0].provider.domain", "37:15: error: 'domain' must be a host name such as"
                + " example.com, but 'nasdaq..com' has an empty label (two dots in a row, or a dot"
                + " at the start) [domain.name]"),
        broken("    quality: 54", "    quality: 5000",
            "related[0].quality", "38:14: warning: 'quality' should be a quality score between 0"
                + " and 1000, but it is 5000 [quality.range]"),
        broken("        width: 800", "        width: 0",
            "related[1].images[0].width", "43:16: error: 'width' must be between 1 and 20000"
                + " pixels, but it is 0 [image.dimensions]"),
        broken("      - url: \"https://goodmenproject.com", "      - url: \"https://goodmen_project.com",
            "related[1].images[0].url", "42:14: error: 'url' has the host 'goodmen_project.com',"
                + " which has the character '_'; host names have only letters, digits, '-' and '.'"
                + " [url.host]"));
  }

  private static Arguments broken(String piece, String replacement, String path, String problem) {
    return Arguments.of(piece, replacement, path, problem);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void oneBrokenValue(String piece, String replacement, String path, String problem) {
    List<Problem> problems = Fixtures.validator()
        .validate(Fixtures.parse(Fixtures.replace(piece, replacement))).problems();

    assertThat(problems).extracting(Problem::toString).containsExactly("news.md:" + problem);
    assertThat(problems).extracting(Problem::propertyPath).containsExactly(path);
  }

  @Test
  void theFixtureIsValid() {
    assertThat(Fixtures.validator().validate(Fixtures.parse(Fixtures.NEWS)).problems()).isEmpty();
  }

  @Test
  void imagesMayBeSitePaths() {
    String text = Fixtures.replace("  - url: \"https://cdn0.tnwcdn.com/wp-content/blogs.dir/1/files/2020/07/",
        "  - url: \"/assets/images/");

    assertThat(Fixtures.validator().validate(Fixtures.parse(text)).problems()).isEmpty();
  }

  @Test
  void aNestedViolationPointsAtItsLineWithASnippet() {
    Problem problem = Fixtures.validator()
        .validate(Fixtures.parse(Fixtures.replace("        width: 800", "        width: -800")))
        .problems().get(0);

    assertThat(problem.propertyPath()).isEqualTo("related[1].images[0].width");
    assertThat(problem.format()).isEqualTo("news.md:43:16: error: 'width' must be between 1 and"
        + " 20000 pixels, but it is -800 [image.dimensions]" + System.lineSeparator()
        + "        width: -800" + System.lineSeparator()
        + "               ^");
  }
}
