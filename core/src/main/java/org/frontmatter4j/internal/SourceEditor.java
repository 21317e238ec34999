package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Splices changes into a document's text at the offsets its tree recorded, leaving every other
 * character (comments, blank lines, quoting, indentation, line ends, the body) as it was.
 *
 * <p>The tree gives each node's start and end, but a block collection "ends" where the next token
 * starts, past blank lines and comments, and a block scalar's end includes the blank lines after
 * it. So edits measure a node's extent from its last non-blank content instead, and take or give
 * whole lines.
 */
public final class SourceEditor {
  private final FrontMatterDocument document;
  private final String text;
  private final Emitter emitter;
  private final List<Edit> edits = new ArrayList<>();

  /** One splice: {@code text} replaces {@code [start, end)}. */
  private record Edit(int start, int end, String text) {}

  /** A new entry and the existing entry it goes after (null: before the first entry). */
  record EntryInsert(YamlEntry after, Out.Entry entry) {}

  /** A new item and the index of the existing item it goes after (-1: before the first kept). */
  record ItemInsert(int after, Out item) {}

  /** An editor of {@code document}'s text, with no edits yet. */
  public SourceEditor(FrontMatterDocument document) {
    this.document = document;
    this.text = document.text();
    this.emitter = new Emitter(document.lineEnding().separator());
  }

