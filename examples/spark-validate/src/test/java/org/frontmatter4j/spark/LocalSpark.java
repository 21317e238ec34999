package org.frontmatter4j.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.frontmatter4j.testing.Corpus;

/**
 * One local[2] Spark session for every test of the module (starting one takes seconds), and
 * the corpus.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("frontmatter4j tests")
          .config("spark.ui.enabled", "false")
          // Few rows per test: a handful of shuffle partitions, not 200.
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }

  /** The corpus root, absolute; skips the test when it is absent (fails on CI). */
  static Path corpus() {
    return Corpus.root().toAbsolutePath().normalize();
  }

  /** A run of the job in the shared session: exit code, standard output and error. */
  record Run(int exitCode, String out, String err) {}

  static Run run(Object... args) {
    session();
    List<String> strings = new ArrayList<>();
    for (Object arg : args) {
      strings.add(arg.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SiteValidationJob.run(strings.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
