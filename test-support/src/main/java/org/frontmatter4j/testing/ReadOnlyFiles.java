package org.frontmatter4j.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/** Files a test makes read-only, and writable again. */
public final class ReadOnlyFiles {
  private ReadOnlyFiles() {}

  /**
   * Makes {@code file} read-only by its mode and, as root, whom modes do not stop, by the
   * immutable attribute; aborts the test where neither works. Undo it with {@link #makeWritable}
   * in a {@code finally} block: an immutable file outlives the test's temporary folder.
   */
  public static void makeReadOnly(Path file) throws IOException, InterruptedException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    if (Files.isWritable(file)) {
      new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor();
    }
    if (Files.isWritable(file)) {
      makeWritable(file);
      Assumptions.abort("cannot make a file read-only on this machine");
    }
  }

  /** Undoes {@link #makeReadOnly}: mode {@code rw-r--r--}, no immutable attribute. */
  public static void makeWritable(Path file) throws IOException, InterruptedException {
    if (!Files.isWritable(file)) {
      new ProcessBuilder("chattr", "-i", file.toString()).inheritIO().start().waitFor();
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
  }
}
