package org.frontmatter4j.tree;

/**
 * What a scalar means under the YAML 1.2 JSON schema. Only plain scalars can be anything but
 * {@link #STRING}: {@code yes}, {@code 087} and {@code 2020-09-23} stay strings.
 */
public enum ScalarType {
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL
}
