package org.frontmatter4j.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

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
  private final String[][] quotedKeys;
  private final boolean blankLineBefore;
  private final boolean blankLineKeptWhenAbsent;
  private final Codec codec;
  private final int slot;
  private final MethodHandle getter;
  private final Object absent;

  PropertyModel(String javaName, String[] keys, Type genericType, boolean required,
      boolean quoted, String[] quotedKeys, boolean blankLineBefore, boolean blankLineKeptWhenAbsent,
      Codec codec, int slot, MethodHandle getter, Object absent) {
    this.javaName = javaName;
    this.keys = keys;
    this.genericType = genericType;
    this.required = required;
    this.quoted = quoted;
    this.quotedKeys = new String[quotedKeys.length][];
    for (int i = 0; i < quotedKeys.length; i++) {
      this.quotedKeys[i] = quotedKeys[i].split("\\.");
    }
    this.blankLineBefore = blankLineBefore;
    this.blankLineKeptWhenAbsent = blankLineKeptWhenAbsent;
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

  /**
   * Whether that blank line is written where its key would stand even when it is absent
   * ({@code @BlankLineBefore(keptWhenAbsent = true)}).
   */
  public boolean blankLineKeptWhenAbsent() {
    return blankLineKeptWhenAbsent;
  }

  /** The model of its nested type (itself, its items, its map values or its content), or null. */
  public TypeModel nested() {
    return codec.nested();
  }

  /**
   * A present value as the canonical writer writes it: through its codec, then with the string
   * scalars at its {@code @Quoted(keys = ...)} paths double-quoted.
   */
  Out write(Object value, int naming) {
    Out out = codec.content().write(value, quoted, naming);
    for (String[] path : quotedKeys) {
      out = quote(out, path, 0);
    }
    return out;
  }

  /** {@code out} with the string scalars at {@code path[from..]} quoted; lists pass through. */
  private static Out quote(Out out, String[] path, int from) {
    if (out instanceof Out.Seq seq) {
      List<Out> items = new ArrayList<>(seq.items().size());
      for (Out item : seq.items()) {
        items.add(quote(item, path, from));
      }
      return new Out.Seq(items);
    }
    if (from == path.length) {
      return out instanceof Out.Scalar scalar && scalar.form() == Out.Form.PLAIN
          ? Out.Scalar.quoted(scalar.value()) : out;
    }
    if (out instanceof Out.Map map) {
      List<Out.Entry> entries = new ArrayList<>(map.entries().size());
      for (Out.Entry entry : map.entries()) {
        entries.add(entry.key().equals(path[from])
            ? new Out.Entry(entry.key(), quote(entry.value(), path, from + 1),
                entry.blankBefore())
            : entry);
      }
      return new Out.Map(entries);
    }
    return out;
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
