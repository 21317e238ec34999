package org.frontmatter4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validates (and optionally reformats) every content file of a content lake on Apache Spark: the
 * {@code validate} command for more files than one machine checks in time.
 *
 * <pre>
 * spark-submit --class org.frontmatter4j.spark.SiteValidationJob spark-validate.jar INPUT... OUTPUT
 * target/spark-validate --master local[2] INPUT... OUTPUT
 * </pre>
 *
 * <p>Writes {@code OUTPUT/problems} (JSON lines, or Parquet with {@code --format parquet}) with
 * the fields of {@code validate --output json}, and {@code OUTPUT/summary.json}
 * {@code {"files": N, "errors": E, "warnings": W, "kinds": {...}}}. Exit codes: 0 clean, 1 errors,
 * 2 bad usage, unreadable inputs or an output that could not be written.
 */
@Command(
    name = "spark-validate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = SiteValidationJob.USAGE,
    versionProvider = SiteValidationJob.Version.class,
    sortOptions = false,
    description = {
        "Checks every *.md and *.markdown file (and *.html file starting with ---) under the "
            + "INPUT paths (local folders, hdfs://, s3a://, ...) on Apache Spark, as "
            + "'validate' does, and writes the problems and a summary under OUTPUT.",
        "",
        "OUTPUT/problems: one row per problem (path, line, column, severity, rule, property, "
            + "message), JSON lines or Parquet; OUTPUT/summary.json: "
            + "{\"files\": N, \"errors\": E, \"warnings\": W, \"kinds\": {...}}.",
        "",
        "Exit codes: 0 clean, 1 errors, 2 bad usage, unreadable inputs or unwritable output."})
public final class SiteValidationJob implements Callable<Integer> {
  /** Exit code: every file is free of errors. */
  static final int OK = 0;
  /** Exit code: some file has errors, or could not be read. */
  static final int PROBLEMS = 1;
  /** Exit code: bad usage, an input that cannot be read, an output that cannot be written. */
  static final int USAGE = 2;

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /** Output layouts of the problems. */
  enum Format { json, parquet }

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "INPUT... OUTPUT",
      description = "Folders or files to check, then the output folder (replaced if it exists).")
  private List<String> paths;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, such as local[2]; spark-submit sets it on a cluster.")
  private String master;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (JSON lines) or parquet (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--reformat", paramLabel = "DIR",
      description = "Also write the canonical form of every file that differs from it under DIR,"
          + " at the same relative path; the input is never written.")
  private String reformat;

  @Option(names = "--lenient", description = "Report unknown keys as warnings, not errors.")
  private boolean lenient;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
      description = "Larger files are not read but reported as unreadable (default: "
          + "${DEFAULT-VALUE}, 64 MiB; Spark reads each file whole, up to 2 GiB).")
  private long maxFileSize;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  private boolean debug;

  private SiteValidationJob() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the job; returns the exit code. Uses the running Spark session when there is one. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SiteValidationJob());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      // A bug of ours or a failure of Spark itself, not a user mistake: say so briefly.
      line.getErr().println("spark-validate: internal error: " + exception);
      if (parseResult.hasMatchedOption("--debug")) {
        exception.printStackTrace(line.getErr());
      } else {
        line.getErr().println("(run again with --debug for the stack trace)");
      }
      return USAGE;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (maxFileSize < 1 || maxFileSize > Integer.MAX_VALUE - 8) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-file-size must be between 1 and 2147483639 bytes, got " + maxFileSize);
    }
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    if (ownSession && master == null && !new SparkConf().contains("spark.master")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no Spark master: give --master local[N], or run the job with spark-submit");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SparkSession.Builder builder = SparkSession.builder().appName("frontmatter4j validate");
    SparkSession spark = (master == null ? builder : builder.master(master)).getOrCreate();
    try {
      return run(spark, out, err);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  private int run(SparkSession spark, PrintWriter out, PrintWriter err) throws IOException {
    long started = System.nanoTime();
    if (!spark.conf().contains(SHUFFLE_PARTITIONS)) {
      // The job shuffles only counts and problem rows: Spark's default of 200 partitions costs
      // 200 tasks a stage, minutes on a small local run; one a core is plenty.
      spark.conf().set(SHUFFLE_PARTITIONS, spark.sparkContext().defaultParallelism());
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> inputs = paths.subList(0, paths.size() - 1);
    Path output = qualified(paths.get(paths.size() - 1), hadoop);
    ContentLake lake = ContentLake.walk(inputs, hadoop);
    List<Path> outputs = reformat == null ? List.of(output)
        : List.of(output, qualified(reformat, hadoop));
    for (Path written : outputs) {
      for (String root : lake.roots()) {
        if (overlaps(written.toString(), root)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "the output " + written
              + " must not be inside the input " + root + ", nor hold it");
        }
      }
    }
    lake.failures().forEach(failure -> err.println("spark-validate: " + failure));
    if (lake.roots().isEmpty()) {
      return USAGE;
    }

    try (SiteChecks checks = new SiteChecks(spark, lake, maxFileSize, lenient)) {
      Dataset<Row> files = checks.files();
      // In no particular order: a global sort would cost a shuffle of every problem.
      Dataset<Row> problems = files.select(explode(col("problems")).as("problem"))
          .select("problem.*");
      problems.write().mode(SaveMode.Overwrite).format(format.name())
          .save(new Path(output, "problems").toString());
      Summary summary = Summary.of(files);
      int reformatFailures = 0;
      long reformatted = -1;
      if (reformat != null) {
        List<Row> written = checks.reformat(qualified(reformat, hadoop).toString());
        reformatFailures = (int) written.stream().filter(row -> !row.isNullAt(1))
            .peek(row -> err.println("spark-validate: " + row.getString(1))).count();
        reformatted = written.size() - reformatFailures;
      }
      writeAtomically(new Path(output, "summary.json"), summary.json(reformatted), hadoop);
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf(Locale.ROOT, "%s (%.1f s, %.0f files/s)%n", summary, seconds,
          summary.files() / seconds);
      if (!lake.failures().isEmpty() || reformatFailures > 0) {
        return USAGE;
      }
      return summary.errors() > 0 ? PROBLEMS : OK;
    }
  }

  /** Whether one path is the other or inside it. */
  static boolean overlaps(String a, String b) {
    return a.equals(b) || a.startsWith(b.endsWith("/") ? b : b + "/")
        || b.startsWith(a.endsWith("/") ? a : a + "/");
  }

  private static Path qualified(String path, Configuration hadoop) throws IOException {
    Path given = new Path(path);
    return given.getFileSystem(hadoop).makeQualified(given);
  }

  /** Writes a small file on the driver: to a temporary file, then renamed over the target. */
  private static void writeAtomically(Path target, String text, Configuration hadoop)
      throws IOException {
    FileSystem fs = Reformatter.withoutChecksumFiles(target.getFileSystem(hadoop));
    Path temporary = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream out = fs.create(temporary, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(target, false);
    if (!fs.rename(temporary, target)) {
      throw new IOException("cannot rename " + temporary + " to " + target);
    }
  }

  /** The library's version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SiteValidationJob.class.getPackage().getImplementationVersion();
      return new String[] {"spark-validate " + (version == null ? "(development build)" : version)};
    }
  }
}
