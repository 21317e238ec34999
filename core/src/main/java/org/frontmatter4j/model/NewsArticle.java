package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * A Smartable news article ({@code category: news}), such as the files of a site's
 * {@code _news} folder. Accessor names are the front-matter keys.
 */
@Value.Immutable
public interface NewsArticle extends WithNewsArticle {

  /**
   * Always {@code news} for this kind.
   *
   * @return {@code news}
   */
  String category();

  /** {@return headline} */
  String title();

  /** {@return summary shown in lists} */
  String excerpt();

  /**
   * {@return when it was published, with the zone the file gives (Smartable writes UTC, {@code Z})}
   */
  OffsetDateTime publishedDateTime();

  /**
   * {@return where the article was found} At least one of this and {@link #webUrl()} is present.
   */
  Optional<String> originalUrl();

  /** {@return where the article is} At least one of this and {@link #originalUrl()} is present. */
  Optional<String> webUrl();

  /** {@return its AMP version} */
  Optional<String> ampWebUrl();

  /** {@return its AMP version in the Google AMP cache} */
  Optional<String> cdnAmpWebUrl();

  /** {@return the kind of page, such as {@code article} or {@code video}} */
  String type();

  /** {@return Smartable's quality score} */
  OptionalInt quality();

  /** {@return Smartable's popularity score} */
  OptionalInt heat();

  /** {@return whether the site shows it} */
  Optional<Boolean> published();

  /** {@return embedded HTML, such as a video player} */
  Optional<String> featuredContent();

  /** {@return who published it} */
  Provider provider();

  /** {@return topics it is listed under} */
  List<String> topics();

  /** {@return its pictures} */
  List<Image> images();

  /**
   * Articles shown beside it.
   *
   * @return the related articles, in source order; empty when there are none
   */
  List<RelatedArticle> related();

  /** {@return Smartable's signature: {@code <base64>;<base64 of 16 bytes>}} */
  Optional<String> secured();

  /** {@return everything after the closing {@code ---} line, exactly} */
  @Value.Default
  default String body() {
    return "";
  }

  /** {@return keys a lenient reader did not know, in source order} */
  Map<String, YamlNode> extra();

  /** A news article needs somewhere to link to. */
  @Value.Check
  default void check() {
    if (originalUrl().isEmpty() && webUrl().isEmpty()) {
      throw new IllegalStateException("a news article needs an originalUrl or a webUrl");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewsArticle}. */
  final class Builder extends ImmutableNewsArticle.Builder {
    /** A new, empty builder; same as {@code NewsArticle.builder()}. */
    public Builder() {}
  }
}
