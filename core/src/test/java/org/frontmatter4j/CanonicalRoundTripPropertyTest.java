package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;

/** Whatever a news article holds, the canonical writer writes text that reads back as it. */
class CanonicalRoundTripPropertyTest {
  /** Strings that break naive YAML writers. */
  private static final List<String> NASTY = List.of("", " ", "  lead", "trail  ", "\"", "'",
      "\\", "a: b", "a #b", "#x", "-", "- x", "--- x", "...", "?", "? x", "*a", "&a", "!tag",
      "%x", "@x", "`x", "|", ">", "[a]", "{a: b}", "a, b", "087", "0x1F", "1e3", ".inf", "true",
      "False", "yes", "NO", "on", "null", "Null", "~", "2020-09-23", "2020-09-23T16:53:00Z",
      "<<", "=", "multi\nline", "cr\rlf\r\n", "tab\there", "\u00A0nbsp\u00A0", "é", "😀",
      "\u2028", "\u2029", "\uFEFF", "\u0085", "\u0000", "\u001F", "\u007F", "\uD800", "\uDFFF",
      "\uFFFE", "C#", "a:b", "x:", ":x", "k: v # c");

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter lf = FrontMatterWriter.builder().build();
  private final FrontMatterWriter crlf =
      FrontMatterWriter.builder().lineEnding(LineEnding.CRLF).build();

  @Property(tries = 1000)
  void canonicalTextReadsBackAsTheSameArticle(@ForAll("articles") NewsArticle article) {
    for (FrontMatterWriter writer : List.of(lf, crlf)) {
      String written = writer.writeCanonical(article);
      assertThat(reader.readNews(written, "generated.md")).isEqualTo(article);
    }
  }

  @Property(tries = 200)
  void canonicalBytesReadBackAsTheSameArticle(@ForAll("wellFormedArticles") NewsArticle article) {
    byte[] bytes = lf.writeCanonical(article).getBytes(StandardCharsets.UTF_8);
    assertThat(reader.readNews(reader.parser().parse(bytes, "generated.md"))).isEqualTo(article);
  }

  @Provide
  Arbitrary<NewsArticle> articles() {
    return articles(text(), body());
  }

  /** Without lone surrogates, which UTF-8 cannot encode. */
  @Provide
  Arbitrary<NewsArticle> wellFormedArticles() {
    return articles(text().filter(CanonicalRoundTripPropertyTest::wellFormed),
        body().filter(CanonicalRoundTripPropertyTest::wellFormed));
  }

  private static boolean wellFormed(String s) {
    return s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
  }

  private static Arbitrary<String> text() {
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<String> tricky = Arbitraries.strings().withChars(" \"'\\:#-?*&!%@`|>,[]{}\n\r\tab~")
        .ofMaxLength(12);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(16);
    Arbitrary<String> mixed = Combinators.combine(nasty, any, nasty).as((a, b, c) -> a + b + c);
    return Arbitraries.frequencyOf(
        Tuple.of(3, nasty), Tuple.of(3, tricky),
        Tuple.of(2, any), Tuple.of(2, mixed),
        Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars(" .-")
            .ofMaxLength(20)));
  }

  private static Arbitrary<NewsArticle> articles(Arbitrary<String> text,
      Arbitrary<String> bodies) {
    Arbitrary<Optional<String>> optional = text.optional(0.6);
    Arbitrary<Image> image = Combinators.combine(text, Arbitraries.integers(),
        Arbitraries.integers(), Arbitraries.of(true, false).optional(0.5), optional)
        .as((url, w, h, cached, title) -> Image.builder().url(url).width(w).height(h)
            .isCached(cached).title(title).build());
    Arbitrary<Provider> provider = Combinators.combine(text, text, image.list().ofMaxSize(2))
        .as((name, domain, images) -> Provider.builder().name(name).domain(domain)
            .addAllImages(images).build());
    Arbitrary<RelatedArticle> related = Combinators.combine(text, optional, dates().optional(0.5),
        text, optional, optional, optional, provider.optional(0.5))
        .as((title, excerpt, date, web, amp, cdn, type, by) -> RelatedArticle.builder()
            .title(title).excerpt(excerpt).publishedDateTime(date).webUrl(web).ampWebUrl(amp)
            .cdnAmpWebUrl(cdn).type(type).provider(by).build());
    Arbitrary<NewsArticle.Builder> head = Combinators.combine(text, text, text, dates(), optional,
        optional, optional, optional)
        .as((category, title, excerpt, date, original, web, amp, cdn) -> {
          NewsArticle.Builder builder = NewsArticle.builder();
          builder.category(category).title(title).excerpt(excerpt).publishedDateTime(date)
              .originalUrl(original.isEmpty() && web.isEmpty() ? Optional.of("u") : original)
              .webUrl(web).ampWebUrl(amp).cdnAmpWebUrl(cdn);
          return builder;
        });
    return Combinators.combine(head, text, Arbitraries.integers().optional(0.5),
        Arbitraries.integers().optional(0.5), Arbitraries.of(true, false).optional(0.5),
        optional, provider, text.list().ofMaxSize(4))
        .as((builder, type, quality, heat, published, featured, by, topics) -> {
          quality.ifPresent(builder::quality);
          heat.ifPresent(builder::heat);
          return builder.type(type).published(published).featuredContent(featured)
              .provider(by).addAllTopics(topics);
        })
        .flatMap(builder -> Combinators.combine(image.list().ofMaxSize(2),
            related.list().ofMaxSize(2), optional, bodies)
            .as((images, relatedArticles, secured, body) -> builder.addAllImages(images)
                .addAllRelated(relatedArticles).secured(secured).body(body).build()));
  }

  private static Arbitrary<OffsetDateTime> dates() {
    return Combinators.combine(Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
        Arbitraries.integers().between(0, 999_999_999).edgeCases(c -> c.add(0)),
        Arbitraries.integers().between(-18 * 3600, 18 * 3600))
        .as((seconds, nanos, offset) -> java.time.Instant.ofEpochSecond(seconds, nanos)
            .atOffset(ZoneOffset.ofTotalSeconds(offset)));
  }

  /** Bodies are kept verbatim; only NUL, which marks a binary file, is refused by the parser. */
  private static Arbitrary<String> body() {
    return Arbitraries.oneOf(Arbitraries.of("", "\n", "---\n", "\n---\nx: y\n...\n"),
        Arbitraries.strings().all().excludeChars('\0').ofMaxLength(30));
  }
}
