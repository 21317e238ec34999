package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Compares the model bound from a source document with an edited model, field by field, and
 * tells a {@link SourceEditor} the smallest edits that turn the source into the edited model.
 * A field whose value is unchanged is never touched, even where its text is not canonical.
 */
final class Differ {
  private final SourceEditor editor;
  private final int naming;

  /** {@code naming}: the {@code KeyNaming.ordinal()} of the document's keys. */
  Differ(SourceEditor editor, int naming) {
    this.editor = editor;
    this.naming = naming;
  }

  /** Edits {@code mapping}, which holds {@code before}, so that it holds {@code after}. */
  void object(TypeModel model, YamlMapping mapping, Object before, Object after,
      boolean topLevel) {
    Set<YamlEntry> removed = new HashSet<>();
    List<PropertyModel> added = new ArrayList<>();
    for (PropertyModel property : model.propertyArray()) {
      Object old = Layout.value(property, before);
      Object now = Layout.value(property, after);
      if (Objects.equals(old, now)) {
        continue;
      }
      YamlEntry entry = mapping.entry(property.key(naming)).orElse(null);
      if (Layout.omitted(now)) {
        if (entry != null) {
          removed.add(entry);
        }
      } else if (entry == null) {
        added.add(property);
      } else {
        value(property, mapping, entry, old, now);
      }
    }
    List<SourceEditor.EntryInsert> inserts = new ArrayList<>();
    for (PropertyModel property : added) {
      Object value = Layout.value(property, after);
      inserts.add(new SourceEditor.EntryInsert(anchor(model, mapping, property, removed),
          new Out.Entry(property.key(naming), Layout.write(property, value, naming),
              topLevel && property.blankLineBefore())));
    }
    extras(model, mapping, Layout.extras(model, before), Layout.extras(model, after), removed,
        inserts, topLevel);
    if (!removed.isEmpty()) {
      editor.removeEntries(mapping, removed);
    }
    if (!inserts.isEmpty()) {
      editor.insertEntries(mapping, inserts);
    }
  }

  /** The nearest entry before {@code property} in canonical order that stays in the mapping. */
  private YamlEntry anchor(TypeModel model, YamlMapping mapping, PropertyModel property,
      Set<YamlEntry> removed) {
    YamlEntry anchor = null;
    for (PropertyModel earlier : model.propertyArray()) {
      if (earlier == property) {
        break;
      }
      YamlEntry entry = mapping.entry(earlier.key(naming)).orElse(null);
      if (entry != null && !removed.contains(entry)) {
        anchor = entry;
      }
    }
    return anchor;
  }

  private void extras(TypeModel model, YamlMapping mapping,
      Map<String, YamlNode> before, Map<String, YamlNode> after, Set<YamlEntry> removed,
      List<SourceEditor.EntryInsert> inserts, boolean topLevel) {
    if (before.equals(after)) {
      return;
    }
    for (Map.Entry<String, YamlNode> old : before.entrySet()) {
      YamlEntry entry = mapping.entry(old.getKey()).orElseThrow();
      YamlNode now = after.get(old.getKey());
      if (now == null) {
        removed.add(entry);
      } else if (!Trees.same(old.getValue(), now)) {
        if (entry.value() instanceof YamlScalar source && now instanceof YamlScalar scalar) {
          editor.replaceScalar(source, scalarOf(scalar), mapping.flow());
        } else {
          editor.replaceEntryValue(entry, Layout.node(now), mapping.flow());
        }
      }
    }
    YamlEntry last = mapping.entries().isEmpty() ? null
        : mapping.entries().get(mapping.entries().size() - 1);
    for (Map.Entry<String, YamlNode> now : after.entrySet()) {
      if (before.containsKey(now.getKey())) {
        continue;
      }
      if (Layout.property(model, now.getKey(), naming) != null
          || mapping.entry(now.getKey()).isPresent()) {
        throw new IllegalArgumentException("extra key '" + now.getKey()
            + "' is already a key of this mapping");
      }
      inserts.add(new SourceEditor.EntryInsert(last,
          Layout.extra(now.getKey(), now.getValue(), topLevel)));
    }
  }

