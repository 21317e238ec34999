package org.frontmatter4j.model;

import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** An image: a provider logo, an article's picture. */
@Value.Immutable
public interface Image extends WithImage {

  /**
   * The image's address. Smartable quotes it in news (and a person's {@code affiliation}) but
   * not elsewhere, so the property that holds the image says so with
   * {@code @Quoted(keys = "url")}.
   *
   * @return the image's address
   */
  String url();

  /**
   * Width in pixels.
   *
   * @return width in pixels
   */
  int width();

  /**
   * Height in pixels.
   *
   * @return height in pixels
   */
  int height();

  /**
   * Whether Smartable keeps a cached copy.
   *
   * @return whether Smartable keeps a cached copy
   */
  Optional<Boolean> isCached();

  /**
   * A caption, in some generations of the format.
   *
   * @return a caption, in some generations of the format
   */
  @Quoted
  Optional<String> title();

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

  /** Builds an {@link Image}. */
  final class Builder extends ImmutableImage.Builder {
    /** A new, empty builder; same as {@code Image.builder()}. */
    public Builder() {}
  }
}
