package org.frontmatter4j.internal;

import java.util.ArrayList;
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

  Differ(SourceEditor editor) {
    this.editor = editor;
  }

  /** Edits {@code mapping}, which holds {@code before}, so that it holds {@code after}. */
  <T> void object(Layout.Schema<T> schema, YamlMapping mapping, Object before, Object after,
      boolean topLevel) {
    Set<YamlEntry> removed = new HashSet<>();
    List<Layout.Prop<T>> added = new ArrayList<>();
    for (Layout.Prop<T> prop : schema.props()) {
      Object old = schema.get(prop, before);
      Object now = schema.get(prop, after);
      if (Objects.equals(old, now)) {
        continue;
      }
      YamlEntry entry = mapping.entry(prop.key()).orElse(null);
      if (Layout.omitted(prop, now)) {
        if (entry != null) {
          removed.add(entry);
        }
      } else if (entry == null) {
        added.add(prop);
      } else {
        value(prop.kind(), mapping, entry, old, now);
      }
    }
    List<SourceEditor.EntryInsert> inserts = new ArrayList<>();
    for (Layout.Prop<T> prop : added) {
      Object value = schema.get(prop, after);
      inserts.add(new SourceEditor.EntryInsert(anchor(schema, mapping, prop, removed),
          new Out.Entry(prop.key(), Layout.value(prop.kind(), value),
              topLevel && prop.blankBefore())));
    }
    extras(schema, mapping, schema.extra(before), schema.extra(after), removed, inserts, topLevel);
    if (!removed.isEmpty()) {
      editor.removeEntries(mapping, removed);
    }
    if (!inserts.isEmpty()) {
      editor.insertEntries(mapping, inserts);
    }
  }

  /** The nearest entry before {@code prop} in canonical order that stays in the mapping. */
  private static <T> YamlEntry anchor(Layout.Schema<T> schema, YamlMapping mapping,
      Layout.Prop<T> prop, Set<YamlEntry> removed) {
    YamlEntry anchor = null;
    for (Layout.Prop<T> earlier : schema.props()) {
      if (earlier == prop) {
        break;
      }
      YamlEntry entry = mapping.entry(earlier.key()).orElse(null);
      if (entry != null && !removed.contains(entry)) {
        anchor = entry;
      }
    }
    return anchor;
  }

  private <T> void extras(Layout.Schema<T> schema, YamlMapping mapping,
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
      if (schema.prop(now.getKey()) != null || mapping.entry(now.getKey()).isPresent()) {
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

  private void value(Layout.Kind kind, YamlMapping mapping, YamlEntry entry, Object old,
      Object now) {
    YamlNode node = entry.value();
    if (kind instanceof Layout.Obj obj && node instanceof YamlMapping nested) {
      object(obj.schema(), nested, old, now, false);
    } else if (kind instanceof Layout.ListOf list && node instanceof YamlSequence sequence
        && (sequence.flow() || !((List<?>) now).isEmpty())) {
      list(list.item(), sequence, (List<?>) old, (List<?>) now);
    } else if (node instanceof YamlScalar scalar && isScalar(kind)) {
      editor.replaceScalar(scalar, (Out.Scalar) Layout.value(kind, now), mapping.flow());
    } else {
      editor.replaceEntryValue(entry, Layout.value(kind, now), mapping.flow());
    }
  }

  private static boolean isScalar(Layout.Kind kind) {
    return !(kind instanceof Layout.Obj) && !(kind instanceof Layout.ListOf);
  }

  /**
   * Edits a sequence: items equal in both lists (longest common subsequence) stay untouched;
   * between them, old and new items are paired in order and edited in place, and the rest are
   * removed or inserted.
   */
  private void list(Layout.Kind kind, YamlSequence sequence, List<?> old, List<?> now) {
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
        item(kind, sequence, gapOld + k, old.get(gapOld + k), now.get(gapNew + k));
        kept[gapOld + k] = true;
        lastKept = gapOld + k;
      }
      for (int k = gapOld + paired; k < i; k++) {
        removed[k] = true;
      }
      for (int k = gapNew + paired; k < j; k++) {
        inserts.add(new SourceEditor.ItemInsert(lastKept, Layout.value(kind, now.get(k))));
      }
    }
    if (!inserts.isEmpty()) {
      editor.insertItems(sequence, kept, inserts);
    }
    editor.removeItems(sequence, removed);
  }

  private void item(Layout.Kind kind, YamlSequence sequence, int index, Object old, Object now) {
    YamlNode node = sequence.items().get(index);
    if (kind instanceof Layout.Obj obj && node instanceof YamlMapping mapping) {
      object(obj.schema(), mapping, old, now, false);
    } else if (node instanceof YamlScalar scalar && isScalar(kind)) {
      editor.replaceScalar(scalar, (Out.Scalar) Layout.value(kind, now), sequence.flow());
    } else {
      editor.replaceItem(sequence, node, Layout.value(kind, now));
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
