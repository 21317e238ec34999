package org.frontmatter4j.tree;

/** How a scalar was written in the source. */
public enum ScalarStyle {
  /** {@code key: value} */
  PLAIN,
  /** {@code key: 'value'} */
  SINGLE_QUOTED,
  /** {@code key: "value"} */
  DOUBLE_QUOTED,
  /** {@code key: |} */
  LITERAL,
  /** {@code key: >} */
  FOLDED
}
