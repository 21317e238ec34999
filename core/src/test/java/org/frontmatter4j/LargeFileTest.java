package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of more than 4 MiB has only its front matter read by
 * {@link FrontMatterParser#parseLazily(Path)}; its body stays in the file, and the document gives
 * exactly what a document read whole gives.
 */
class LargeFileTest {
  private static final FrontMatterParser PARSER = FrontMatterParser.builder().build();
  private static final String HEAD = "\uFEFF---\r\ntitle: \"Large – 😀\"\r\ntopics:\r\n  - a\r\n---\r\n";

  @TempDir
  Path dir;

  /** A file whose body (CRLF lines, then LF lines: MIXED) takes it past 4 MiB. */
  private Path largeFile() throws IOException {
    StringBuilder body = new StringBuilder();
    String crlfLine = "body line é\r\n";
    while (body.length() < 2_500_000) {
      body.append(crlfLine);
    }
    String lfLine = "more body ü\n";
    while (body.length() < 5_000_000) {
      body.append(lfLine);
    }
    Path file = dir.resolve("large.md");
    Files.writeString(file, HEAD + body);
    assertThat(Files.size(file)).isGreaterThan(4L * 1024 * 1024 + 1024);
    return file;
  }

  @Test
  void aSmallFileIsReadWhole() throws IOException {
    Path file = dir.resolve("small.md");
    Files.writeString(file, HEAD + "body\n");

    FrontMatterDocument document = PARSER.parseLazily(file);

    assertThat(document.toString()).isEqualTo("FrontMatterDocument[" + file
        + ", 2 keys, 5 body chars, MIXED, BOM]");
  }

  @Test
  void theDocumentOfALargeFileEqualsTheDocumentReadWhole() throws IOException {
    Path file = largeFile();
    FrontMatterDocument whole = PARSER.parse(Files.readAllBytes(file), file.toString());

    FrontMatterDocument document = PARSER.parseLazily(file);

    assertThat(document.frontMatter()).isEqualTo(whole.frontMatter());
    assertThat(document.hasBom()).isTrue();
    assertThat(document.bodyOffset()).isEqualTo(whole.bodyOffset());
    assertThat(document.bodyStartLine()).isEqualTo(6);
    assertThat(document.frontMatterText()).isEqualTo(whole.frontMatterText());
    assertThat(document.lineEnding()).isEqualTo(LineEnding.MIXED).isEqualTo(whole.lineEnding());
    assertThat(document.toString()).isEqualTo("FrontMatterDocument[" + file + ", 2 keys, "
        + (Files.size(file) - HEAD.getBytes(StandardCharsets.UTF_8).length)
        + " body bytes in the file, BOM]");
    assertThat(document.body()).isEqualTo(whole.body());
    assertThat(document.text()).isEqualTo(whole.text());
  }

  @Test
  void aBodyLeftInTheFileIsStreamedByteForByte() throws IOException {
    Path file = largeFile();
    byte[] bytes = Files.readAllBytes(file);
    int headLength = HEAD.getBytes(StandardCharsets.UTF_8).length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PARSER.parseLazily(file).writeBodyTo(out);

    assertThat(out.toByteArray()).isEqualTo(Arrays.copyOfRange(bytes, headLength,
        bytes.length));
  }

  @Test
  void withoutBodyKeepsTheFrontMatterAndDropsTheBody() throws IOException {
    Path file = largeFile();
    FrontMatterDocument document = PARSER.parseLazily(file).withoutBody();

    assertThat(document.text()).isEqualTo(HEAD.substring(1));
    assertThat(document.body()).isEmpty();
    assertThat(document.lineEnding()).isEqualTo(LineEnding.CRLF);
    assertThat(document.withoutBody()).isSameAs(document);
    assertThat(FrontMatterWriter.builder().build().write(document)).isEqualTo(HEAD);
  }

  @Test
  void aFileChangedAfterItsFrontMatterWasReadIsNotMixedWithTheOldOne() throws IOException {
    Path file = largeFile();
    FrontMatterDocument document = PARSER.parseLazily(file);
    Files.writeString(file, "x", StandardOpenOption.APPEND);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    UncheckedIOException thrown = catchThrowableOfType(UncheckedIOException.class,
        document::body);
    IOException streamed = catchThrowableOfType(IOException.class,
        () -> document.writeBodyTo(new ByteArrayOutputStream()));

    assertThat(thrown.getCause()).hasMessage(file + ": changed since its front matter was read;"
        + " read it again");
    assertThat(streamed).hasMessage(thrown.getCause().getMessage());
  }

  @Test
  void aLargeFileWithAnErrorInItsFrontMatterGetsTheProblemsOfTheFileReadWhole()
      throws IOException {
    Path file = dir.resolve("broken.md");
    String text = "---\ntitle: a\ntitle: b\n---\n" + "body\n".repeat(1_000_000);
    Files.writeString(file, text);

    FrontMatterException large = catchThrowableOfType(FrontMatterException.class,
        () -> PARSER.parseLazily(file));
    FrontMatterException whole = catchThrowableOfType(FrontMatterException.class,
        () -> PARSER.parse(text, file.toString()));

    assertThat(large.problems()).isEqualTo(whole.problems()).singleElement()
        .hasToString(file + ":3:1: error: duplicate key 'title': it is first defined on line 2;"
            + " remove one of them [yaml.duplicate-key]");
  }

  @Test
  void anUnclosedFrontMatterInALargeFileIsReportedWithoutReadingTheFile() throws IOException {
    Path file = dir.resolve("unclosed.md");
    Files.writeString(file, "---\n" + "key: value\n".repeat(500_000));

    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> PARSER.parseLazily(file));

    assertThat(thrown.problems()).singleElement().satisfies(problem ->
        assertThat(problem.ruleId()).isEqualTo("limit.size"));
  }
}
