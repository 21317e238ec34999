package org.frontmatter4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * An organization that made a course a provider offers, under the provider's
 * {@code publishers}: {@code IBM} for a Coursera course. Unlike a {@link Provider} it may have no
 * known domain; Smartable then writes an empty {@code domain:}.
 */
@Value.Immutable
public interface Publisher extends WithPublisher {

  /**
   * Display name, such as {@code Johns Hopkins University}.
   *
   * @return display name, such as {@code Johns Hopkins University}
   */
  String name();

  /**
   * Host name, such as {@code ibm.com}; empty when Smartable does not know it.
   *
   * @return host name, such as {@code ibm.com}; empty when Smartable does not know it
   */
  Optional<String> domain();

  /**
   * Logos, usually one 50x50 image.
   *
   * @return logos, usually one 50x50 image
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
   * @return A new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publisher}. */
  final class Builder extends ImmutablePublisher.Builder {
    /** A new, empty builder; same as {@code Publisher.builder()}. */
    public Builder() {}
  }
}
