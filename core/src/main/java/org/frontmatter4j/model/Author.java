package org.frontmatter4j.model;

import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** Someone who wrote a book or a sample, under its provider's {@code authors}. */
@Value.Immutable
public interface Author extends WithAuthor {

  /**
   * The author's name, such as {@code Gareth James}.
   *
   * @return the author's name, such as {@code Gareth James}
   */
  String name();

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

  /** Builds an {@link Author}. */
  final class Builder extends ImmutableAuthor.Builder {
    /** A new, empty builder; same as {@code Author.builder()}. */
    public Builder() {}
  }
}
