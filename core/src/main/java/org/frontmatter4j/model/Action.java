package org.frontmatter4j.model;

import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * A button a sample offers, under its {@code actions}: a download of its source code. Smartable
 * double-quotes every value.
 */
@Value.Immutable
public interface Action extends WithAction {

  /**
   * Where the action leads, such as the download link of the attachment.
   *
   * @return where the action leads, such as the download link of the attachment
   */
  @Quoted
  String url();

  /**
   * What the action does, such as {@code download}.
   *
   * @return what the action does, such as {@code download}
   */
  @Quoted
  String type();

  /**
   * The button's label, such as {@code Download Source Code}.
   *
   * @return the button's label, such as {@code Download Source Code}
   */
  @Quoted
  String title();

  /**
   * Who hosts what the action leads to, such as {@code Power Apps Community}.
   *
   * @return who hosts what the action leads to, such as {@code Power Apps Community}
   */
  @Quoted
  String attribution();

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

  /** Builds an {@link Action}. */
  final class Builder extends ImmutableAction.Builder {
    /** A new, empty builder; same as {@code Action.builder()}. */
    public Builder() {}
  }
}
