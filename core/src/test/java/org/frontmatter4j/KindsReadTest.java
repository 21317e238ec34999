package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.model.Book;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Course;
import org.frontmatter4j.model.Event;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.model.Person;
import org.frontmatter4j.model.Publisher;
import org.frontmatter4j.model.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading each kind from a site: the kind comes from the folder, the model has every value, and
 * the same file with CRLF line ends or a byte order mark binds to the same model.
 */
class KindsReadTest {
  /** A site with one file of each kind, written for the tests. */
  static final Path SITE = Path.of("src", "test", "resources", "site");

  private final ContentReader reader = ContentReader.builder().build();

  static Stream<Path> siteFiles() throws Exception {
    try (Stream<Path> walk = Files.walk(SITE)) {
      return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .sorted().toList().stream();
    }
  }

  @Test
  void theSiteHasOneFileOfEachKind() throws Exception {
    List<Kind> kinds = siteFiles().map(p -> Kind.fromPath(p).orElseThrow()).sorted().toList();
    assertThat(kinds).containsExactly(Kind.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("siteFiles")
  void eachFileReadsAsTheKindOfItsFolder(Path file) throws Exception {
    Content content = reader.read(file);
    assertThat(Kind.of(content)).isEqualTo(Kind.fromPath(file).orElseThrow());
    assertThat(content.topics()).isNotEmpty();
    assertThat(content.extra()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("siteFiles")
  void crlfAndByteOrderMarkBindTheSameModel(Path file, @TempDir Path dir) throws Exception {
    Content lf = reader.read(file);
    String text = Files.readString(file);
    Path crlf = Files.writeString(dir.resolve("crlf.md"), text.replace("\n", "\r\n"));
    Path bom = Files.writeString(dir.resolve("bom.md"), "\uFEFF" + text, StandardCharsets.UTF_8);
    Class<? extends Content> type = Kind.of(lf).type();
    Content fromCrlf = reader.read(crlf, type);
    assertThat(fromCrlf.body()).isEqualTo(lf.body().replace("\n", "\r\n"));
    // The body keeps its CRLFs; every other value is the same (the generated toString lists all).
    assertThat(fromCrlf.toString().replace("\r\n", "\n")).isEqualTo(lf.toString());
    assertThat(reader.read(bom, type)).isEqualTo(lf);
  }

  @Test
  void everyValueOfAPersonIsRead() throws Exception {
    Person person = (Person) reader.read(SITE.resolve("_people/ada-maker.md"));
    assertThat(person.name()).isEqualTo("Ada Maker");
    assertThat(person.location()).contains("Tulsa, OK");
    assertThat(person.heat()).isEqualTo(88);
    assertThat(person.affiliation().orElseThrow().images().get(0).url())
        .isEqualTo("/assets/images/organizations/contoso.example.com-50x50.jpg");
    assertThat(person.twitter().orElseThrow().followers()).isEqualTo(6475);
    assertThat(person.linkedin().orElseThrow().url())
        .isEqualTo("https://www.linkedin.com/in/ada-maker");
    assertThat(person.googleScholar()).isEmpty();
    assertThat(person.images().get(0).title()).contains("Ada Maker");
  }

  @Test
  void nestedPartsOfTheOtherKindsAreRead() throws Exception {
    Book book = reader.read(SITE.resolve("_learning/books/example-books-statistical-learning.md"),
        Book.class);
    assertThat(book.ratings().orElseThrow().average()).isEqualTo(new BigDecimal("4.7"));
    assertThat(book.provider().authors().get(0).name()).isEqualTo("Gareth James");
    Sample sample = reader.read(SITE.resolve("_samples/example-community-task-tracker-app.md"),
        Sample.class);
    assertThat(sample.actions().get(0).title()).isEqualTo("Download Source Code");
    assertThat(sample.body()).isEqualTo("A canvas app with a **tasks** screen and a **team** screen.\n");
    Event event = reader.read(SITE.resolve("_events/2020-07-12-example-robotics-conference.md"),
        Event.class);
    assertThat(event.startDateTime()).isEqualTo(OffsetDateTime.parse("2020-07-12T08:00:00-08:00"));
    assertThat(event.location()).contains("Online");
    LearningCollection collection = reader.read(
        SITE.resolve("_learning/collections/ada-maker-first-steps.md"), LearningCollection.class);
    assertThat(collection.items()).containsExactly("courses/example-learn-build-a-canvas-app",
        "videos/ada-maker-timer-controls");
  }

  @Test
  void anEmptyValueOfAnOptionalKeyIsAbsent() throws Exception {
    String course = Files.readString(SITE.resolve("_learning/courses/example-learn-build-a-canvas-app.md"))
        .replace("      height: 50\n", "      height: 50\n  publishers:\n    - name: IBM\n      domain: \n");
    Course read = reader.read(course, "course.md", Course.class);
    assertThat(read.provider().publishers()).containsExactly(
        Publisher.builder().name("IBM").build());
  }

  @Test
  void aFileOfNoKnownKindIsRefusedWithTheWayOut(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("page.md"), "---\ntitle: About\ntype: article\n---\n");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(FrontMatterException.class)
        .hasMessageContaining(file + ":2:1: error: cannot tell what kind of content this is: put"
            + " it in a kind folder such as _news or _people, or read it with"
            + " read(path, Person.class) [kind.unknown]");
  }

  @Test
  void theFrontMatterTellsTheKindOutsideAKindFolder(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ada.md"),
        Files.readString(SITE.resolve("_people/ada-maker.md")));
    assertThat(reader.read(file)).isInstanceOf(Person.class);
  }
}
