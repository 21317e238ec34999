package org.frontmatter4j.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

/**
 * One property of a bindable type: its names, its type and how its values are read and written.
 * Built once with the rest of its {@link TypeModel}.
 */
public final class PropertyModel {
  private final String javaName;
  private final String[] keys;
  private final Type genericType;
  private final boolean required;
  private final boolean quoted;
  private final boolean blankLineBefore;
  private final Codec codec;
  private final int slot;
  private final MethodHandle getter;
  private final Object absent;

  PropertyModel(String javaName, String[] keys, Type genericType, boolean required,
      boolean quoted, boolean blankLineBefore, Codec codec, int slot, MethodHandle getter,
      Object absent) {
    this.javaName = javaName;
    this.keys = keys;
    this.genericType = genericType;
    this.required = required;
    this.quoted = quoted;
    this.blankLineBefore = blankLineBefore;
    this.codec = codec;
    this.slot = slot;
    this.getter = getter;
    this.absent = absent;
  }

  /** The Java name: the record component, accessor or bean property. */
  public String javaName() {
    return javaName;
  }

  /** The front-matter key under a key naming ({@code KeyNaming.ordinal()}). */
  public String key(int naming) {
    return keys[naming];
  }

  /** The declared type, with its type arguments. */
  public Type genericType() {
    return genericType;
  }

  /** Whether a document must give it. */
  public boolean required() {
    return required;
  }

  /** Whether the canonical writer always double-quotes it. */
  public boolean quoted() {
    return quoted;
  }

  /** Whether the canonical writer puts a blank line before it at the top level. */
  public boolean blankLineBefore() {
    return blankLineBefore;
  }

  /** The model of its nested type (itself, its items, its map values or its content), or null. */
  public TypeModel nested() {
    return codec.nested();
  }

  Codec codec() {
    return codec;
  }

  int slot() {
    return slot;
  }

  /** Its value in {@code instance}, as the accessor returns it. */
  Object get(Object instance) {
    try {
      return getter.invokeExact(instance);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a constructor gets when a document leaves it out: empty, or null for required ones. */
  Object absent() {
    return absent;
  }
}
