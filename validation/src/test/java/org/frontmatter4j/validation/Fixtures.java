package org.frontmatter4j.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;

/** A valid news file to break one key at a time, and a validator with a fixed clock. */
final class Fixtures {
  /** "Now" in every test: dates up to a day later are plausible. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final String NEWS = """
      ---
      category: news
      title: "Facebook removes Chinese network of fake accounts"
      excerpt: "The operation reportedly used AI-generated profile photos."
      publishedDateTime: 2020-09-23T16:53:00Z
      webUrl: "https://thenextweb.com/neural/2020/09/23/facebook-removes/"
      ampWebUrl: "https://thenextweb.com/neural/2020/09/23/facebook-removes/amp/"
      cdnAmpWebUrl: "https://thenextweb-com.cdn.ampproject.org/c/s/thenextweb.com/neural/2020/09/23/facebook-removes/amp/"
      type: article
      quality: 87
      heat: 107
      published: true
      provider:
        name: The Next Web
        domain: thenextweb.com
        images:
          - url: "https://smartableai.github.io/assets/images/organizations/thenextweb.com-50x50.jpg"
            width: 50
            height: 50
      topics:
        - Machine Learning
        - AI
      images:
        - url: "https://cdn0.tnwcdn.com/wp-content/blogs.dir/1/files/2020/07/Untitled-796x417.png"
          width: 796
          height: 417
          isCached: true
      related:
        - title: "Machine Learning Answers"
          publishedDateTime: 2020-09-24T10:52:00Z
          webUrl: "https://www.nasdaq.com/articles/machine-learning-answers%3A-facebook"
          ampWebUrl: "https://www.nasdaq.com/articles/machine-learning-answers%3A-facebook?amp"
          cdnAmpWebUrl: "https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/articles/machine-learning-answers%3A-facebook?amp"
          type: article
          provider:
            name: Nasdaq
            domain: nasdaq.com
          quality: 54
        - title: "Start Using Facebook Messenger Bots For Your Business"
          webUrl: "https://goodmenproject.com/business-ethics-2/start-using-facebook-messenger-bots/"
          images:
            - url: "https://goodmenproject.com/wp-content/uploads/2020/09/shutterstock_1109999378.jpg"
              width: 800
              height: 533
              isCached: true
      secured: "+5Vd0+veANDIR+9KGup1Ni7uSe7ZOmUUaPu714GsWl/mP8/aNrGyU7PvxkwlNmpNdSq5gqs75PK7ilMXGs14hA==;tOi3j35l9coV0rDyJGrLzQ=="
      ---
      Body.
      """;

  private static final FrontMatterParser PARSER = FrontMatterParser.builder().build();

  private Fixtures() {}

  static ContentValidator validator() {
    return ContentValidator.builder().clock(CLOCK).build();
  }

  static FrontMatterDocument parse(String text) {
    return parse(text, "news.md");
  }

  static FrontMatterDocument parse(String text, String sourceName) {
    return PARSER.parse(text, sourceName);
  }

  /** The fixture with one piece of text replaced; fails unless it occurs exactly once. */
  static String replace(String piece, String replacement) {
    return replaceIn(NEWS, piece, replacement);
  }

  static String replaceIn(String text, String piece, String replacement) {
    int at = text.indexOf(piece);
    if (at < 0 || text.indexOf(piece, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in the text: " + piece);
    }
    return text.substring(0, at) + replacement + text.substring(at + piece.length());
  }
}
