package org.frontmatter4j.internal;

import java.util.List;
import org.frontmatter4j.tree.ScalarType;

/**
 * A value about to be written in the canonical layout. Scalars keep their value and the form they
 * want, not finished text, because whether a plain scalar is safe depends on where it lands
 * (a block mapping or a flow collection).
 */
sealed interface Out {

  /** How a scalar is written. */
  enum Form {
    /** Always double-quoted (Smartable quotes titles, URLs, ...). */
    QUOTED,
    /** Plain when that reads back as the same string, double-quoted otherwise. */
    PLAIN,
    /** Numbers, booleans, date-times and nulls: written as their text, unquoted. */
    TYPED
  }

  /** A scalar; {@code type} matters only for {@link Form#TYPED}. */
  record Scalar(String value, Form form, ScalarType type) implements Out {
    static Scalar quoted(String value) {
      return new Scalar(value, Form.QUOTED, ScalarType.STRING);
    }

    static Scalar plain(String value) {
      return new Scalar(value, Form.PLAIN, ScalarType.STRING);
    }

    static Scalar typed(String value, ScalarType type) {
      return new Scalar(value, Form.TYPED, type);
    }

    /** The scalar's text in a block or flow context. */
    String text(boolean flow) {
      return switch (form) {
        case QUOTED -> Scalars.doubleQuoted(value);
        case PLAIN -> Scalars.plainOrQuoted(value, flow);
        case TYPED -> type == ScalarType.STRING ? value : Scalars.typed(value, type, flow);
      };
    }
  }

  /**
   * A mapping, its entries in writing order; {@code blankAfter} puts an empty line after the
   * last one (at the top level: before the closing {@code ---}).
   */
  record Map(List<Entry> entries, boolean blankAfter) implements Out {
    public Map {
      entries = List.copyOf(entries);
    }

    Map(List<Entry> entries) {
      this(entries, false);
    }
  }

  /** A sequence. */
  record Seq(List<Out> items) implements Out {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** One key and its value; {@code blankBefore} puts an empty line above it. */
  record Entry(String key, Out value, boolean blankBefore) {}
}
