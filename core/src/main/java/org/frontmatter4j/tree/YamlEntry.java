package org.frontmatter4j.tree;

import static java.util.Objects.requireNonNull;

/**
 * One key and its value in a mapping.
 *
 * @param key   the key; keys are always scalars
 * @param value the value
 */
public record YamlEntry(YamlScalar key, YamlNode value) {

  /**
   * Checks that the key and the value are present.
   *
   * @param key the key; keys are always scalars
   * @param value the value
   */
  public YamlEntry {
    requireNonNull(key, "key must not be null");
    requireNonNull(value, "value must not be null");
  }

  /** {@return the key's text} */
  public String name() {
    return key.value();
  }
}
