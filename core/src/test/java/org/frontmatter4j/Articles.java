package org.frontmatter4j;

import static org.frontmatter4j.testing.Generators.anyBoolean;
import static org.frontmatter4j.testing.Generators.anyInt;
import static org.frontmatter4j.testing.Generators.anyString;
import static org.frontmatter4j.testing.Generators.list;
import static org.frontmatter4j.testing.Generators.oneOf;
import static org.frontmatter4j.testing.Generators.optional;
import static org.frontmatter4j.testing.Generators.string;
import static org.frontmatter4j.testing.Generators.weighted;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.testing.Generator;

/**
 * Seeded generators of news articles whose every text is one that breaks naive YAML writers,
 * for property tests ({@link org.frontmatter4j.testing.Property}) and fuzz targets alike.
 */
final class Articles {
  /** Strings that break naive YAML writers. */
  static final List<String> NASTY = List.of("", " ", "  lead", "trail  ", "\"", "'",
      "\\", "a: b", "a #b", "#x", "-", "- x", "--- x", "...", "?", "? x", "*a", "&a", "!tag",
      "%x", "@x", "`x", "|", ">", "[a]", "{a: b}", "a, b", "087", "0x1F", "1e3", ".inf", "true",
      "False", "yes", "NO", "on", "null", "Null", "~", "2020-09-23", "2020-09-23T16:53:00Z",
      "<<", "=", "multi\nline", "cr\rlf\r\n", "tab\there", "\u00A0nbsp\u00A0", "é", "😀",
      "\u2028", "\u2029", "\uFEFF", "\u0085", "\u0000", "\u001F", "\u007F", "\uD800", "\uDFFF",
      "\uFFFE", "C#", "a:b", "x:", ":x", "k: v # c");

  private static final String TRICKY = " \"'\\:#-?*&!%@`|>,[]{}\n\r\tab~";
  private static final String PLAIN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-";
  private static final long FIRST_SECOND = -62_135_596_800L; // 0001-01-01T00:00:00Z
  private static final long LAST_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

  /** Any article; its texts may hold lone surrogates, which only a {@code String} can carry. */
  static final Generator<NewsArticle> ANY = (random, size) -> article(random, size, false);

  /** Articles without lone surrogates: their text can be encoded as UTF-8. */
  static final Generator<NewsArticle> WELL_FORMED = (random, size) -> article(random, size, true);

  private Articles() {}

  /** A text: nasty, tricky, anything, a mix of them, or plain words, each at most {@code size}. */
  static String text(SplittableRandom random, int size) {
    return switch (weighted(random, 3, 3, 2, 2, 2)) {
      case 0 -> oneOf(random, NASTY);
      case 1 -> string(random, Math.min(12, size), TRICKY);
      case 2 -> anyString(random, Math.min(16, size));
      case 3 -> oneOf(random, NASTY) + anyString(random, Math.min(16, size))
          + oneOf(random, NASTY);
      default -> string(random, Math.min(20, size), PLAIN);
    };
  }

  /** Any instant of years 1 to 9999, at any offset YAML timestamps allow. */
  static OffsetDateTime date(SplittableRandom random) {
    long seconds = random.nextLong(FIRST_SECOND, LAST_SECOND + 1);
    int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
    int offset = random.nextInt(-18 * 3600, 18 * 3600 + 1);
    return Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(offset));
  }

  /** Bodies are kept verbatim; only NUL, which marks a binary file, is refused by the parser. */
  static String body(SplittableRandom random, int size) {
    if (random.nextBoolean()) {
      return oneOf(random, "", "\n", "---\n", "\n---\nx: y\n...\n");
    }
    return anyString(random, Math.min(30, size)).replace('\0', ' ');
  }

  private static NewsArticle article(SplittableRandom random, int size, boolean wellFormed) {
    Texts texts = new Texts(random, size, wellFormed);
    NewsArticle.Builder builder = NewsArticle.builder()
        .category(texts.text())
        .title(texts.text())
        .excerpt(texts.text())
        .publishedDateTime(date(random));
    Optional<String> original = texts.optionalText();
    Optional<String> web = texts.optionalText();
    builder.originalUrl(original.isEmpty() && web.isEmpty() ? Optional.of("u") : original)
        .webUrl(web)
        .ampWebUrl(texts.optionalText())
        .cdnAmpWebUrl(texts.optionalText())
        .type(texts.text());
    optional(random, 0.5, () -> anyInt(random)).ifPresent(builder::quality);
    optional(random, 0.5, () -> anyInt(random)).ifPresent(builder::heat);
    return builder.published(optional(random, 0.5, () -> anyBoolean(random)))
        .featuredContent(texts.optionalText())
        .provider(provider(texts))
        .addAllTopics(list(random, Math.min(4, size), texts::text))
        .addAllImages(list(random, Math.min(2, size), () -> image(texts)))
        .addAllRelated(list(random, Math.min(2, size), () -> related(texts)))
        .secured(texts.optionalText())
        .body(texts.wellFormed(body(random, size)))
        .build();
  }

  private static Image image(Texts texts) {
    SplittableRandom random = texts.random;
    return Image.builder().url(texts.text()).width(anyInt(random)).height(anyInt(random))
        .isCached(optional(random, 0.5, () -> anyBoolean(random)))
        .title(texts.optionalText()).build();
  }

  private static Provider provider(Texts texts) {
    return Provider.builder().name(texts.text()).domain(texts.text())
        .addAllImages(list(texts.random, Math.min(2, texts.size), () -> image(texts))).build();
  }

  private static RelatedArticle related(Texts texts) {
    SplittableRandom random = texts.random;
    return RelatedArticle.builder().title(texts.text()).excerpt(texts.optionalText())
        .publishedDateTime(optional(random, 0.5, () -> date(random))).webUrl(texts.text())
        .ampWebUrl(texts.optionalText()).cdnAmpWebUrl(texts.optionalText())
        .type(texts.optionalText())
        .provider(optional(random, 0.5, () -> provider(texts))).build();
  }

  /** The texts of one article: well-formed ones have lone surrogates replaced by U+FFFD. */
  private record Texts(SplittableRandom random, int size, boolean wellFormedOnly) {
    String text() {
      return wellFormed(Articles.text(random, size));
    }

    Optional<String> optionalText() {
      return optional(random, 0.6, this::text);
    }

    String wellFormed(String text) {
      if (!wellFormedOnly) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(c -> out.appendCodePoint(
          Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c));
      return out.toString();
    }
  }
}
