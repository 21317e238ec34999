package org.frontmatter4j.internal;

/**
 * How values of one Java type are read from the tree. Resolved once per property when its type's
 * model is built, so binding does no type dispatch beyond one virtual call per value.
 */
interface Codec {

  /**
   * The value {@code value} holds, or null after reporting why it cannot be read.
   */
  Object read(Binder binder, Binder.Value value);

  /** The model of the nested type this codec reads (or of its items or values), or null. */
  default TypeModel nested() {
    return null;
  }
}
