package org.frontmatter4j.model;

import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** A person's Twitter account, under {@code twitter}. */
@Value.Immutable
public interface TwitterAccount extends WithTwitterAccount {

  /**
   * The handle without {@code @}, such as {@code aprildunnam}.
   *
   * @return the handle without {@code @}, such as {@code aprildunnam}
   */
  String username();

  /**
   * The profile's address, such as {@code https://twitter.com/aprildunnam}.
   *
   * @return the profile's address, such as {@code https://twitter.com/aprildunnam}
   */
  String url();

  /**
   * How many followers the account had when the file was written; never negative.
   *
   * @return how many followers the account had when the file was written; never negative
   */
  int followers();

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

  /** Builds a {@link TwitterAccount}. */
  final class Builder extends ImmutableTwitterAccount.Builder {
    /** A new, empty builder; same as {@code TwitterAccount.builder()}. */
    public Builder() {}
  }
}
