package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** An article listed under a news article's {@code related} key. */
@Value.Immutable
public interface RelatedArticle extends WithRelatedArticle {

  /** {@return headline} */
  String title();

  /** {@return summary} */
  Optional<String> excerpt();

  /** {@return when it was published, with its zone} */
  Optional<OffsetDateTime> publishedDateTime();

  /** {@return where it is} */
  String webUrl();

  /** {@return its AMP version} */
  Optional<String> ampWebUrl();

  /** {@return its AMP version in the Google AMP cache} */
  Optional<String> cdnAmpWebUrl();

  /** {@return the kind of page, such as {@code article} or {@code video}} */
  Optional<String> type();

  /** {@return who published it} */
  Optional<Provider> provider();

  /** {@return Smartable's quality score} */
  OptionalInt quality();

  /** {@return its pictures} */
  List<Image> images();

  /** {@return keys a lenient reader did not know, in source order} */
  Map<String, YamlNode> extra();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelatedArticle}. */
  final class Builder extends ImmutableRelatedArticle.Builder {
    /** A new, empty builder; same as {@code RelatedArticle.builder()}. */
    public Builder() {}
  }
}
