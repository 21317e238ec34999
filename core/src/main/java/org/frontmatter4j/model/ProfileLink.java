package org.frontmatter4j.model;

import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** A person's page on another site, given by its address: {@code linkedin}, {@code wikipedia}. */
@Value.Immutable
public interface ProfileLink extends WithProfileLink {

  /**
   * The page's address, such as {@code https://www.linkedin.com/in/rycu}.
   *
   * @return the page's address, such as {@code https://www.linkedin.com/in/rycu}
   */
  String url();

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

  /** Builds a {@link ProfileLink}. */
  final class Builder extends ImmutableProfileLink.Builder {
    /** A new, empty builder; same as {@code ProfileLink.builder()}. */
    public Builder() {}
  }
}
