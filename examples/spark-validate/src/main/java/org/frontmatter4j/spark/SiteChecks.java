package org.frontmatter4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark plan: the files the driver's walk found, read with the {@code binaryFile} source
 * and checked on the executors, joined back with the walk so that every file found gives one
 * row of {@link FileChecks#FILE} whatever happened to it.
 */
final class SiteChecks implements AutoCloseable {
  /**
   * The walk's files: the reference every row is joined with; {@code learning} is the
   * {@code _learning/} folder of a collection ({@link LearningFolders#ofCollection}), else null.
   */
  private static final StructType FOUND = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("root", DataTypes.StringType, false)
      .add("named", DataTypes.BooleanType, false)
      .add("learning", DataTypes.StringType, true);

  /** {@code *.md}, {@code *.markdown}, {@code *.html}, in any case, as the walk selects them. */
  static final String CONTENT_FILE_NAMES =
      "*.{[mM][dD],[mM][aA][rR][kK][dD][oO][wW][nN],[hH][tT][mM][lL]}";

  /** Files a task checks: at a few thousand files a second a core, a task of seconds. */
  static final long FILES_PER_TASK = 2_000;

  private final SparkSession spark;
  private final ContentLake lake;
  private final long maxFileSize;
  private final boolean lenient;
  /** A file's bytes, or why it could not be read. */
  static final StructType CONTENTS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("root", DataTypes.StringType, false)
      .add("named", DataTypes.BooleanType, false)
      .add("content", DataTypes.BinaryType, true)
      .add("unread", DataTypes.StringType, true)
      .add("learning", DataTypes.StringType, true);

  private final List<Row> notRead = new ArrayList<>();
  private final Dataset<Row> readable;
  private final long readableCount;
  private final List<Row> readOurselves = new ArrayList<>();
  /** The files under each collection's {@code _learning/} folder; none without collections. */
  private final List<Row> learningFolders;
  private final Broadcast<SerializableConfiguration> conf;
  private Dataset<Row> checked;

  SiteChecks(SparkSession spark, ContentLake lake, long maxFileSize, boolean lenient) {
    this.spark = spark;
    this.lake = lake;
    this.maxFileSize = maxFileSize;
    this.lenient = lenient;
    List<Row> toRead = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    Set<String> collectionFolders = new LinkedHashSet<>();
    for (ContentLake.Found file : lake.files()) {
      String path = FileChecks.localPath(file.source()).toString();
      String learning = LearningFolders.ofCollection(path);
      if (!file.special()) {
        paths.add(path); // a file too large to check is still a file a collection may name
      }
      if (file.length() > maxFileSize) {
        // binaryFile reads a file whole into one byte array (2 GiB at most): never try.
        notRead.add(FileChecks.unreadable(file.source(), "it has " + file.length()
            + " bytes, more than --max-file-size " + maxFileSize));
      } else if (file.special()) {
        notRead.add(FileChecks.unreadable(file.source(),
            "is not a regular file (a pipe, socket or device)"));
      } else {
        Row row = RowFactory.create(file.source(), file.root(), file.named(), learning);
        toRead.add(row);
        if (learning != null) {
          collectionFolders.add(learning);
        }
        if (lake.filesSparkSkips().contains(file.source())) {
          readOurselves.add(row);
        }
      }
    }
    this.learningFolders = LearningFolders.files(paths, collectionFolders);
    this.readable = spark.createDataFrame(toRead, FOUND);
    this.readableCount = toRead.size();
    this.conf = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
  }

  /**
   * One {@link FileChecks#FILE} row per file found: checked, too large, not a regular file, or
   * listed but not read by Spark (it vanished or could not be read: Spark's
   * {@code ignoreCorruptFiles} skips it and logs why, and the join with the walk finds it).
   * Each collection's row is joined with the files of its site's {@code _learning/} folder, which
   * its items must name.
   */
  Dataset<Row> files() {
    FileChecks checks = new FileChecks(lenient);
    Dataset<Row> contents = contents();
    Dataset<Row> withSiteFiles = learningFolders.isEmpty()
        ? contents.withColumn("siteFiles",
            lit(null).cast(LearningFolders.FILES.apply("siteFiles").dataType()))
        : contents.join(spark.createDataFrame(learningFolders, LearningFolders.FILES),
            new String[] {"learning"}, "left_outer");
    checked = withSiteFiles.select("source", "named", "content", "unread", "learning", "siteFiles")
        .mapPartitions((MapPartitionsFunction<Row, Row>) checks::check, Encoders.row(FileChecks.FILE))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Usually Spark read every file: then counting is enough, and no join shuffles the lists.
    Dataset<Row> lost = checked.count() == readableCount ? readable.limit(0)
        : readable.join(checked.select("source"), "source", "left_anti");
    lost = lost.map((MapFunction<Row, Row>) row -> FileChecks.unreadable(row.getString(0), "Spark could not read it or it vanished after it was listed (the"
                + " executor's log says why)"), Encoders.row(FileChecks.FILE));
    return checked.union(lost).union(spark.createDataFrame(notRead, FileChecks.FILE));
  }

  /** Writes the canonical form of each changed file under {@code output}; one row per file. */
  List<Row> reformat(String output) {
    Reformatter reformatter = new Reformatter(output, lake.roots().size() > 1, lenient, conf);
    return contents().where(col("content").isNotNull())
        .select("source", "root", "named", "content")
        .mapPartitions((MapPartitionsFunction<Row, Row>) reformatter::write,
            Encoders.row(Reformatter.WRITTEN))
        .collectAsList();
  }

  /**
   * {@link #CONTENTS} of every readable file: Spark lists the walk's roots with
   * {@code binaryFile} (its {@code length} filter is pushed down, so a file that grew past the
   * limit since the walk is not read either), and the join keeps the files the walk chose; the
   * few files Spark will not read ({@code _index.md}) are read by {@link OwnReads}.
   */
  private Dataset<Row> contents() {
    List<Dataset<Row>> scans = new ArrayList<>();
    if (!lake.sparkRoots().isEmpty()) {
      scans.add(binaryFiles(lake.sparkRoots(), true));
    }
    if (!lake.namedFiles().isEmpty()) {
      scans.add(binaryFiles(lake.namedFiles(), false));
    }
    Dataset<Row> listed = scans.stream().reduce(Dataset::union).orElseThrow()
        .where(col("length").leq(maxFileSize))
        .select(col("path").as("source"), col("content"))
        .coalesce(partitions());
    Dataset<Row> contents = listed.join(readable, "source")
        .select(col("source"), col("root"), col("named"), col("content"),
            lit(null).cast(DataTypes.StringType).as("unread"), col("learning"));
    if (readOurselves.isEmpty()) {
      return contents;
    }
    OwnReads reads = new OwnReads(maxFileSize, conf);
    return contents.union(spark.createDataFrame(readOurselves, FOUND)
        .mapPartitions((MapPartitionsFunction<Row, Row>) reads::read, Encoders.row(CONTENTS)));
  }

  /**
   * How many tasks check the files: about {@value #FILES_PER_TASK} files each, and at least one
   * a core. Spark's file sources plan as if opening a file cost reading 4 MB
   * ({@code spark.sql.files.openCostInBytes}), so they give 32 small files a task: 350 tasks for
   * 11,000 files, each paying a task's start, a validator and, in every later stage, a
   * partition of its own (350 part files of problems). Merging them costs no shuffle.
   */
  private int partitions() {
    long byFiles = (readableCount + FILES_PER_TASK - 1) / FILES_PER_TASK;
    return (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(byFiles,
        Integer.MAX_VALUE));
  }

  private Dataset<Row> binaryFiles(List<String> paths, boolean contentNamesOnly) {
    var reader = spark.read().format("binaryFile")
        // No partition columns from folder names such as year=2020.
        .option("recursiveFileLookup", "true")
        .option("ignoreCorruptFiles", "true")
        .option("ignoreMissingFiles", "true");
    if (contentNamesOnly) {
      reader = reader.option("pathGlobFilter", CONTENT_FILE_NAMES);
    }
    return reader.load(paths.toArray(String[]::new));
  }

  @Override
  public void close() {
    if (checked != null) {
      checked.unpersist();
    }
  }
}
