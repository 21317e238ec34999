package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * The canonical layout of any bindable type, read from its {@link TypeModel}: keys in declaration
 * order, {@code @Quoted} strings double-quoted and others plain when they read back the same,
 * a blank line before each {@code @BlankLineBefore} key at the top level, empty optionals and
 * collections left out, unknown keys last. The news models declare Smartable's layout with those
 * annotations, so there is no second table of it here.
 */
final class Layout {
  private Layout() {}

  /**
   * A property's value as the writers compare and write it: an {@code Optional*}'s content, null
   * when it is empty (or when a bean holds null).
   */
  static Object value(PropertyModel property, Object instance) {
    Object value = property.get(instance);
    return value == null ? null : property.codec().unwrap(value);
  }

  /** Whether a value is left out: absent, or an empty collection or map. */
  static boolean omitted(Object value) {
    return value == null || value instanceof Collection<?> c && c.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty();
  }

  /** A property's present value as written. */
  static Out write(PropertyModel property, Object value, int naming) {
    return property.write(value, naming);
  }

  /** An instance as a mapping in canonical order, its unknown keys last. */
  static Out.Map object(TypeModel model, Object instance, boolean topLevel, int naming) {
    List<Out.Entry> entries = new ArrayList<>();
    // the blank line of an absent @BlankLineBefore(keptWhenAbsent = true) key, not yet written
    boolean pendingBlank = false;
    for (PropertyModel property : model.propertyArray()) {
      Object value = value(property, instance);
      if (!omitted(value)) {
        entries.add(new Out.Entry(property.key(naming), write(property, value, naming),
            topLevel && (property.blankLineBefore() || pendingBlank)));
        pendingBlank = false;
      } else if (topLevel && property.blankLineKeptWhenAbsent() && !entries.isEmpty()) {
        pendingBlank = true;
      }
    }
    for (Map.Entry<String, YamlNode> extra : extras(model, instance).entrySet()) {
      if (property(model, extra.getKey(), naming) != null) {
        throw new IllegalArgumentException("extra key '" + extra.getKey()
            + "' is already a key of this mapping");
      }
      Out.Entry entry = extra(extra.getKey(), extra.getValue(), topLevel);
      entries.add(pendingBlank ? new Out.Entry(entry.key(), entry.value(), true) : entry);
      pendingBlank = false;
    }
    return new Out.Map(entries, pendingBlank);
  }

  /** The instance's unknown keys, empty when its type keeps none. */
  @SuppressWarnings("unchecked")
  static Map<String, YamlNode> extras(TypeModel model, Object instance) {
    Object extras = model.extras() == null ? null : model.extras().get(instance);
    return extras == null ? Map.of() : (Map<String, YamlNode>) extras;
  }

  /** The property whose key is {@code key}, or null. */
  static PropertyModel property(TypeModel model, String key, int naming) {
    for (PropertyModel property : model.propertyArray()) {
      if (property.key(naming).equals(key)) {
        return property;
      }
    }
    return null;
  }

  /** An unknown key's entry; at the top level a block collection gets its blank line too. */
  static Out.Entry extra(String key, YamlNode value, boolean topLevel) {
    Out out = node(value);
    boolean block = out instanceof Out.Map map ? !map.entries().isEmpty()
        : out instanceof Out.Seq seq && !seq.items().isEmpty();
    return new Out.Entry(key, out, topLevel && block);
  }

  /**
   * A tree node, such as an unknown key's value: strings plain when they were plain and still
   * read back the same, double-quoted otherwise; other scalars as their text.
   */
  static Out node(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      if (scalar.type() != ScalarType.STRING) {
        return Out.Scalar.typed(scalar.value(), scalar.type());
      }
      return scalar.style() == ScalarStyle.PLAIN
          ? Out.Scalar.plain(scalar.value()) : Out.Scalar.quoted(scalar.value());
    }
    if (node instanceof YamlMapping mapping) {
      List<Out.Entry> entries = new ArrayList<>();
      for (YamlEntry entry : mapping.entries()) {
        entries.add(new Out.Entry(entry.name(), node(entry.value()), false));
      }
      return new Out.Map(entries);
    }
    List<Out> items = new ArrayList<>();
    for (YamlNode item : ((YamlSequence) node).items()) {
      items.add(node(item));
    }
    return new Out.Seq(items);
  }
}
