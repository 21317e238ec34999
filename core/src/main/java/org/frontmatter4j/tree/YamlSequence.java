package org.frontmatter4j.tree;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.frontmatter4j.SourcePosition;

/**
 * A sequence, its items in source order.
 *
 * @param items the items
 * @param flow  {@code true} for {@code [a, b]} style, {@code false} for block style
 * @param start where it starts
 * @param end   where it ends (exclusive)
 */
public record YamlSequence(
    List<YamlNode> items, boolean flow, SourcePosition start, SourcePosition end)
    implements YamlNode {

  /**
   * Copies the items and checks that the positions are present.
   *
   * @param items the items
   * @param flow {@code true} for {@code [a, b]} style, {@code false} for block style
   * @param start where it starts
   * @param end where it ends (exclusive)
   */
  public YamlSequence {
    items = List.copyOf(items);
    requireNonNull(start, "start must not be null");
    requireNonNull(end, "end must not be null");
  }
}
