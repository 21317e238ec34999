package org.frontmatter4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.SiteValidator;

/**
 * {@code --reformat OUTPUT} on the executors: the canonical form of every file whose bytes
 * differ from it, written under {@code OUTPUT} at the file's path relative to its input path
 * (below the input's own name when there are several inputs). The input is never written.
 */
final class Reformatter implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One file written, or one that could not be: {@code (path, failure or null)}. */
  static final StructType WRITTEN = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("failure", DataTypes.StringType, true);

  private final String output;
  private final boolean underRootName;
  private final boolean lenient;
  private final Broadcast<SerializableConfiguration> conf;

  Reformatter(String output, boolean underRootName, boolean lenient,
      Broadcast<SerializableConfiguration> conf) {
    this.output = output;
    this.underRootName = underRootName;
    this.lenient = lenient;
    this.conf = conf;
  }

  /** Rows {@code (source, root, named, content)} in, one {@link #WRITTEN} row per file written. */
  Iterator<Row> write(Iterator<Row> rows) {
    CanonicalFormat format = new CanonicalFormat(ContentReader.builder().lenient(lenient).build());
    Configuration hadoop = conf.value().value();
    List<Row> written = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      String source = row.getString(0);
      byte[] bytes = (byte[]) row.get(3);
      java.nio.file.Path file = FileChecks.localPath(source);
      if (!row.getBoolean(2) && !SiteValidator.isContentFile(file.getFileName().toString(), bytes)) {
        continue;
      }
      Optional<byte[]> canonical;
      try {
        canonical = format.canonicalForm(file, bytes);
      } catch (RuntimeException | StackOverflowError e) {
        written.add(RowFactory.create(FileChecks.displayPath(source),
            "frontmatter4j failed on this file; please report it with the file: " + e));
        continue;
      }
      if (canonical.isPresent()) {
        Path target = target(source, row.getString(1));
        written.add(RowFactory.create(target.toString(), writeAtomically(target, canonical.get(),
            hadoop)));
      }
    }
    return written.iterator();
  }

  /** Where a file's canonical form goes. */
  Path target(String source, String root) {
    URI rootUri = new Path(root).toUri();
    URI sourceUri = new Path(source).toUri();
    String relative = source.equals(root) ? new Path(source).getName()
        : rootUri.relativize(sourceUri).getPath();
    String prefix = underRootName ? new Path(root).getName() + "/" : "";
    return new Path(output, prefix + relative);
  }

  /**
   * Writes to a temporary file beside the target, then renames it: a reader never sees half a
   * file. Returns why it failed, or {@code null}.
   */
  private static String writeAtomically(Path target, byte[] bytes, Configuration hadoop) {
    Path temporary = new Path(target.getParent(),
        "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
    try {
      FileSystem fs = withoutChecksumFiles(target.getFileSystem(hadoop));
      fs.mkdirs(target.getParent());
      try (OutputStream out = fs.create(temporary, true)) {
        out.write(bytes);
      }
      // Hadoop's rename does not replace an existing file on every file system.
      if (!fs.rename(temporary, target) && !(fs.delete(target, false)
          && fs.rename(temporary, target))) {
        fs.delete(temporary, false);
        return "cannot write " + target;
      }
      return null;
    } catch (IOException e) {
      return "cannot write " + target + ": " + e.getMessage();
    }
  }

  /** The local file system without its {@code .NAME.crc} side files, which nobody asked for. */
  static FileSystem withoutChecksumFiles(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }
}
