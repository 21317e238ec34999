package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.frontmatter4j.validation.ImageBytes;
import org.frontmatter4j.validation.internal.ImageHeaders.NoPixelSize;
import org.frontmatter4j.validation.internal.ImageHeaders.Size;
import org.frontmatter4j.validation.internal.ImageHeaders.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format's header gives the size; a broken header is a reason, never an exception. */
class ImageHeadersTest {
  @TempDir
  Path dir;

  private ImageHeaders.Result read(String name, byte[] bytes) throws Exception {
    return ImageHeaders.read(Files.write(dir.resolve(name), bytes));
  }

  @Test
  void everyFormatGivesItsSize() throws Exception {
    assertThat(read("a.png", ImageBytes.png(626, 417))).isEqualTo(new Size(626, 417));
    assertThat(read("a.gif", ImageBytes.gif(300, 20))).isEqualTo(new Size(300, 20));
    assertThat(read("a.jpg", ImageBytes.jpeg(1280, 720))).isEqualTo(new Size(1280, 720));
    assertThat(read("a.webp", ImageBytes.webpLossy(400, 300))).isEqualTo(new Size(400, 300));
    assertThat(read("b.webp", ImageBytes.webpLossless(16384, 1))).isEqualTo(new Size(16384, 1));
    assertThat(read("c.webp", ImageBytes.webpExtended(70000, 50))).isEqualTo(new Size(70000, 50));
  }

  @Test
  void theContentDecidesTheFormatNotTheName() throws Exception {
    assertThat(read("logo.jpg", ImageBytes.png(50, 50))).isEqualTo(new Size(50, 50));
  }

  @Test
  void svgAndUnknownFormatsHaveNoPixelSize() throws Exception {
    assertThat(read("a.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
        .isInstanceOf(NoPixelSize.class);
    assertThat(read("a.ico", new byte[] {0, 0, 1, 0})).isInstanceOf(NoPixelSize.class);
  }

  @Test
  void brokenFilesGiveTheReason() throws Exception {
    assertThat(read("a.png", ImageBytes.corruptPng())).isEqualTo(
        new Unreadable("the PNG header's checksum is wrong: the file is corrupt"));
    assertThat(read("b.png", Arrays.copyOf(ImageBytes.png(5, 5), 20)))
        .isEqualTo(new Unreadable("a PNG file without its IHDR header"));
    assertThat(read("c.png", "<html>not found</html>".getBytes())).isEqualTo(new Unreadable(
        "its first bytes are not those of a JPEG, PNG, GIF or WebP image"));
    assertThat(read("d.jpg", new byte[0])).isEqualTo(new Unreadable("the file is empty"));
    assertThat(read("e.jpg", Arrays.copyOf(ImageBytes.jpeg(5, 5), 30)))
        .isEqualTo(new Unreadable("the file ends inside its header"));
    assertThat(read("f.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA}))
        .isEqualTo(new Unreadable("a JPEG file without a frame header before its image data"));
    assertThat(read("g.png", ImageBytes.png(0, 5)))
        .isEqualTo(new Unreadable("its header gives an impossible size of 0x5"));
    assertThat(read("h.webp", Arrays.copyOf(ImageBytes.webpLossy(5, 5), 22)))
        .isEqualTo(new Unreadable("the WebP VP8 header is cut short or corrupt"));
  }

  @Test
  void aFolderOrAMissingFileIsUnreadable() {
    assertThat(ImageHeaders.read(dir.resolve("missing.png")))
        .isEqualTo(new Unreadable("no such file or directory"));
  }
}
