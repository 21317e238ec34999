package org.frontmatter4j.tree;

import org.frontmatter4j.SourcePosition;

/** A node of the front-matter tree. */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

  /** {@return where the node starts (for a scalar: its first character, quote or indicator)} */
  SourcePosition start();

  /** {@return where the node ends (exclusive)} */
  SourcePosition end();
}
