package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * A video: a {@code _learning/videos} file, such as a YouTube video with its embedded player.
 * Accessor names are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Video extends Content, WithVideo {

  /**
   * Headline, as the page shows it.
   *
   * @return headline, as the page shows it
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
   * Where the video is, such as its YouTube page.
   *
   * @return where the video is, such as its YouTube page
   */
  String originalUrl();

  /**
   * Another address of the video, in a few files.
   *
   * @return another address of the video, in a few files
   */
  Optional<String> webUrl();

  /**
   * Always {@code video} for this kind.
   *
   * @return always {@code video} for this kind
   */
  String type();

  /**
   * What it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}.
   *
   * @return what it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}
   */
  String price();

  /**
   * How long it takes: an ISO-8601 duration such as {@code PT13M34S} or {@code PT2H21M}, or a
   * period such as {@code P1M}.
   *
   * @return how long it takes: an ISO-8601 duration such as {@code PT13M34S} or {@code PT2H21M}, or
   *     a period such as {@code P1M}
   */
  String length();

  /**
   * When it was published, with its zone (Smartable writes UTC, {@code Z}).
   *
   * @return when it was published, with its zone (Smartable writes UTC, {@code Z})
   */
  OffsetDateTime publishedDateTime();

  /**
   * Smartable's popularity score.
   *
   * @return smartable's popularity score
   */
  int heat();

  /**
   * Whether the source took it down; Smartable then also writes {@code published: false}.
   *
   * @return whether the source took it down; Smartable then also writes {@code published: false}
   */
  Optional<Boolean> removed();

  /**
   * Whether the site shows it.
   *
   * @return whether the site shows it
   */
  Optional<Boolean> published();

  /**
   * The embedded player, as HTML (an {@code <iframe>}).
   *
   * @return the embedded player, as HTML (an {@code <iframe>})
   */
  @BlankLineBefore
  @Quoted
  String featuredContent();

  /**
   * The channel that published it, with its logo when Smartable has one.
   *
   * @return the channel that published it, with its logo when Smartable has one
   */
  @BlankLineBefore
  Provider provider();

  /** Topics it is listed under, such as {@code Power Apps}; at least one. */
  @Override
  @BlankLineBefore
  List<String> topics();

  /**
   * Its pictures.
   *
   * @return its pictures
   */
  @BlankLineBefore
  List<Image> images();

  /** Smartable's signature: {@code <base64>;<base64 of 16 bytes>}. */
  @Override
  @Quoted
  @BlankLineBefore(keptWhenAbsent = true)
  Optional<String> secured();

  /** Everything after the closing {@code ---} line, exactly. */
  @Override
  @Body
  @Value.Default
  default String body() {
    return "";
  }

  /** Keys a lenient reader did not know, in source order. */
  @Override
  @Extras
  Map<String, YamlNode> extra();

  /**
   * A new builder.
   *
   * @return A new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Video}. */
  final class Builder extends ImmutableVideo.Builder {
    /** A new, empty builder; same as {@code Video.builder()}. */
    public Builder() {}
  }
}
