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
 * A book: a {@code _learning/books} file, such as an Amazon listing with its ratings and
 * authors. Accessor names are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Book extends Content, WithBook {

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
   * Where the book is sold or described.
   *
   * @return where the book is sold or described
   */
  String webUrl();

  /**
   * Always {@code book} for this kind.
   *
   * @return always {@code book} for this kind
   */
  String type();

  /**
   * What it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}.
   *
   * @return what it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}
   */
  Optional<String> price();

  /**
   * What readers think of it.
   *
   * @return what readers think of it
   */
  Optional<Ratings> ratings();

  /**
   * Smartable's popularity score.
   *
   * @return smartable's popularity score
   */
  OptionalInt heat();

  /**
   * Who sells it (Amazon), with its logo and the book's authors.
   *
   * @return who sells it (Amazon), with its logo and the book's authors
   */
  @BlankLineBefore
  Provider provider();

  /**
   * Who it is for: {@code Beginner}, {@code Intermediate}, {@code Advanced}.
   *
   * @return who it is for: {@code Beginner}, {@code Intermediate}, {@code Advanced}
   */
  @BlankLineBefore
  List<String> levels();

  /** Topics it is listed under, such as {@code Power Apps}; at least one. */
  @Override
  @BlankLineBefore
  List<String> topics();

  /**
   * Its cover, with the book's title as its title.
   *
   * @return its cover, with the book's title as its title
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

  /** Builds a {@link Book}. */
  final class Builder extends ImmutableBook.Builder {
    /** A new, empty builder; same as {@code Book.builder()}. */
    public Builder() {}
  }
}
