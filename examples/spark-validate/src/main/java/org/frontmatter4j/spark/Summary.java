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
 * @param files    content files
 * @param errors   errors, unreadable files included
 * @param warnings warnings
 * @param kinds    files bound per kind id
 */
record Summary(long files, long errors, long warnings, Map<String, Long> kinds) {

  /** Sums rows of {@link FileChecks#FILE}. */
  static Summary of(Dataset<Row> files) {
    Row totals = files.where(col("content"))
        .agg(count(lit(1)), sum("errors"), sum("warnings"))
        .first();
    Map<String, Long> kinds = new TreeMap<>();
    return new Summary(totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1),
        totals.isNullAt(2) ? 0 : totals.getLong(2), kinds);
  }

  /** {@code summary.json}; {@code "reformatted"} only when {@code --reformat} ran (not -1). */
  String json(long reformatted) {
    StringBuilder out = new StringBuilder("{\"files\": ").append(files)
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

  /** {@code 12 files, 1 error, 0 warnings}. */
  @Override
  public String toString() {
    return files + " file" + (files == 1 ? "" : "s") + ", " + errors + " error"
        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
  }
}
