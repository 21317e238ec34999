package org.frontmatter4j.tree;

/**
 * What a scalar means under the YAML 1.2 JSON schema. Only plain scalars can be anything but
 * {@link #STRING}: {@code yes}, {@code 087} and {@code 2020-09-23} stay strings.
 */
public enum ScalarType {
  /** Text: quoted, block, or plain and not one of the others. */
  STRING,
  /** A plain decimal integer such as {@code 42} or {@code -7}. */
  INTEGER,
  /** A plain number with a fraction or an exponent, such as {@code 1.5} or {@code 1e3}. */
  FLOAT,
  /** Plain {@code true} or {@code false}. */
  BOOLEAN,
  /** Plain {@code null}, or an empty value. */
  NULL
}