  private static Out.Scalar scalarOf(YamlScalar scalar) {
    return scalar.type() == ScalarType.STRING ? Out.Scalar.plain(scalar.value())
        : Out.Scalar.typed(scalar.value(), scalar.type());
  }

  private void value(PropertyModel property, YamlMapping mapping, YamlEntry entry, Object old,
      Object now) {
    Codec codec = property.codec().content();
    YamlNode node = entry.value();
    if (codec.model() != null && node instanceof YamlMapping nested) {
      object(codec.model(), nested, old, now, false);
    } else if (codec.items() != null && node instanceof YamlSequence sequence
        && (sequence.flow() || !((Collection<?>) now).isEmpty())) {
      list(codec.items(), property.quoted(), sequence, List.copyOf((Collection<?>) old),
          List.copyOf((Collection<?>) now));
    } else {
      Out value = property.write(now, naming);
      if (node instanceof YamlScalar scalar && value instanceof Out.Scalar replacement) {
        editor.replaceScalar(scalar, replacement, mapping.flow());
      } else {
        editor.replaceEntryValue(entry, value, mapping.flow());
      }
    }
  }

  /**
   * Edits a sequence: items equal in both lists (longest common subsequence) stay untouched;
   * between them, old and new items are paired in order and edited in place, and the rest are
   * removed or inserted.
   */
  private void list(Codec codec, boolean quoted, YamlSequence sequence, List<?> old,
      List<?> now) {
    int[][] lcs = lcs(old, now);
    boolean[] kept = new boolean[old.size()];
    boolean[] removed = new boolean[old.size()];
    List<SourceEditor.ItemInsert> inserts = new ArrayList<>();
    int i = 0;
    int j = 0;
    int lastKept = -1;
    while (i < old.size() || j < now.size()) {
      if (i < old.size() && j < now.size() && Objects.equals(old.get(i), now.get(j))
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        kept[i] = true;
        lastKept = i++;
        j++;
        continue;
      }
      int gapOld = i;
      int gapNew = j;
      while (i < old.size() || j < now.size()) {
        if (i < old.size() && j < now.size() && Objects.equals(old.get(i), now.get(j))
            && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
          break;
        }
        if (j < now.size() && (i == old.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
          j++;
        } else {
          i++;
        }
      }
      int paired = Math.min(i - gapOld, j - gapNew);
      for (int k = 0; k < paired; k++) {
        item(codec, quoted, sequence, gapOld + k, old.get(gapOld + k), now.get(gapNew + k));
        kept[gapOld + k] = true;
        lastKept = gapOld + k;
      }
      for (int k = gapOld + paired; k < i; k++) {
        removed[k] = true;
      }
      for (int k = gapNew + paired; k < j; k++) {
        inserts.add(new SourceEditor.ItemInsert(lastKept, codec.write(now.get(k), quoted,
            naming)));
      }
    }
    if (!inserts.isEmpty()) {
      editor.insertItems(sequence, kept, inserts);
    }
    editor.removeItems(sequence, removed);
  }

  private void item(Codec codec, boolean quoted, YamlSequence sequence, int index, Object old,
      Object now) {
    YamlNode node = sequence.items().get(index);
    if (codec.model() != null && node instanceof YamlMapping mapping) {
      object(codec.model(), mapping, old, now, false);
      return;
    }
    Out value = codec.write(now, quoted, naming);
    if (node instanceof YamlScalar scalar && value instanceof Out.Scalar replacement) {
      editor.replaceScalar(scalar, replacement, sequence.flow());
    } else {
      editor.replaceItem(sequence, node, value);
    }
  }

  /** Longest-common-subsequence lengths of every pair of suffixes. */
  private static int[][] lcs(List<?> a, List<?> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] = Objects.equals(a.get(i), b.get(j))
            ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table;
  }
}
