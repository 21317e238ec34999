package org.frontmatter4j.model;

import java.util.Map;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/** A researcher's Google Scholar profile, under {@code googleScholar}. */
@Value.Immutable
public interface ScholarProfile extends WithScholarProfile {

  /**
   * The profile's address, such as {@code https://scholar.google.com/citations?user=...}.
   *
   * @return the profile's address, such as {@code https://scholar.google.com/citations?user=...}
   */
  String url();

  /**
   * How many times the researcher's work has been cited; never negative.
   *
   * @return how many times the researcher's work has been cited; never negative
   */
  int citations();

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

  /** Builds a {@link ScholarProfile}. */
  final class Builder extends ImmutableScholarProfile.Builder {
    /** A new, empty builder; same as {@code ScholarProfile.builder()}. */
    public Builder() {}
  }
}
