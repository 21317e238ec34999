package org.frontmatter4j.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An output stream that compares what is written to it with the bytes of an input stream, a
 * chunk at a time: for checking that a writer gives back a file, without holding the file.
 */
public final class SameBytes extends OutputStream {
  private final InputStream expected;
  private final byte[] chunk = new byte[8192];
  private boolean same = true;

  /** Compares with {@code expected}, which it reads as bytes are written; it does not close it. */
  public SameBytes(InputStream expected) {
    this.expected = expected;
  }

  /** Whether every byte written so far equals the next byte of the input stream. */
  public boolean same() {
    return same;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    for (int done = 0; same && done < length; ) {
      int n = Math.min(length - done, chunk.length);
      int read = expected.readNBytes(chunk, 0, n);
      same = read == n && Arrays.equals(chunk, 0, n, bytes, offset + done, offset + done + n);
      done += n;
    }
  }
}
