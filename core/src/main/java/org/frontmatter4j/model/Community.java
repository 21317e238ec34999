package org.frontmatter4j.model;

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
 * A community: a {@code _communities} file, such as a forum or a Facebook group. Accessor names
 * are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Community extends Content, WithCommunity {

  /**
   * The community's name.
   *
   * @return the community's name
   */
  @Quoted
  String name();

  /**
   * Summary shown in lists.
   *
   * @return summary shown in lists
   */
  @Quoted
  String excerpt();

  /**
   * Where the community is.
   *
   * @return where the community is
   */
  String originalUrl();

  /**
   * Its address as Smartable links it.
   *
   * @return its address as Smartable links it
   */
  String webUrl();

  /**
   * What it is, such as {@code forum}; older files leave it out.
   *
   * @return what it is, such as {@code forum}; older files leave it out
   */
  Optional<String> type();

  /**
   * How many members it had when the file was written; never negative.
   *
   * @return how many members it had when the file was written; never negative
   */
  int members();

  /**
   * Smartable's popularity score; older files leave it out.
   *
   * @return smartable's popularity score; older files leave it out
   */
  OptionalInt heat();

  /**
   * Who hosts it (Facebook, Stack Overflow), with its logo.
   *
   * @return who hosts it (Facebook, Stack Overflow), with its logo
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

  /** Builds a {@link Community}. */
  final class Builder extends ImmutableCommunity.Builder {
    /** A new, empty builder; same as {@code Community.builder()}. */
    public Builder() {}
  }
}
