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
 * An issue of the site's newsletter: a {@code _newsletters} file (an {@code .html} file with
 * front matter), whose body is the HTML. Accessor names are the front-matter keys, in
 * the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Newsletter extends Content, WithNewsletter {

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
   * When it was sent, with its zone (Smartable writes UTC, {@code Z}).
   *
   * @return when it was sent, with its zone (Smartable writes UTC, {@code Z})
   */
  OffsetDateTime publishedDateTime();

  /**
   * Where the issue is on the web; Smartable quotes it.
   *
   * @return where the issue is on the web; Smartable quotes it
   */
  @Quoted
  String webUrl();

  /**
   * {@code article} in every issue Smartable writes.
   *
   * @return {@code article} in every issue Smartable writes
   */
  String type();

  /** Topics it is listed under, such as {@code Power Apps}; at least one. */
  @Override
  @BlankLineBefore
  List<String> topics();

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

  /** Builds a {@link Newsletter}. */
  final class Builder extends ImmutableNewsletter.Builder {
    /** A new, empty builder; same as {@code Newsletter.builder()}. */
    public Builder() {}
  }
}
