package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * A Smartable news article ({@code category: news}), such as the files of a site's
 * {@code _news} folder. Accessor names are the front-matter keys.
 */
@Value.Immutable
public non-sealed interface NewsArticle extends Content, WithNewsArticle {

  /**
   * Always {@code news} for this kind.
   *
   * @return {@code news}
   */
  String category();

  /**
   * Headline.
   *
   * @return headline
   */
  @Quoted
  String title();

  /**
   * Summary shown in lists.
   *
   * @return summary shown in lists
   */
  @Quoted
  String excerpt();

  /**
   * When it was published, with the zone the file gives (Smartable writes UTC, {@code Z}).
   *
   * @return when it was published, with the zone the file gives (Smartable writes UTC, {@code Z})
   */
  OffsetDateTime publishedDateTime();

  /**
   * Where the article was found. At least one of this and {@link #webUrl()} is present.
   *
   * @return where the article was found
   */
  @Quoted
  Optional<String> originalUrl();

  /**
   * Where the article is. At least one of this and {@link #originalUrl()} is present.
   *
   * @return where the article is
   */
  @Quoted
  Optional<String> webUrl();

  /**
   * Its AMP version.
   *
   * @return its AMP version
   */
  @Quoted
  Optional<String> ampWebUrl();

  /**
   * Its AMP version in the Google AMP cache.
   *
   * @return its AMP version in the Google AMP cache
   */
  @Quoted
  Optional<String> cdnAmpWebUrl();

  /**
   * The kind of page, such as {@code article} or {@code video}.
   *
   * @return the kind of page, such as {@code article} or {@code video}
   */
  String type();

  /**
   * Smartable's quality score.
   *
   * @return Smartable's quality score
   */
  OptionalInt quality();

  /**
   * Smartable's popularity score.
   *
   * @return Smartable's popularity score
   */
  OptionalInt heat();

  /**
   * Whether the site shows it.
   *
   * @return whether the site shows it
   */
  Optional<Boolean> published();

  /**
   * Embedded HTML, such as a video player.
   *
   * @return embedded HTML, such as a video player
   */
  @BlankLineBefore
  @Quoted
  Optional<String> featuredContent();

  /**
   * Who published it.
   *
   * @return who published it
   */
  @BlankLineBefore
  @Quoted(keys = "images.url")
  Provider provider();

  /**
   * Topics it is listed under.
   *
   * @return topics it is listed under
   */
  @BlankLineBefore
  List<String> topics();

  /**
   * Its pictures.
   *
   * @return its pictures
   */
  @BlankLineBefore
  @Quoted(keys = "url")
  List<Image> images();

  /**
   * Articles shown beside it.
   *
   * @return the related articles, in source order; empty when there are none
   */
  @BlankLineBefore
  @Quoted(keys = {"images.url", "provider.images.url"})
  List<RelatedArticle> related();

  /**
   * Smartable's signature: {@code <base64>;<base64 of 16 bytes>}.
   *
   * @return Smartable's signature: {@code <base64>;<base64 of 16 bytes>}
   */
  @BlankLineBefore
  @Quoted
  Optional<String> secured();

  /** Everything after the closing {@code ---} line, exactly. */
  @Body
  @Value.Default
  default String body() {
    return "";
  }

  /** Keys a lenient reader did not know, in source order. */
  @Extras
  Map<String, YamlNode> extra();

  /** A news article needs somewhere to link to. */
  @Value.Check
  default void check() {
    if (originalUrl().isEmpty() && webUrl().isEmpty()) {
      throw new IllegalStateException(
          "a news article needs 'originalUrl' or 'webUrl'; add one of them");
    }
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewsArticle}. */
  final class Builder extends ImmutableNewsArticle.Builder {
    /** A new, empty builder; same as {@code NewsArticle.builder()}. */
    public Builder() {}
  }
}
