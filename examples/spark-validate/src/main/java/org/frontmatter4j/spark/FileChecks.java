package org.frontmatter4j.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteValidator;

/**
 * What runs on the executors: one {@link SiteValidator} (and so one {@link ContentValidator})
 * per partition, each file's bytes checked as the file at its path, each report turned into one
 * row of {@link #FILE}.
 */
final class FileChecks implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One problem: the fields of {@code validate --output json}, in its order, and with its
   * conventions ({@code property} is empty when the problem is not at a property; a file that
   * cannot be read is rule {@code file.unreadable} at line 0, column 0).
   */
  static final StructType PROBLEM = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("line", DataTypes.IntegerType, false)
      .add("column", DataTypes.IntegerType, false)
      .add("severity", DataTypes.StringType, false)
      .add("rule", DataTypes.StringType, false)
      .add("property", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  /**
   * One file: its qualified path (the join key with the walk), whether it is content (an HTML
   * file that does not start with {@code ---} is not), its error and warning counts and its
   * problems.
   */
  static final StructType FILE = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("content", DataTypes.BooleanType, false)
      .add("errors", DataTypes.IntegerType, false)
      .add("warnings", DataTypes.IntegerType, false)
      .add("problems", DataTypes.createArrayType(PROBLEM, false), false);

  private final boolean lenient;

  FileChecks(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Checks a partition of rows {@code (source, named, content, unread)}: the validator is built
   * once here, not per file, and lives as long as the partition.
   */
  Iterator<Row> check(Iterator<Row> rows) {
    SiteValidator site = SiteValidator.builder()
        .threads(1)
        .validator(ContentValidator.builder().lenient(lenient).build())
        .build();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        return row.isNullAt(3) ? check(site, row.getString(0), row.getBoolean(1), (byte[]) row.get(2))
            : unreadable(row.getString(0), row.getString(3));
      }
    };
  }

  private static Row check(SiteValidator site, String source, boolean named, byte[] bytes) {
    Path file = localPath(source);
    if (!named && !SiteValidator.isContentFile(file.getFileName().toString(), bytes)) {
      return RowFactory.create(source, false, 0, 0, seq(List.of()));
    }
    FileReport report;
    try {
      report = site.check(file, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      // SiteValidator reports every problem of content as a problem; this is a bug of ours,
      // and one file must not stop a job over millions.
      return failed(source, "internal.error", "frontmatter4j failed on this file; please report"
          + " it with the file: " + e);
    }
    String path = displayPath(source);
    List<Row> problems = new ArrayList<>(report.problems().size());
    for (Problem p : report.problems()) {
      problems.add(RowFactory.create(path, p.line(), p.column(), p.severity().label(),
          p.ruleId(), p.propertyPath(), p.message()));
    }
    return RowFactory.create(source, true, report.errorCount(), report.warningCount(),
        seq(problems));
  }

  /** A file that could not be checked: one error, as {@code validate --output json} gives it. */
  static Row unreadable(String source, String why) {
    return failed(source, "file.unreadable", "cannot read: " + why);
  }

  private static Row failed(String source, String rule, String message) {
    Row problem = RowFactory.create(displayPath(source), 0, 0, "error", rule, "", message);
    return RowFactory.create(source, true, 1, 0, seq(List.of(problem)));
  }

  /** An array column's value: Spark's row encoder takes Scala sequences, not Java lists. */
  private static Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows).toSeq();
  }

  /**
   * The path a file is checked as: its local path, or the path part of an {@code hdfs://} or
   * {@code s3a://} URI, whose folders ({@code _news}) decide its kind as local ones do.
   */
  static Path localPath(String source) {
    URI uri = new org.apache.hadoop.fs.Path(source).toUri();
    return "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(uri.getPath());
  }

  /** The path problems name: a local file's path, as {@code validate} prints it; else the URI. */
  static String displayPath(String source) {
    URI uri = new org.apache.hadoop.fs.Path(source).toUri();
    return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : source;
  }
}
