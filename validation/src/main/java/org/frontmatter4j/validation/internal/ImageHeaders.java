package org.frontmatter4j.validation.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The pixel size of a JPEG, PNG, GIF or WebP image, read from its header alone: no pixel is
 * decoded and at most the segments before a JPEG's frame header are read.
 *
 * <p>Not {@code javax.imageio}: its first use costs 170 to 350 ms of a cold start (its plugin
 * registry loads every reader), about a fifth of a whole run over a site, and Java 17 has no WebP
 * reader. The four layouts are small and fixed: PNG's IHDR chunk (checked against its CRC),
 * GIF's logical screen, WebP's VP8, VP8L or VP8X header, and a JPEG's SOFn segment.
 */
public final class ImageHeaders {
  /** What a header says. */
  public sealed interface Result {}

  /** The image's pixel size. */
  public record Size(int width, int height) implements Result {
    @Override
    public String toString() {
      return width + "x" + height;
    }
  }

  /** A format without a pixel size (SVG) or that this reader does not know: nothing to compare. */
  public record NoPixelSize() implements Result {}

  /** A file that is not the image it claims to be, or is cut short. */
  public record Unreadable(String reason) implements Result {}

  private static final Set<String> CHECKED_EXTENSIONS =
      Set.of("jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageHeaders() {}

  /** Reads the size of {@code file}; never throws. */
  public static Result read(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 512)) {
      byte[] head = in.readNBytes(33);
      String extension = extension(file);
      if (startsWith(head, PNG)) {
        return png(head);
      }
      if (head.length >= 10 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
        return new Size(u16le(head, 6), u16le(head, 8));
      }
      if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
        return webp(head);
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
        return jpeg(head, in);
      }
      if (!CHECKED_EXTENSIONS.contains(extension)) {
        return new NoPixelSize();
      }
      return new Unreadable(head.length == 0 ? "the file is empty"
          : "its first bytes are not those of a JPEG, PNG, GIF or WebP image");
    } catch (EOFException e) {
      return new Unreadable("the file ends inside its header");
    } catch (IOException e) {
      return new Unreadable(SiteFiles.describe(e));
    }
  }

  private static Result png(byte[] head) {
    if (head.length < 33 || !ascii(head, 12, 4).equals("IHDR") || u32be(head, 8) != 13) {
      return new Unreadable("a PNG file without its IHDR header");
    }
    CRC32 crc = new CRC32();
    crc.update(head, 12, 17);
    if (crc.getValue() != u32be(head, 29)) {
      return new Unreadable("the PNG header's checksum is wrong: the file is corrupt");
    }
    return size(u32be(head, 16), u32be(head, 20));
  }

  private static Result webp(byte[] head) {
    String chunk = head.length >= 16 ? ascii(head, 12, 4) : "";
    switch (chunk) {
      case "VP8 " -> {
        if (head.length >= 30 && (head[23] & 0xFF) == 0x9D && (head[24] & 0xFF) == 0x01
            && (head[25] & 0xFF) == 0x2A) {
          return size(u16le(head, 26) & 0x3FFF, u16le(head, 28) & 0x3FFF);
        }
      }
      case "VP8L" -> {
        if (head.length >= 25 && (head[20] & 0xFF) == 0x2F) {
          long bits = u32le(head, 21);
          return size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
      }
      case "VP8X" -> {
        if (head.length >= 30) {
          return size(u24le(head, 24) + 1, u24le(head, 27) + 1);
        }
      }
      default -> {
        return new Unreadable("a WebP file without a VP8, VP8L or VP8X header");
      }
    }
    return new Unreadable("the WebP " + chunk.strip() + " header is cut short or corrupt");
  }

  /** Walks the segments up to the first frame header (SOF0 to SOF15 but DHT, JPG and DAC). */
  private static Result jpeg(byte[] head, InputStream rest) throws IOException {
    InputStream in = new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(head, 2, head.length - 2), rest);
    while (true) {
      int marker = read(in);
      if (marker != 0xFF) {
        return new Unreadable("the JPEG data is corrupt: a segment does not start with a marker");
      }
      while (marker == 0xFF) {
        marker = read(in); // fill bytes
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return new Unreadable("a JPEG file without a frame header before its image data");
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // standalone markers carry no length
      }
      int length = (read(in) << 8) | read(in);
      if (length < 2) {
        return new Unreadable("the JPEG data is corrupt: a segment length of " + length);
      }
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
          && marker != 0xCC;
      if (frame) {
        read(in); // sample precision
        int height = (read(in) << 8) | read(in);
        int width = (read(in) << 8) | read(in);
        return size(width, height);
      }
      in.skipNBytes(length - 2);
    }
  }

  private static Result size(long width, long height) {
    if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return new Unreadable("its header gives an impossible size of " + width + "x" + height);
    }
    return new Size((int) width, (int) height);
  }

  private static int read(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static int u16le(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int u24le(byte[] b, int at) {
    return u16le(b, at) | (b[at + 2] & 0xFF) << 16;
  }

  private static long u32le(byte[] b, int at) {
    return (u24le(b, at) | (long) (b[at + 3] & 0xFF) << 24);
  }

  private static long u32be(byte[] b, int at) {
    return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8
        | (b[at + 3] & 0xFF);
  }
}
