package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.frontmatter4j.tree.YamlMapping;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of the catalogue of hostile documents and files that {@link ParserRulesTest},
 * {@link EncodingTest}, {@link LimitsTest} and {@link PathologicalTest} do not already hold: each
 * case gives the exact problem, or the exact I/O error, fast.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();

  @TempDir
  Path dir;

  private String problem(FrontMatterParser parser, String text) {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse(text, "f.md"));
    assertThat(thrown).as("must throw").isNotNull();
    return thrown.problems().get(0).toString();
  }

  private String problem(String text) {
    return problem(parser, text);
  }

  private String problem(byte[] bytes) {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse(bytes, "f.md"));
    assertThat(thrown).as("must throw").isNotNull();
    return thrown.problems().get(0).toString();
  }

  @Test
  void onlyAByteOrderMark() {
    assertThat(problem(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEqualTo(
        "f.md:1:1: error: no front matter: the file is empty [frontmatter.missing]");
  }

  @Test
  void onlyTheOpeningLineWithItsLineFeed() {
    assertThat(problem("---\n")).isEqualTo("f.md:1:1: error: the front matter opened on line 1"
        + " is never closed: add a line '---' after its last line [frontmatter.unclosed]");
  }

  @Test
  void nulInTheBodyMakesTheWholeFileBinary() {
    assertThat(problem("---\na: 1\n---\nbody\u0000\n")).isEqualTo("f.md:4:5: error: NUL"
        + " character (U+0000): the file is binary or corrupt; front matter files are text"
        + " [encoding.nul]");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsCaughtByItsNulBytes() {
    byte[] utf16 = "---\na: 1\n---\n".getBytes(StandardCharsets.UTF_16LE);

    assertThat(problem(utf16)).isEqualTo("f.md:1:2: error: NUL character (U+0000): the file is"
        + " binary or corrupt; front matter files are text [encoding.nul]");
  }

  @Test
  void unknownTagsNeverNameCodeToRun() {
    FrontMatterParser tags = FrontMatterParser.builder().allowTags(true).build();

    assertThat(problem("---\na: !custom x\n---\n")).isEqualTo("f.md:2:4: error: explicit tags"
        + " (!custom) are not allowed: if '!custom' is part of the text, put the value of 'a' in"
        + " double quotes; otherwise remove the tag, front matter holds plain data [yaml.tag]");
    assertThat(problem(tags, "---\na: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [ls]\n---\n"))
        .isEqualTo("f.md:2:4: error: unknown tag !!java.lang.ProcessBuilder; only the standard"
            + " tags !!map and !!seq are allowed on collections [yaml.tag]");
    assertThat(problem(tags, "---\na: !!python/object/apply:os.system [ls]\n---\n"))
        .isEqualTo("f.md:2:4: error: unknown tag !!python/object/apply:os.system; only the"
            + " standard tags !!map and !!seq are allowed on collections [yaml.tag]");
    assertThat(problem(tags, "---\na: !custom x\n---\n")).isEqualTo("f.md:2:4: error: unknown"
        + " tag !custom; only the standard tags !!str, !!int, !!float, !!bool and !!null are"
        + " allowed [yaml.tag]");
  }

  @Test
  void aMergeKeyIsAPlainKeyAndMergesNothing() {
    FrontMatterParser aliases = FrontMatterParser.builder().allowAnchorsAndAliases(true).build();

    YamlMapping merged = (YamlMapping) aliases.parse(
        "---\nbase: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n---\n", "f.md").locate("m").orElseThrow();

    assertThat(merged.entries()).extracting(entry -> entry.name()).containsExactly("<<", "y");
  }

  @Test
  void duplicateKeysAtEveryDepth() {
    assertThat(problem("---\nlist:\n  - a: 1\n    a: 2\n---\n")).isEqualTo("f.md:4:5: error:"
        + " duplicate key 'a': it is first defined on line 3; remove one of them, or write '- '"
        + " before it if it starts the next list item [yaml.duplicate-key]");
    assertThat(problem("---\nlist: [{a: 1, a: 2}]\n---\n")).isEqualTo("f.md:2:15: error:"
        + " duplicate key 'a': it is first defined on line 2; remove one of them"
        + " [yaml.duplicate-key]");
    assertThat(problem("---\na:\n  b:\n    c:\n      d: 1\n      d: 2\n---\n")).isEqualTo(
        "f.md:6:7: error: duplicate key 'd': it is first defined on line 5; remove one of them"
            + " [yaml.duplicate-key]");
    assertThat(problem("---\na: 1\n\"a\": 2\n---\n")).as("the same key, quoted").isEqualTo(
        "f.md:3:1: error: duplicate key 'a': it is first defined on line 2; remove one of them"
            + " [yaml.duplicate-key]");
    assertThat(problem("---\n1: x\n\"1\": y\n---\n")).as("keys are text, as in JSON").isEqualTo(
        "f.md:3:1: error: duplicate key '1': it is first defined on line 2; remove one of them"
            + " [yaml.duplicate-key]");
  }

  @Test
  void duplicateKeyPathsNameTheirMapping() {
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse("---\nlist:\n  - x: 1\n  - a: 1\n    a: 2\n---\n", "f.md"));

    assertThat(thrown.problems().get(0).propertyPath()).isEqualTo("list[1].a");
  }

  @Test
  void aKeyThatIsASequence() {
    assertThat(problem("---\n? [a, b]\n: c\n---\n")).isEqualTo("f.md:2:3: error: a key must be a"
        + " plain string, not a sequence; is a ':' or '-' out of place? [yaml.complex-key]");
  }

  @Test
  void aProblemOnAVeryLongLineShowsAWindowOfIt() {
    String text = "---\na: \"" + "x".repeat(200_000) + "\" \"y\"\n---\n";

    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> parser.parse(text, "f.md"));

    Problem problem = thrown.problems().get(0);
    assertThat(problem.toString()).isEqualTo("f.md:2:200005: error: the double quote here ends"
        + " the value of 'a' early: escape each inner quote as \\\" or put the value in single"
        + " quotes instead [yaml.syntax]");
    // 40 characters before the caret: "..." and 40 x.
    assertThat(problem.snippet()).isEqualTo("..." + "x".repeat(40) + "\" \"y\""
        + System.lineSeparator() + " ".repeat(43) + "^");
  }

  @Test
  void aVeryLongLineInTheBodyIsKept() {
    String body = "y".repeat(4 * 1024 * 1024) + "\n";

    assertThat(parser.parse("---\na: 1\n---\n" + body, "f.md").body()).isEqualTo(body);
  }

  @Test
  void aDirectoryNamedLikeAFile() throws Exception {
    Path directory = Files.createDirectory(dir.resolve("x.md"));

    FileSystemException thrown = catchThrowableOfType(FileSystemException.class,
        () -> parser.parse(directory));

    assertThat(thrown).hasMessage(directory + ": is a directory");
  }

  @Test
  void aPipeIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = dir.resolve("pipe.md");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is available");

    FileSystemException thrown = catchThrowableOfType(FileSystemException.class,
        () -> parser.parse(fifo));

    assertThat(thrown).hasMessage(fifo + ": is not a regular file (a pipe, socket or device)");
  }

  @Test
  void aLinkToAnEndlessDeviceIsRefusedInsteadOfRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "/dev/zero exists");
    Path link = Files.createSymbolicLink(dir.resolve("zero.md"), zero);

    FileSystemException thrown = catchThrowableOfType(FileSystemException.class,
        () -> parser.parse(link));

    assertThat(thrown).hasMessage(link + ": is not a regular file (a pipe, socket or device)");
  }

  @Test
  void aLinkLoopIsAnIoErrorNotALoop() throws Exception {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    FileSystemException thrown = catchThrowableOfType(FileSystemException.class,
        () -> parser.parse(a));

    assertThat(thrown.getFile()).isEqualTo(a.toString());
    assertThat(thrown.getReason()).startsWith("Too many levels of symbolic links");
  }

  @Test
  void anUnreadableFileIsAnIoError() throws Exception {
    // Root reads any file whatever its mode; /proc/self/mem is a regular file that no one can
    // read from its start.
    Path memory = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.isRegularFile(memory), "/proc is mounted");
    Path link = Files.createSymbolicLink(dir.resolve("unreadable.md"), memory);

    IOException thrown = catchThrowableOfType(IOException.class, () -> parser.parse(link));

    assertThat(thrown).hasMessage("Input/output error");
  }

  @Test
  void aFileTooLargeForAnArrayIsRefusedBeforeItIsRead() throws Exception {
    Path huge = dir.resolve("huge.md");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30); // sparse: no disk space used
    }

    FileSystemException thrown = catchThrowableOfType(FileSystemException.class,
        () -> parser.parse(huge));

    assertThat(thrown).hasMessage(huge + ": is 3221225472 bytes long; files of more than"
        + " 2147483639 bytes cannot be read");
  }
}
