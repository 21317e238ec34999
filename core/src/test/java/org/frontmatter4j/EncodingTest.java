package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.frontmatter4j.tree.YamlScalar;
import org.junit.jupiter.api.Test;

/** Byte-level problems: encodings, line terminators, byte order marks. */
class EncodingTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();

  private Problem problemOf(byte[] bytes) {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse(bytes, "f.md"));
    assertThat(thrown).as("must throw").isNotNull();
    return thrown.problems().get(0);
  }

  private static byte[] bytes(String before, int[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : raw) {
      out.write(b);
    }
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() {
    Problem problem = problemOf(bytes("---\ntitle: caf", new int[] {0xE9}, "\n---\n"));

    assertThat(problem.toString()).isEqualTo("f.md:2:11: error: invalid UTF-8 (byte 0xE9 at byte"
        + " offset 14): save the file as UTF-8 [encoding.utf8]");
  }

  @Test
  void overlongUtf8IsInvalid() {
    // 0xC0 0xAF is an overlong encoding of '/', a classic filter bypass.
    Problem problem = problemOf(bytes("---\na: é", new int[] {0xC0, 0xAF}, "\n---\n"));

    assertThat(problem.toString()).isEqualTo("f.md:2:5: error: invalid UTF-8 (byte 0xC0 at byte"
        + " offset 9): save the file as UTF-8 [encoding.utf8]");
  }

  @Test
  void aRealReplacementCharacterIsValidUtf8() {
    // The fast decoder's U+FFFD marks malformed input; a real one must still read as text.
    FrontMatterDocument document = parser.parse(
        bytes("---\ntitle: \"a", new int[] {0xEF, 0xBF, 0xBD}, "b\"\n---\n"), "f.md");

    assertThat(document.frontMatter().get("title").map(node -> ((YamlScalar) node).value()))
        .contains("a\uFFFDb");
  }

  @Test
  void malformedUtf8AfterARealReplacementCharacterIsFound() {
    Problem problem = problemOf(bytes("---\na: \uFFFD", new int[] {0xED, 0xA0, 0x80}, "\n---\n"));

    assertThat(problem.toString()).isEqualTo("f.md:2:5: error: invalid UTF-8 (byte 0xED at byte"
        + " offset 10): save the file as UTF-8 [encoding.utf8]");
  }

  @Test
  void utf16IsRecognisedAndRefused() {
    byte[] utf16 = "---\na: 1\n---\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);

    assertThat(problemOf(withBom).toString())
        .isEqualTo("f.md:1:1: error: the file is UTF-16 encoded; save it as UTF-8 [encoding.utf16]");
    assertThat(problemOf(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '-'}).ruleId())
        .isEqualTo("encoding.utf16");
  }

  @Test
  void bareCarriageReturnsAreRefusedWithAHint() {
    Problem problem = problemOf("---\rtitle: x\r---\r".getBytes(StandardCharsets.UTF_8));

    assertThat(problem.toString()).isEqualTo("f.md:1:4: error: lines end with a bare CR (classic"
        + " Mac line endings); convert the file to LF or CRLF [frontmatter.line-endings]");
  }

  @Test
  void byteOrderMarkIsKeptAsAFlagAndNotInTheText() {
    FrontMatterDocument document = parser.parse(
        bytes("", new int[] {0xEF, 0xBB, 0xBF}, "---\na: 1\n---\nbody\n"), "f.md");

    assertThat(document.hasBom()).isTrue();
    assertThat(document.text()).isEqualTo("---\na: 1\n---\nbody\n");
    assertThat(document.frontMatter().entries().get(0).key().start())
        .isEqualTo(new SourcePosition(2, 1, 4));
  }

  @Test
  void lineEndingsAreDetected() {
    assertThat(parser.parse("---\na: 1\n---\n", "f").lineEnding()).isEqualTo(LineEnding.LF);
    assertThat(parser.parse("---\r\na: 1\r\n---\r\n", "f").lineEnding()).isEqualTo(LineEnding.CRLF);
    assertThat(parser.parse("---\r\na: 1\n---\r\n", "f").lineEnding()).isEqualTo(LineEnding.MIXED);
  }

  @Test
  void supplementaryCharactersCountAsOneColumn() {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse("---\na: \"\uD83D\uDE00\"\na: 2\n---\n", "f.md"));
    FrontMatterDocument ok = parser.parse("---\na: \"\uD83D\uDE00\"\nb: 2\n---\n", "f.md");

    assertThat(thrown.problems().get(0).line()).isEqualTo(3);
    assertThat(ok.frontMatter().entries().get(1).key().start())
        .isEqualTo(new SourcePosition(3, 1, 12));
    assertThat(ok.frontMatter().entries().get(0).value().end())
        .isEqualTo(new SourcePosition(2, 7, 11));
  }
}
