package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeReadOnly;
import static org.frontmatter4j.testing.ReadOnlyFiles.makeWritable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FrontMatterWriter#writeTo} replaces a file in one step: a writer killed at any moment
 * leaves the old or the new file, never a mix, and a file that may not be written is refused
 * before anything is touched.
 */
class AtomicWriteTest {
  /** Large enough that writing and syncing it takes a while, so that kills land mid-write. */
  private static final int BODY_LINES = 200_000;
  private static final int MID_WRITE_KILLS = 3;
  private static final int MAX_KILLS = 12;

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  @TempDir
  Path dir;

  private static NewsArticle article() {
    return NewsArticle.builder().category("news").title("Big").excerpt("A large file")
        .publishedDateTime(OffsetDateTime.parse("2020-01-01T00:00:00Z"))
        .webUrl("https://example.com/big").type("article").heat(0)
        .provider(Provider.builder().name("Example").domain("example.com").build())
        .addTopics("AI")
        .body("A line of the body, long enough to make the file large.\n".repeat(BODY_LINES))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"canonical", "preserving"})
  void aWriterKilledAtAnyMomentLeavesTheOldOrTheNewFile(String mode) throws Exception {
    Path file = dir.resolve("big.md");
    Files.writeString(file, writer.writeCanonical(article()));
    FrontMatterDocument original = reader.parser().parse(file);
    Random random = new Random(mode.hashCode());
    int kills = 0;
    int midWrite = 0;
    while (midWrite < MID_WRITE_KILLS && kills < MAX_KILLS) {
      Process child = startWriter(file, mode);
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).as("the child's first write").isEqualTo("wrote 1");
        if (kills % 2 == 0) {
          // Every other kill waits for a temporary file, so that some kills surely land
          // mid-write however loaded the machine is; the others land at random moments.
          awaitTemporaryFile(file);
        } else {
          Thread.sleep(random.nextInt(400));
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      kills++;

      byte[] bytes = Files.readAllBytes(file);
      NewsArticle found = reader.readNews(reader.parser().parse(bytes, file.toString()));
      NewsArticle expected = article().withHeat(found.heat().orElseThrow());
      String whole = mode.equals("canonical")
          ? writer.writeCanonical(expected) : writer.write(expected, original);
      assertThat(bytes).as("after kill %d the file is one whole version", kills)
          .isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
      List<Path> leftovers = others(file);
      if (!leftovers.isEmpty()) {
        midWrite++;
        assertThat(leftovers).singleElement().satisfies(temporary ->
            assertThat(temporary.getFileName().toString()).matches("\\.big\\.md\\.[0-9a-f]+\\.tmp"));
        Files.delete(leftovers.get(0));
      }
    }
    System.out.printf("AtomicWriteTest %s: %d kills, %d of them mid-write%n", mode, kills, midWrite);
    assertThat(midWrite).as("kills that landed while a temporary file existed, out of %d", kills)
        .isEqualTo(MID_WRITE_KILLS);
  }

  private void awaitTemporaryFile(Path file) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (others(file).isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  @Test
  void aReadOnlyFileIsRefusedAndNothingChanges() throws Exception {
    Path file = dir.resolve("a.md");
    NewsArticle article = article().withBody("body\n");
    Files.writeString(file, writer.writeCanonical(article));
    FrontMatterDocument document = reader.parser().parse(file);
    makeReadOnly(file);
    try {
      AccessDeniedException canonical = catchThrowableOfType(AccessDeniedException.class,
          () -> writer.writeTo(file, article.withHeat(5)));
      AccessDeniedException preserving = catchThrowableOfType(AccessDeniedException.class,
          () -> writer.writeTo(file, article.withHeat(5), document));

      assertThat(canonical).hasMessage(file.toRealPath() + ": the file is read-only");
      assertThat(preserving).hasMessage(file.toRealPath() + ": the file is read-only");
      assertThat(Files.readString(file)).isEqualTo(writer.writeCanonical(article));
      assertThat(others(file)).as("no temporary file").isEmpty();
    } finally {
      makeWritable(file);
    }
  }

  private List<Path> others(Path file) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(path -> !path.equals(file)).toList();
    }
  }

  /** A JVM running {@link WritingChild} on the class path this test runs on. */
  private static Process startWriter(Path file, String mode) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", childClassPath(), WritingChild.class.getName(), file.toString(), mode));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String childClassPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(WritingChild.class, FrontMatterWriter.class,
        org.snakeyaml.engine.v2.api.LoadSettings.class)) {
      String entry = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
          .toString();
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
