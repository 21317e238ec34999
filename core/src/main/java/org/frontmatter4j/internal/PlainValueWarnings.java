package org.frontmatter4j.internal;

import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlScalar;

/**
 * Valid YAML that reads differently from what the author most likely meant, found on plain
 * (unquoted) values as they are built: a {@code #} that cuts a value short, a value that goes on
 * over the next lines, a space before a key's colon. Each is a warning: the file is read, and
 * the author learns what it was read as.
 */
final class PlainValueWarnings {
  private PlainValueWarnings() {}

  /** Checks a plain scalar that was just built; keys are checked by {@link #checkSpaceBeforeColon}. */
  static void check(TreeBuilder builder, YamlScalar scalar) {
    String text = builder.text();
    int end = scalar.end().offset();
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    boolean comment = after > end && after < text.length() && text.charAt(after) == '#';
    boolean multiline = scalar.start().line() != scalar.end().line();
    if (!comment && !multiline || builder.startsKey()) {
      return;
    }
    String what = builder.describeParent();
    if (comment && scalar.type() == ScalarType.STRING) {
      builder.warn(after, builder.childPath(), Rules.COMMENT_IN_VALUE, "YAML reads '"
          + restOfLine(text, after) + "' as a comment, so the " + what + " is '" + scalar.value()
          + "': if the '#' is part of the value, put the whole value in double quotes");
    } else if (comment && scalar.value().isEmpty() && scalar.start().offset() == end) {
      builder.warn(after, builder.childPath(), Rules.COMMENT_IN_VALUE, "YAML reads '"
          + restOfLine(text, after) + "' as a comment, so the " + what + " is empty: if the '#'"
          + " is part of the value, put the value in double quotes");
    }
    if (multiline) {
      int next = text.indexOf('\n', scalar.start().offset()) + 1;
      while (text.charAt(next) == ' ') {
        next++;
      }
      builder.warn(next, builder.childPath(), Rules.MULTILINE_PLAIN, "the unquoted " + what
          + " goes on over the next line, and YAML joins the lines into '" + scalar.value()
          + "': if this line is a key or list item of its own, indent it like its siblings;"
          + " otherwise put the whole value in double quotes");
    }
  }

  /** A key followed by blanks before its colon, as in {@code title : x}. */
  static void checkSpaceBeforeColon(TreeBuilder builder, YamlScalar key, String path) {
    String text = builder.text();
    int end = key.end().offset();
    if (end >= text.length() || text.charAt(end) != ' ' && text.charAt(end) != '\t') {
      return;
    }
    builder.warn(end, path, Rules.SPACE_BEFORE_COLON, "a space before the colon: YAML reads the"
        + " key as '" + key.value() + "', tools that split lines at ':' read '" + key.value()
        + " '; remove the space");
  }

  private static String restOfLine(String text, int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    if (end > from && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(from, end).stripTrailing();
  }
}
