package org.frontmatter4j.model;

import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** An image: a provider logo, an article's picture. */
@Value.Immutable
public interface Image extends WithImage {

  /** {@return the image's address; Smartable writes it double-quoted} */
  String url();

  /** {@return width in pixels} */
  int width();

  /** {@return height in pixels} */
  int height();

  /** {@return whether Smartable keeps a cached copy} */
  Optional<Boolean> isCached();

  /** {@return a caption, in some generations of the format} */
  Optional<String> title();

  /** {@return keys a lenient reader did not know, in source order} */
  Map<String, YamlNode> extra();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Image}. */
  final class Builder extends ImmutableImage.Builder {
    /** A new, empty builder; same as {@code Image.builder()}. */
    public Builder() {}
  }
}
