package org.frontmatter4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counts of a run, as {@code validate --output json} gives them: content files checked
 * (those that could not be read count as files with one error each), errors and warnings.
 *
 * @param files    files checked: content and pages without front matter
 * @param withoutFrontMatter of those, Markdown files without front matter outside the kinds'
 *                 folders ({@code README.md}), counted but not reported
 * @param errors   errors, unreadable files included
 * @param warnings warnings
 * @param kinds    files bound per kind id
 */
record Summary(long files, long withoutFrontMatter, long errors, long warnings,
    Map<String, Long> kinds) {

  /** Sums rows of {@link FileChecks#FILE}. */
  static Summary of(Dataset<Row> files) {
    Row totals = files.where(col("counted"))
        .agg(count(lit(1)), sum(col("withoutFrontMatter").cast("long")), sum("errors"),
            sum("warnings"))
        .first();
    Map<String, Long> kinds = new TreeMap<>();
    return new Summary(totals.getLong(0), orZero(totals, 1), orZero(totals, 2), orZero(totals, 3),
        kinds);
  }

  /** A sum over no rows is null. */
  private static long orZero(Row row, int i) {
    return row.isNullAt(i) ? 0 : row.getLong(i);
  }

  /** {@code summary.json}; {@code "reformatted"} only when {@code --reformat} ran (not -1). */
  String json(long reformatted) {
    StringBuilder out = new StringBuilder("{\"files\": ").append(files)
        .append(", \"content\": ").append(files - withoutFrontMatter)
        .append(", \"withoutFrontMatter\": ").append(withoutFrontMatter)
        .append(", \"errors\": ").append(errors)
        .append(", \"warnings\": ").append(warnings)
        .append(", \"kinds\": {");
    String separator = "";
    for (Map.Entry<String, Long> kind : kinds.entrySet()) {
      // Kind ids are lower-case words: nothing to escape.
      out.append(separator).append('"').append(kind.getKey()).append("\": ").append(kind.getValue());
      separator = ", ";
    }
    out.append('}');
    if (reformatted >= 0) {
      out.append(", \"reformatted\": ").append(reformatted);
    }
    return out.append("}\n").toString();
  }

  /** {@code 12 files, 1 error, 0 warnings}, or {@code 14 files: 12 content, 2 without ...}. */
  @Override
  public String toString() {
    return files + " file" + (files == 1 ? "" : "s") + (withoutFrontMatter == 0 ? ""
        : ": " + (files - withoutFrontMatter) + " content, " + withoutFrontMatter
            + " without front matter") + ", " + errors + " error"
        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
  }
}
