package org.frontmatter4j;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.frontmatter4j.internal.DocumentParser;

/**
 * The body of a large document, left in its file: where it starts, and how to read it when asked.
 * The file must not change in the meantime; its size and modification time are checked.
 */
final class FileBody {
  private static final int CHUNK = 64 * 1024;

  private final Path path;
  private final String sourceName;
  private final long offset;
  private final long size;
  private final FileTime modified;
  private final DocumentParser parser;

  /**
   * @param offset     the byte offset at which the body starts
   * @param attributes the file's attributes when its front matter was read
   * @param parser     reads the whole file again when its text is asked for
   */
  FileBody(Path path, String sourceName, long offset, BasicFileAttributes attributes,
      DocumentParser parser) {
    this.path = path;
    this.sourceName = sourceName;
    this.offset = offset;
    this.size = attributes.size();
    this.modified = attributes.lastModifiedTime();
    this.parser = parser;
  }

  /** The body's length in bytes. */
  long length() {
    return size - offset;
  }

  /** The whole file, read and parsed again, strictly, as a small file is. */
  FrontMatterDocument document() {
    try {
      checkUnchanged();
      if (size > FrontMatterParser.MAX_FILE_SIZE) {
        throw new FileSystemException(path.toString(), null, "is " + size + " bytes long; files"
            + " of more than " + FrontMatterParser.MAX_FILE_SIZE + " bytes cannot be held in memory");
      }
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length != size) {
        throw changed();
      }
      return parser.parse(bytes, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the body's bytes to {@code out}, a chunk at a time. */
  void transferTo(OutputStream out) throws IOException {
    checkUnchanged();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      if (channel.size() != size) {
        throw changed();
      }
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
      for (long at = offset; at < size; ) {
        buffer.clear();
        int read = channel.read(buffer, at);
        if (read < 0) {
          throw changed();
        }
        out.write(buffer.array(), 0, read);
        at += read;
      }
    }
  }

  /** The file's line terminators: those of the text before the body, and the body's. */
  LineEnding lineEnding(LineEnding head) {
    boolean lf = head != LineEnding.CRLF;
    boolean crlf = head != LineEnding.LF;
    try {
      checkUnchanged();
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        // The body starts after the closing line's LF: no CR before its first byte.
        byte previous = '\n';
        for (long at = offset; at < size && !(lf && crlf); ) {
          buffer.clear();
          int read = channel.read(buffer, at);
          if (read < 0) {
            throw changed();
          }
          byte[] bytes = buffer.array();
          for (int i = 0; i < read; i++) {
            if (bytes[i] == '\n') {
              if (previous == '\r') {
                crlf = true;
              } else {
                lf = true;
              }
            }
            previous = bytes[i];
          }
          at += read;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lf && crlf ? LineEnding.MIXED : crlf ? LineEnding.CRLF : LineEnding.LF;
  }

  private void checkUnchanged() throws IOException {
    BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
    if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
      throw changed();
    }
  }

  private FileSystemException changed() {
    return new FileSystemException(path.toString(), null,
        "changed since its front matter was read; read it again");
  }
}
