package org.frontmatter4j.model;

import java.math.BigDecimal;
import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** What learners think of a course or a book: {@code ratings: {count: 464, average: 4.44}}. */
@Value.Immutable
public interface Ratings extends WithRatings {

  /**
   * How many ratings there are; never negative.
   *
   * @return how many ratings there are; never negative
   */
  int count();

  /**
   * The average rating, from 0 to 5, exactly as written ({@code 4.4396553}, or {@code 5} for a
   * whole number), so that writing it back gives the same text.
   *
   * @return the average rating, from 0 to 5, exactly as written ({@code 4.4396553}, or {@code 5}
   *     for a whole number), so that writing it back gives the same text
   */
  BigDecimal average();

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
   * @return A new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ratings}. */
  final class Builder extends ImmutableRatings.Builder {
    /** A new, empty builder; same as {@code Ratings.builder()}. */
    public Builder() {}
  }
}
