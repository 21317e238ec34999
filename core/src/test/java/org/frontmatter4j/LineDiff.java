package org.frontmatter4j;

import java.util.ArrayList;
import java.util.List;

/** The one region in which two texts differ, line by line, by common prefix and suffix. */
public final class LineDiff {
  private final String[] before;
  private final String[] after;
  private final int prefix;
  private final int suffix;

  private LineDiff(String before, String after) {
    this.before = before.split("\n", -1);
    this.after = after.split("\n", -1);
    int p = 0;
    while (p < this.before.length && p < this.after.length && this.before[p].equals(this.after[p])) {
      p++;
    }
    int s = 0;
    while (s < this.before.length - p && s < this.after.length - p
        && this.before[this.before.length - 1 - s].equals(this.after[this.after.length - 1 - s])) {
      s++;
    }
    this.prefix = p;
    this.suffix = s;
  }

  /** Compares two texts. */
  public static LineDiff of(String before, String after) {
    return new LineDiff(before, after);
  }

  /** 0-based index of the first line of {@code before} that changed. */
  public int from() {
    return prefix;
  }

  /** 0-based index just past the last line of {@code before} that changed. */
  public int to() {
    return before.length - suffix;
  }

  /** The changed lines as a unified diff shows them: "-" lines of before, then "+" lines. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int i = prefix; i < before.length - suffix; i++) {
      lines.add("-" + before[i]);
    }
    for (int i = prefix; i < after.length - suffix; i++) {
      lines.add("+" + after[i]);
    }
    return lines;
  }
}
