package org.frontmatter4j.tree;

import static java.util.Objects.requireNonNull;

import org.frontmatter4j.SourcePosition;

/**
 * A scalar: its value after YAML unescaping, its style and its JSON-schema type.
 *
 * @param value the value, as YAML reads it (escapes resolved, folding applied)
 * @param style how it was written
 * @param type  what it means; only plain scalars resolve to anything but {@link ScalarType#STRING}
 * @param start where it starts
 * @param end   where it ends (exclusive)
 */
public record YamlScalar(
    String value, ScalarStyle style, ScalarType type, SourcePosition start, SourcePosition end)
    implements YamlNode {

  /**
   * Checks that every component is present.
   *
   * @param value the value, as YAML reads it (escapes resolved, folding applied)
   * @param style how it was written
   * @param type what it means; only plain scalars resolve to anything but {@link ScalarType#STRING}
   * @param start where it starts
   * @param end where it ends (exclusive)
   */
  public YamlScalar {
    requireNonNull(value, "value must not be null");
    requireNonNull(style, "style must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(start, "start must not be null");
    requireNonNull(end, "end must not be null");
  }
}
