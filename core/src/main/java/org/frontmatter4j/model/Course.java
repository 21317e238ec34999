package org.frontmatter4j.model;

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
 * A course: a {@code _learning/courses} file, such as a Microsoft Learn module or a Coursera
 * course. Accessor names are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Course extends Content, WithCourse {

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
   * Where the course is.
   *
   * @return where the course is
   */
  String webUrl();

  /**
   * Always {@code course} for this kind.
   *
   * @return always {@code course} for this kind
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
   * What learners think of it.
   *
   * @return what learners think of it
   */
  Optional<Ratings> ratings();

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
   * Who offers it (Microsoft Learn, Coursera), with its logo and, for some sites, its publishers.
   *
   * @return who offers it (Microsoft Learn, Coursera), with its logo and, for some sites, its
   *     publishers
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
   * Finer labels than topics, such as {@code PyTorch}.
   *
   * @return finer labels than topics, such as {@code PyTorch}
   */
  List<String> tags();

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

  /** Builds a {@link Course}. */
  final class Builder extends ImmutableCourse.Builder {
    /** A new, empty builder; same as {@code Course.builder()}. */
    public Builder() {}
  }
}
