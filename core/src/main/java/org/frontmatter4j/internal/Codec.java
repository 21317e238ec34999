package org.frontmatter4j.internal;

/**
 * How values of one Java type are read from the tree and written back. Resolved once per property
 * when its type's model is built, so binding and writing do no type dispatch beyond one virtual
 * call per value.
 */
interface Codec {

  /** The value {@code value} holds, or null after reporting why it cannot be read. */
  Object read(Binder binder, Binder.Value value);

  /**
   * The value as the canonical writer writes it; {@code value} is never null and is already
   * {@linkplain #unwrap unwrapped}. {@code quoted}: the property is {@code @Quoted};
   * {@code naming}: the {@code KeyNaming.ordinal()} of nested keys.
   *
   * @throws IllegalArgumentException if the value cannot be written so that it reads back
   */
  Out write(Object value, boolean quoted, int naming);

  /** For an {@code Optional*}: its content, or null when empty; anything else as it is. */
  default Object unwrap(Object value) {
    return value;
  }

  /** For an {@code Optional*}: the codec of its content; anything else itself. */
  default Codec content() {
    return this;
  }

  /** For a list or set: the codec of its items; anything else null. */
  default Codec items() {
    return null;
  }

  /** For a record, Immutables type or bean: its model; anything else null. */
  default TypeModel model() {
    return null;
  }

  /** The model of the nested type this codec reads (or of its items or values), or null. */
  default TypeModel nested() {
    return null;
  }
}
