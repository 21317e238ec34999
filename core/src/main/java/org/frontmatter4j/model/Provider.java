package org.frontmatter4j.model;

import java.util.List;
import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * An organization and its logo: who published an article, a video, a course or a book (the
 * {@code provider} of every kind), or a person's employer (a person's {@code affiliation}).
 */
@Value.Immutable
public interface Provider extends WithProvider {

  /**
   * Display name, such as {@code The Next Web}.
   *
   * @return display name, such as {@code The Next Web}
   */
  String name();

  /**
   * Host name, such as {@code thenextweb.com}.
   *
   * @return host name, such as {@code thenextweb.com}
   */
  String domain();

  /**
   * Logos, usually one 50x50 image.
   *
   * @return the logos, in source order; empty when there are none
   */
  List<Image> images();

  /**
   * Who wrote the book or the sample it offers; empty for other kinds.
   *
   * @return who wrote the book or the sample it offers; empty for other kinds
   */
  List<Author> authors();

  /**
   * Who made the course it offers (IBM for a Coursera course); empty for other kinds.
   *
   * @return who made the course it offers (IBM for a Coursera course); empty for other kinds
   */
  List<Publisher> publishers();

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

  /** Builds a {@link Provider}. */
  final class Builder extends ImmutableProvider.Builder {
    /** A new, empty builder; same as {@code Provider.builder()}. */
    public Builder() {}
  }
}