  /** The edited file; with no edits, exactly the source. A BOM comes back as a leading U+FEFF. */
  public String result() {
    List<Edit> sorted = new ArrayList<>(edits);
    // Stable: insertions at one offset keep the order they were made in, and come before a
    // removal that starts there.
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> e.end() > e.start()));
    StringBuilder out = new StringBuilder(text.length() + 64);
    if (document.hasBom()) {
      out.append('\uFEFF');
    }
    int cursor = 0;
    for (Edit edit : sorted) {
      if (edit.start() < cursor) {
        throw new IllegalStateException("overlapping edits at offset " + edit.start());
      }
      out.append(text, cursor, edit.start()).append(edit.text());
      cursor = edit.end();
    }
    return out.append(text, cursor, text.length()).toString();
  }

  /** Replaces the body: everything after the closing delimiter line. */
  void body(String body) {
    int bodyOffset = document.bodyOffset();
    boolean closingLineEnded = bodyOffset > 0 && text.charAt(bodyOffset - 1) == '\n';
    String prefix = closingLineEnded || body.isEmpty() ? "" : emitter.newline();
    edits.add(new Edit(bodyOffset, text.length(), prefix + body));
  }

  /** Writes a scalar's new value in the style the source used for it. */
  public void replaceScalar(YamlScalar scalar, Out.Scalar value, boolean flow) {
    String rendered = renderLike(scalar, value, flow);
    int end = scalar.end().offset();
    if (isBlock(scalar)) {
      // The blank lines after a block scalar's content stay where they are; a new block scalar
      // would swallow any of them that holds more spaces than its indentation.
      end = contentEnd(scalar);
      if (rendered.charAt(0) != '"' && deepBlankLines(end, scalar.end().offset(),
          blockIndent(scalar))) {
        rendered = Scalars.doubleQuoted(value.value());
      }
    }
    edits.add(new Edit(scalar.start().offset(), end, rendered));
  }

  private boolean deepBlankLines(int from, int to, int indent) {
    int spaces = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      spaces = c == ' ' ? spaces + 1 : 0;
      if (spaces > indent) {
        return true;
      }
    }
    return false;
  }

  /** Rewrites an entry's whole value in canonical style, keeping its key where it is. */
  void replaceEntryValue(YamlEntry entry, Out value, boolean flow) {
    YamlNode node = entry.value();
    if (flow) {
      edits.add(new Edit(node.start().offset(), node.end().offset(), Emitter.flow(value)));
      return;
    }
    int keyStart = entry.key().start().offset();
    StringBuilder out = new StringBuilder();
    int indent = column(keyStart);
    emitter.entry(out, new Out.Entry(entry.name(), value, false), indent, false);
    edits.add(new Edit(keyStart, contentEnd(node), trimLine(out, indent)));
  }

  /** Rewrites a sequence item in canonical style. */
  void replaceItem(YamlSequence sequence, YamlNode item, Out value) {
    if (sequence.flow()) {
      edits.add(new Edit(item.start().offset(), item.end().offset(), Emitter.flow(value)));
      return;
    }
    int dash = dash(item);
    StringBuilder out = new StringBuilder();
    int column = column(dash);
    emitter.item(out, value, column);
    edits.add(new Edit(dash, contentEnd(item), trimLine(out, column)));
  }

  /** Removes entries with their lines, and a blank line above that would otherwise double up. */
  void removeEntries(YamlMapping mapping, Set<YamlEntry> removed) {
    List<YamlEntry> entries = mapping.entries();
    if (removed.size() == entries.size()) {
      YamlNode last = entries.get(entries.size() - 1).value();
      int from = mapping.flow() ? mapping.start().offset() : entries.get(0).key().start().offset();
      int to = mapping.flow() ? mapping.end().offset() : contentEnd(last);
      edits.add(new Edit(from, to, "{}"));
      return;
    }
    if (mapping.flow()) {
      List<int[]> spans = new ArrayList<>();
      boolean[] gone = new boolean[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        YamlEntry entry = entries.get(i);
        spans.add(new int[] {entry.key().start().offset(), entry.value().end().offset()});
        gone[i] = removed.contains(entry);
      }
      removeFlowRuns(spans, gone);
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      YamlEntry entry = entries.get(i);
      if (!removed.contains(entry)) {
        continue;
      }
      int keyStart = entry.key().start().offset();
      if (!atLineStart(keyStart)) {
        // The first key of a "- key: value" item: pull the next kept key up onto the dash line.
        int next = i + 1;
        while (removed.contains(entries.get(next))) {
          next++;
        }
        edits.add(new Edit(keyStart, entries.get(next).key().start().offset(), ""));
        i = next;
        continue;
      }
      boolean last = i == entries.size() - 1;
      edits.add(removeLines(lineStart(keyStart), entryEnd(entry.value()), last));
    }
  }

  /** Inserts entries, each after its anchor (or first), in the order given. */
  void insertEntries(YamlMapping mapping, List<EntryInsert> inserts) {
    List<YamlEntry> entries = mapping.entries();
    if (mapping.flow()) {
      for (EntryInsert insert : inserts) {
        String entry = Scalars.key(insert.entry().key(), true) + ": "
            + Emitter.flow(insert.entry().value());
        if (entries.isEmpty()) {
          edits.add(new Edit(mapping.start().offset() + 1, mapping.start().offset() + 1, entry));
        } else if (insert.after() == null) {
          int at = entries.get(0).key().start().offset();
          edits.add(new Edit(at, at, entry + ", "));
        } else {
          int at = insert.after().value().end().offset();
          edits.add(new Edit(at, at, ", " + entry));
        }
      }
      return;
    }
    int firstKey = entries.get(0).key().start().offset();
    int indent = column(firstKey);
    for (EntryInsert insert : inserts) {
      YamlEntry after = insert.after();
      if (after == null && !atLineStart(firstKey)) {
        after = entries.get(entries.size() - 1);
      }
      int at = after == null ? lineStart(firstKey) : entryEnd(after.value());
      StringBuilder out = new StringBuilder();
      emitter.entry(out, insert.entry(), indent, true);
      edits.add(new Edit(at, at, out.toString()));
    }
  }

  /** Removes the flagged items of a sequence with their lines (or their commas, in flow style). */
  void removeItems(YamlSequence sequence, boolean[] removed) {
    List<YamlNode> items = sequence.items();
    if (sequence.flow()) {
      List<int[]> spans = new ArrayList<>();
      for (YamlNode item : items) {
        spans.add(new int[] {item.start().offset(), item.end().offset()});
      }
      removeFlowRuns(spans, removed);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (removed[i]) {
        YamlNode item = items.get(i);
        edits.add(new Edit(lineStart(dash(item)), entryEnd(item), ""));
      }
    }
  }

  /** Inserts items after the given existing items; {@code kept} says which items stay. */
  void insertItems(YamlSequence sequence, boolean[] kept, List<ItemInsert> inserts) {
    List<YamlNode> items = sequence.items();
    int firstKept = -1;
    for (int i = 0; i < kept.length && firstKept < 0; i++) {
      firstKept = kept[i] ? i : -1;
    }
    if (sequence.flow()) {
      for (int k = 0; k < inserts.size(); k++) {
        ItemInsert insert = inserts.get(k);
        String item = Emitter.flow(insert.item());
        if (insert.after() >= 0) {
          int at = items.get(insert.after()).end().offset();
          edits.add(new Edit(at, at, ", " + item));
        } else if (firstKept >= 0) {
          int at = items.get(firstKept).start().offset();
          edits.add(new Edit(at, at, item + ", "));
        } else {
          int at = items.isEmpty() ? sequence.start().offset() + 1 : items.get(0).start().offset();
          edits.add(new Edit(at, at, item + (k < inserts.size() - 1 ? ", " : "")));
        }
      }
      return;
    }
    int column = column(dash(items.get(0)));
    for (ItemInsert insert : inserts) {
      int at = insert.after() >= 0 ? entryEnd(items.get(insert.after()))
          : lineStart(dash(items.get(firstKept >= 0 ? firstKept : 0)));
      StringBuilder out = new StringBuilder();
      emitter.item(out, insert.item(), column);
      edits.add(new Edit(at, at, out.toString()));
    }
  }

  /**
   * Removes runs of flow items with one comma each: before a kept item, up to it; at the end, from
   * the kept item before.
   */
  private void removeFlowRuns(List<int[]> spans, boolean[] removed) {
    int i = 0;
    while (i < spans.size()) {
      if (!removed[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < spans.size() && removed[j + 1]) {
        j++;
      }
      if (j + 1 < spans.size()) {
        edits.add(new Edit(spans.get(i)[0], spans.get(j + 1)[0], ""));
      } else if (i > 0) {
        edits.add(new Edit(spans.get(i - 1)[1], spans.get(j)[1], ""));
      } else {
        edits.add(new Edit(spans.get(i)[0], spans.get(j)[1], ""));
      }
      i = j + 1;
    }
  }

  /**
   * Removes whole lines {@code [from, to)}; when a blank line is above them and another blank line
   * (or the end of their block) below, the blank lines above go too, so that no double blank line
   * is left where a section was.
   */
  private Edit removeLines(int from, int to, boolean lastOfBlock) {
    int start = from;
    if (lastOfBlock || isBlankLine(to)) {
      while (start > document.frontMatterOffset() && isBlankLine(lineStart(start - 1))) {
        start = lineStart(start - 1);
      }
    }
    return new Edit(start, to, "");
  }

  private boolean isBlankLine(int lineStart) {
    if (lineStart >= document.frontMatterEndOffset()) {
      return false;
    }
    for (int i = lineStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** A scalar's new text in its source style, falling back to double quotes when needed. */
  String renderLike(YamlScalar source, Out.Scalar value, boolean flow) {
    if (value.form() == Out.Form.TYPED && value.type() != ScalarType.STRING) {
      return value.text(flow);
    }
    String v = value.value();
    String text = switch (source.style()) {
      case DOUBLE_QUOTED -> null;
      case SINGLE_QUOTED -> Scalars.singleQuoted(v);
      case PLAIN -> value.form() == Out.Form.TYPED || Scalars.plainSafe(v, flow) ? v : null;
      case LITERAL -> blockIndent(source) < 1 ? null
          : Scalars.literal(v, blockIndent(source), emitter.newline());
      case FOLDED -> blockIndent(source) < 1 ? null
          : Scalars.folded(v, blockIndent(source), emitter.newline());
    };
    return text != null ? text : Scalars.doubleQuoted(v);
  }

  /** The indentation of a block scalar's first content line; -1 when it has none. */
  private int blockIndent(YamlScalar scalar) {
    int line = text.indexOf('\n', scalar.start().offset()) + 1;
    int end = scalar.end().offset();
    while (line > 0 && line < end) {
      int spaces = 0;
      while (line + spaces < end && text.charAt(line + spaces) == ' ') {
        spaces++;
      }
      int c = line + spaces < end ? text.charAt(line + spaces) : '\n';
      if (c != '\n' && c != '\r') {
        return spaces;
      }
      line = text.indexOf('\n', line) + 1;
    }
    return -1;
  }

  private static boolean isBlock(YamlScalar scalar) {
    return scalar.style() == ScalarStyle.LITERAL || scalar.style() == ScalarStyle.FOLDED;
  }

  /** Where a node's last non-blank content ends. */
  int contentEnd(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      if (!isBlock(scalar)) {
        return scalar.end().offset();
      }
      int last = scalar.end().offset() - 1;
      while (last > scalar.start().offset() && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      int lineEnd = text.indexOf('\n', last);
      lineEnd = lineEnd < 0 || lineEnd > scalar.end().offset() ? scalar.end().offset() : lineEnd;
      return lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
    }
    if (node instanceof YamlMapping mapping && !mapping.flow()) {
      return contentEnd(mapping.entries().get(mapping.entries().size() - 1).value());
    }
    if (node instanceof YamlSequence sequence && !sequence.flow()) {
      return contentEnd(sequence.items().get(sequence.items().size() - 1));
    }
    return node.end().offset();
  }

  /** Just past the line break that ends a node's last line (comments on it included). */
  int entryEnd(YamlNode node) {
    if (node instanceof YamlMapping mapping && !mapping.flow()) {
      return entryEnd(mapping.entries().get(mapping.entries().size() - 1).value());
    }
    if (node instanceof YamlSequence sequence && !sequence.flow()) {
      return entryEnd(sequence.items().get(sequence.items().size() - 1));
    }
    if (node instanceof YamlScalar scalar && isBlock(scalar) && keeps(scalar)) {
      return scalar.end().offset();
    }
    int newline = text.indexOf('\n', contentEnd(node));
    return newline < 0 ? text.length() : newline + 1;
  }

  /** Whether a block scalar keeps its trailing line breaks ({@code |+}, {@code >+}). */
  private boolean keeps(YamlScalar scalar) {
    for (int i = scalar.start().offset() + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        return true;
      }
      if (c != '-' && !Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** The offset of a block sequence item's dash. */
  private int dash(YamlNode item) {
    int i = item.start().offset() - 1;
    while (i > 0 && text.charAt(i) != '-') {
      i--;
    }
    return i;
  }

  private boolean atLineStart(int offset) {
    for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private int column(int offset) {
    return offset - lineStart(offset);
  }

  /** Rendered lines without the first line's indentation and the final line break. */
  private String trimLine(StringBuilder rendered, int indent) {
    int end = rendered.length() - emitter.newline().length();
    return rendered.substring(Math.min(indent, end), end);
  }
}
