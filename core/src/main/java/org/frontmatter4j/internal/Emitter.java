package org.frontmatter4j.internal;

import java.util.List;

/**
 * Writes {@link Out} values in Smartable's fixed layout: 2-space indentation, sequence items as
 * {@code "  - "} under their key, one scalar per line, never wrapped, every line ended by the
 * chosen separator. Our own emitter rather than snakeyaml-engine's: its emitter re-escapes
 * strings its own way, wraps long lines and cannot write CRLF, so it could never reproduce the
 * real files.
 */
final class Emitter {
  private final String newline;

  Emitter(String newline) {
    this.newline = newline;
  }

  String newline() {
    return newline;
  }

  /** A block mapping's entries at {@code indent}; no blank line above the very first one. */
  void mapping(StringBuilder out, List<Out.Entry> entries, int indent) {
    for (int i = 0; i < entries.size(); i++) {
      entry(out, entries.get(i), indent, i > 0);
    }
  }

  /** One entry at {@code indent}, with its blank line above when it asks for one and may. */
  void entry(StringBuilder out, Out.Entry entry, int indent, boolean blankAllowed) {
    if (entry.blankBefore() && blankAllowed) {
      out.append(newline);
    }
    indent(out, indent).append(Scalars.key(entry.key(), false)).append(':');
    value(out, entry.value(), indent);
  }

  /** The part of an entry after its colon, including the final line break. */
  private void value(StringBuilder out, Out value, int indent) {
    if (value instanceof Out.Scalar scalar) {
      String text = scalar.text(false);
      out.append(text.isEmpty() ? "" : " ").append(text).append(newline);
    } else if (value instanceof Out.Map map && !map.entries().isEmpty()) {
      out.append(newline);
      mapping(out, map.entries(), indent + 2);
    } else if (value instanceof Out.Seq seq && !seq.items().isEmpty()) {
      out.append(newline);
      for (Out item : seq.items()) {
        item(out, item, indent + 2);
      }
    } else {
      out.append(' ').append(flow(value)).append(newline);
    }
  }

  /** One sequence item with its dash at {@code dash}; a collection starts on the dash line. */
  void item(StringBuilder out, Out item, int dash) {
    if (item instanceof Out.Scalar scalar) {
      String text = scalar.text(false);
      indent(out, dash).append('-').append(text.isEmpty() ? "" : " ").append(text).append(newline);
      return;
    }
    boolean empty = item instanceof Out.Map map ? map.entries().isEmpty()
        : ((Out.Seq) item).items().isEmpty();
    if (empty) {
      indent(out, dash).append("- ").append(flow(item)).append(newline);
      return;
    }
    // The collection is written one level deeper, so its first line starts with dash + 2
    // spaces: turning the one at the dash's column into '-' puts it on the dash line.
    int start = out.length();
    if (item instanceof Out.Map map) {
      for (Out.Entry entry : map.entries()) {
        entry(out, new Out.Entry(entry.key(), entry.value(), false), dash + 2, false);
      }
    } else {
      for (Out child : ((Out.Seq) item).items()) {
        item(out, child, dash + 2);
      }
    }
    out.setCharAt(start + dash, '-');
  }

  private static StringBuilder indent(StringBuilder out, int spaces) {
    for (int i = 0; i < spaces; i++) {
      out.append(' ');
    }
    return out;
  }

  /** A value in flow style: {@code {a: 1, b: "x"}}, {@code [a, b]}. */
  static String flow(Out value) {
    if (value instanceof Out.Scalar scalar) {
      return scalar.text(true);
    }
    StringBuilder out = new StringBuilder();
    if (value instanceof Out.Map map) {
      out.append('{');
      for (int i = 0; i < map.entries().size(); i++) {
        Out.Entry entry = map.entries().get(i);
        out.append(i == 0 ? "" : ", ").append(Scalars.key(entry.key(), true)).append(": ")
            .append(flow(entry.value()));
      }
      return out.append('}').toString();
    }
    out.append('[');
    List<Out> items = ((Out.Seq) value).items();
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(flow(items.get(i)));
    }
    return out.append(']').toString();
  }
}
