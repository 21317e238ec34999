package org.frontmatter4j.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, sent to the executors (once, as a broadcast) so that they
 * write to {@code s3a://} or {@code hdfs://} with the settings the job was given
 * ({@code spark.hadoop.*}), not only the cluster's defaults. Hadoop's {@code Configuration} is
 * {@code Writable}, not {@code Serializable}.
 */
final class SerializableConfiguration implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Configuration value;

  SerializableConfiguration(Configuration value) {
    this.value = value;
  }

  Configuration value() {
    return value;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    value.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    value = new Configuration(false);
    value.readFields(in);
  }
}
