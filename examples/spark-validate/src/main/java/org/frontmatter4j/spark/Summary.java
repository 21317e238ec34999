package org.frontmatter4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.frontmatter4j.model.Kind;

/**
 * The counts of a run, as {@code validate --output json} gives them: content files checked
 * (those that could not be read count as files with one error each), errors, warnings and the
 * files checked as each kind.
 *
 * @param files    files checked: content and pages without front matter
 * @param withoutFrontMatter of those, Markdown files without front matter outside the kinds'
 *                 folders ({@code README.md}), counted but not reported
 * @param errors   errors, unreadable files included
 * @param warnings warnings
 * @param kinds    files checked as each kind, in {@link Kind} order, kinds of no file left out
 */
record Summary(long files, long withoutFrontMatter, long errors, long warnings,
    Map<Kind, Long> kinds) {

  /** Sums rows of {@link FileChecks#FILE}: one small aggregation, a row per kind. */
  static Summary of(Dataset<Row> files) {
    long total = 0;
    long withoutFrontMatter = 0;
    long errors = 0;
    long warnings = 0;
    Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
    // A site's _config.yml is not counted as a file, but its problems are; rows not counted
    // otherwise (a .html file without front matter) have none.
    for (Row kind : files.groupBy(col("kind"))
        .agg(sum(col("counted").cast("long")), sum(col("withoutFrontMatter").cast("long")),
            sum("errors"), sum("warnings"))
        .collectAsList()) {
      total += kind.getLong(1);
      withoutFrontMatter += kind.getLong(2);
      errors += kind.getLong(3);
      warnings += kind.getLong(4);
      if (!kind.isNullAt(0)) {
        kinds.put(Kind.byId(kind.getString(0)).orElseThrow(), kind.getLong(1));
      }
    }
    return new Summary(total, withoutFrontMatter, errors, warnings,
        Collections.unmodifiableMap(kinds));
  }

  /**
   * {@code summary.json}; {@code "kinds"} as {@code validate --output json} writes them;
   * {@code "reformatted"} only when {@code --reformat} ran (not -1).
   */
  String json(long reformatted) {
    StringJoiner byKind = new StringJoiner(", ", "{", "}");
    // Kind ids are lower-case words: nothing to escape.
    kinds.forEach((kind, count) -> byKind.add("\"" + kind.id() + "\": " + count));
    StringBuilder out = new StringBuilder("{\"files\": ").append(files)
        .append(", \"content\": ").append(files - withoutFrontMatter)
        .append(", \"withoutFrontMatter\": ").append(withoutFrontMatter)
        .append(", \"errors\": ").append(errors)
        .append(", \"warnings\": ").append(warnings)
        .append(", \"kinds\": ").append(byKind);
    if (reformatted >= 0) {
      out.append(", \"reformatted\": ").append(reformatted);
    }
    return out.append("}\n").toString();
  }

  /**
   * As {@code validate} prints a run: {@code 12 files (12 news), 1 error, 0 warnings}, or
   * {@code 14 files: 12 content (12 news), 2 without front matter, ...}; kinds by count, most
   * first.
   */
  @Override
  public String toString() {
    StringJoiner byKind = new StringJoiner(", ", " (", ")").setEmptyValue("");
    kinds.entrySet().stream()
        .sorted(Map.Entry.<Kind, Long>comparingByValue().reversed())
        .forEach(kind -> byKind.add(kind.getKey().count(asInt(kind.getValue()))));
    String fileCounts = withoutFrontMatter == 0 ? words(files, "file") + byKind
        : words(files, "file") + ": " + String.format(Locale.ROOT, "%,d", files - withoutFrontMatter)
            + " content" + byKind + ", " + String.format(Locale.ROOT, "%,d", withoutFrontMatter)
            + " without front matter";
    return fileCounts + ", " + words(errors, "error") + ", " + words(warnings, "warning");
  }

  private static String words(long count, String noun) {
    return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
  }

  /** Kind's words take an int; more than 2^31 files of one kind is a lake beyond this line. */
  private static int asInt(long count) {
    return (int) Math.min(count, Integer.MAX_VALUE);
  }
}
