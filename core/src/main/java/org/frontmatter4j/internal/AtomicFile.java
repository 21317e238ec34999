package org.frontmatter4j.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file atomically from a stream of bytes of any length: to a temporary file in the same
 * directory, then moved over the target in one step, as {@link Writers#writeAtomically} does for
 * text held in memory (same temporary names, permissions and read-only check).
 */
public final class AtomicFile {
  /** Bytes to write, produced into a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} to {@code path} atomically, keeping the file's POSIX permissions. */
  public static void write(Path path, Content content) throws IOException {
    Path target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new AccessDeniedException(target.toString(), null, "the file is read-only");
    }
    Path temporary = target.getParent().resolve("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      PosixFileAttributeView source = Files.getFileAttributeView(target,
          PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (source != null && Files.exists(target)) {
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
            .setPermissions(source.readAttributes().permissions());
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
