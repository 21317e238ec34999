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
 * A downloadable sample: a {@code _samples} file, such as an app shared on a community forum;
 * its Markdown or HTML body describes it. Accessor names are the front-matter keys, in the
 * order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Sample extends Content, WithSample {

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
   * Where the sample was shared.
   *
   * @return where the sample was shared
   */
  String originalUrl();

  /**
   * Always {@code download} for this kind.
   *
   * @return always {@code download} for this kind
   */
  String type();

  /**
   * When it was shared, with its zone (Smartable writes UTC, {@code Z}).
   *
   * @return when it was shared, with its zone (Smartable writes UTC, {@code Z})
   */
  OffsetDateTime publishedDateTime();

  /**
   * Smartable's popularity score.
   *
   * @return smartable's popularity score
   */
  OptionalInt heat();

  /**
   * What a reader can do with it: download its source code.
   *
   * @return what a reader can do with it: download its source code
   */
  @BlankLineBefore
  List<Action> actions();

  /**
   * Where it was shared, with its logo and the sample's authors.
   *
   * @return where it was shared, with its logo and the sample's authors
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

  /** Builds a {@link Sample}. */
  final class Builder extends ImmutableSample.Builder {
    /** A new, empty builder; same as {@code Sample.builder()}. */
    public Builder() {}
  }
}
