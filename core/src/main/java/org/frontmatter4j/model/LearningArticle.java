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
 * An article to learn from: a {@code _learning/articles} file, such as a tutorial on a blog.
 * Accessor names are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface LearningArticle extends Content, WithLearningArticle {

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
   * Where the article is.
   *
   * @return where the article is
   */
  String webUrl();

  /**
   * Always {@code article} for this kind.
   *
   * @return always {@code article} for this kind
   */
  String type();

  /**
   * What it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}.
   *
   * @return what it costs, as the provider shows it: {@code Free}, {@code Free+}, {@code $33.43}
   */
  Optional<String> price();

  /**
   * Smartable's popularity score.
   *
   * @return smartable's popularity score
   */
  OptionalInt heat();

  /**
   * Who published it, with its logo.
   *
   * @return who published it, with its logo
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

  /** Builds a {@link LearningArticle}. */
  final class Builder extends ImmutableLearningArticle.Builder {
    /** A new, empty builder; same as {@code LearningArticle.builder()}. */
    public Builder() {}
  }
}
