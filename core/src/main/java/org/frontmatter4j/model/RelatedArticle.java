package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** An article listed under a news article's {@code related} key. */
@Value.Immutable
public interface RelatedArticle extends WithRelatedArticle {

  /**
   * Headline.
   *
   * @return headline
   */
  @Quoted
  String title();

  /**
   * Summary.
   *
   * @return summary
   */
  @Quoted
  Optional<String> excerpt();

  /**
   * When it was published, with its zone.
   *
   * @return when it was published, with its zone
   */
  Optional<OffsetDateTime> publishedDateTime();

  /**
   * Where it is.
   *
   * @return where it is
   */
  @Quoted
  String webUrl();

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
  Optional<String> type();

  /**
   * Who published it.
   *
   * @return who published it
   */
  Optional<Provider> provider();

  /**
   * Smartable's quality score.
   *
   * @return Smartable's quality score
   */
  OptionalInt quality();

  /**
   * Its pictures.
   *
   * @return its pictures
   */
  List<Image> images();

  /**
   * Keys a lenient reader did not know, in source order.
   *
   * @return keys a lenient reader did not know, in source order
   */
  @Extras
  Map<String, YamlNode> extra();

  /**
   * A new builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelatedArticle}. */
  final class Builder extends ImmutableRelatedArticle.Builder {
    /** A new, empty builder; same as {@code RelatedArticle.builder()}. */
    public Builder() {}
  }
}
