package org.frontmatter4j.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.CollectionItems;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteValidator;

/**
 * What runs on the executors: one {@link ContentValidator} per partition, each file's bytes
 * checked as the file at its path (which decides its kind), each report turned into one row of
 * {@link #FILE}. A collection's items are looked up among the files of its site that the walk
 * found, which the join of {@link SiteChecks} brings with the collection's row: nothing here
 * reads the file system for them.
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
   * One file: its qualified path (the join key with the walk), whether a walk counts it (an
   * HTML file that does not start with {@code ---} is not a file to check, nor is a site's
   * {@code _config.yml}, whose problems are reported all the same), whether it is a page
   * without front matter outside the kinds' folders ({@code README.md}: counted, not reported),
   * its error and warning counts, the id of the kind it was checked as (null when none) and its
   * problems.
   */
  static final StructType FILE = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("counted", DataTypes.BooleanType, false)
      .add("withoutFrontMatter", DataTypes.BooleanType, false)
      .add("errors", DataTypes.IntegerType, false)
      .add("warnings", DataTypes.IntegerType, false)
      .add("kind", DataTypes.StringType, true)
      .add("problems", DataTypes.createArrayType(PROBLEM, false), false);

  private final boolean lenient;

  FileChecks(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Checks a partition of rows {@code (source, named, content, unread, learning, siteFiles)}: the
   * validator is built once here, not per file, and lives as long as the partition; so is the
   * lookup of each site's files, for the collections of that site ({@code learning} is the
   * {@code _learning/} folder of a collection, {@code siteFiles} the files under it).
   */
  Iterator<Row> check(Iterator<Row> rows) {
    ContentValidator validator = ContentValidator.builder().lenient(lenient).build();
    // A file that is no collection of a site looks nothing up.
    SiteValidator outsideSites = site(validator, CollectionItems.among(List.of()));
    Map<String, SiteValidator> bySite = new HashMap<>();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        if (!row.isNullAt(3)) {
          return unreadable(row.getString(0), row.getString(3));
        }
        SiteValidator site = row.isNullAt(5) ? outsideSites
            : bySite.computeIfAbsent(row.getString(4), learning -> site(validator,
                CollectionItems.among(row.getList(5))));
        return check(site, row.getString(0), row.getBoolean(1), (byte[]) row.get(2));
      }
    };
  }

  private static SiteValidator site(ContentValidator validator, CollectionItems items) {
    return SiteValidator.builder().threads(1).validator(validator).collectionItems(items).build();
  }

  private static Row check(SiteValidator site, String source, boolean named, byte[] bytes) {
    Path file = localPath(source);
    String name = file.getFileName().toString();
    // The walk lists a site's _config.yml with the site's files (SiteValidator.files): checked,
    // reported, but not counted as a file, as validate does.
    boolean siteConfig = name.equals("_config.yml");
    if (!named && !siteConfig && !SiteValidator.isContentFile(name, bytes)) {
      return RowFactory.create(source, false, false, 0, 0, null, seq(List.of()));
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
    return RowFactory.create(source, report.role() != FileReport.Role.SITE_CONFIG,
        report.role() == FileReport.Role.NOT_CONTENT,
        report.errorCount(), report.warningCount(), report.kind().map(Kind::id).orElse(null),
        seq(problems));
  }

  /** A file that could not be checked: one error, as {@code validate --output json} gives it. */
  static Row unreadable(String source, String why) {
    return failed(source, "file.unreadable", "cannot read: " + why);
  }

  private static Row failed(String source, String rule, String message) {
    Row problem = RowFactory.create(displayPath(source), 0, 0, "error", rule, "", message);
    return RowFactory.create(source, true, false, 1, 0, null, seq(List.of(problem)));
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
