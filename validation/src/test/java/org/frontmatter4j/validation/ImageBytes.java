package org.frontmatter4j.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The first bytes of real image files of a given size, written by hand as each format's
 * specification lays them out: the header reader under test must find the size in them.
 */
public final class ImageBytes {
  private ImageBytes() {}

  /** A PNG signature and IHDR chunk with its CRC, then an IEND chunk. */
  public static byte[] png(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
        .putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
        .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
        .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
        .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082).array();
  }

  /** A PNG whose IHDR width was overwritten after its CRC was computed: a corrupt file. */
  public static byte[] corruptPng() {
    byte[] png = png(50, 50);
    png[19] = 51;
    return png;
  }

  /** A GIF89a logical screen descriptor. */
  public static byte[] gif(int width, int height) {
    return ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN)
        .put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) width)
        .putShort((short) height).put(new byte[] {0, 0, 0}).array();
  }

  /** A JPEG: SOI, a JFIF APP0 segment, a DQT-sized filler segment, then SOF0 with the size. */
  public static byte[] jpeg(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
        0, 1, 0, 1, 0, 0});
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDB, 0, 67});
    out.writeBytes(new byte[65]);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8),
        (byte) height, (byte) (width >> 8), (byte) width, 3});
    out.writeBytes(new byte[9]);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  /** A lossy WebP: RIFF header, a VP8 chunk whose key frame header gives the size. */
  public static byte[] webpLossy(int width, int height) {
    return riff("VP8 ", ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN)
        .put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A})
        .putShort((short) width).putShort((short) height).array());
  }

  /** A lossless WebP: a VP8L chunk, 14-bit width-1 and height-1 after its signature byte. */
  public static byte[] webpLossless(int width, int height) {
    int bits = (width - 1) | (height - 1) << 14;
    return riff("VP8L", ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2F)
        .putInt(bits).array());
  }

  /** An extended WebP: a VP8X chunk, 24-bit canvas width-1 and height-1. */
  public static byte[] webpExtended(int width, int height) {
    return riff("VP8X", new byte[] {0, 0, 0, 0, (byte) (width - 1), (byte) ((width - 1) >> 8),
        (byte) ((width - 1) >> 16), (byte) (height - 1), (byte) ((height - 1) >> 8),
        (byte) ((height - 1) >> 16)});
  }

  private static byte[] riff(String chunk, byte[] data) {
    return ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN)
        .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + data.length)
        .put("WEBP".getBytes(StandardCharsets.US_ASCII))
        .put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
  }
}
