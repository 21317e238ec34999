package org.frontmatter4j.model;

import java.util.List;
import java.util.Map;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** Who published an article: a site and its logo. */
@Value.Immutable
public interface Provider extends WithProvider {

  /** {@return display name, such as {@code The Next Web}} */
  String name();

  /** {@return host name, such as {@code thenextweb.com}} */
  String domain();

  /**
   * Logos, usually one 50x50 image.
   *
   * @return the logos, in source order; empty when there are none
   */
  List<Image> images();

  /** {@return keys a lenient reader did not know, in source order} */
  Map<String, YamlNode> extra();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provider}. */
  final class Builder extends ImmutableProvider.Builder {
    /** A new, empty builder; same as {@code Provider.builder()}. */
    public Builder() {}
  }
}
