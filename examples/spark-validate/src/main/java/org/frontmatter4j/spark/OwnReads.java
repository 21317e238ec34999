package org.frontmatter4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads, on the executors, the files whose names Spark's file sources will not read
 * ({@code _index.md}): rows {@code (source, root, named, learning)} in, rows of
 * {@link SiteChecks#CONTENTS} out, with why a file could not be read instead of its bytes.
 */
final class OwnReads implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long maxFileSize;
  private final Broadcast<SerializableConfiguration> conf;

  OwnReads(long maxFileSize, Broadcast<SerializableConfiguration> conf) {
    this.maxFileSize = maxFileSize;
    this.conf = conf;
  }

  Iterator<Row> read(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String source = row.getString(0);
        byte[] content = null;
        String unread = null;
        Path path = new Path(source);
        try (InputStream in = path.getFileSystem(conf.value().value()).open(path)) {
          content = in.readNBytes((int) maxFileSize + 1);
          if (content.length > maxFileSize) {
            content = null;
            unread = "it has more than --max-file-size " + maxFileSize + " bytes";
          }
        } catch (IOException e) {
          unread = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return RowFactory.create(source, row.getString(1), row.getBoolean(2), content, unread,
            row.getString(3));
      }
    };
  }
}
