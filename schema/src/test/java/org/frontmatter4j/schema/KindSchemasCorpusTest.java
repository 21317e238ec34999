package org.frontmatter4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.schema.internal.SchemaGenerator;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind's schema: valid against the draft 2020-12 meta-schema, and accepting exactly the
 * real files of its kind in the corpus (converted to JSON as a JavaScript tool would see it) that
 * the binder reads, but for named data defects that a content rule refuses.
 */
class KindSchemasCorpusTest {
  private static final ContentReader READER = ContentReader.builder().build();
  /**
   * Real files the binder reads but a rule refuses, which the schema says too: an affiliation
   * whose {@code domain} is a page title, not a host name ({@code domain.name}).
   */
  private static final Set<String> DATA_DEFECTS = Set.of(
      "artificial-intelligence/people/animashree-anandkumar.md",
      "artificial-intelligence/people/yoshua-bengio.md");

  /** The corpus folders of each kind, as the corpus README lists them. */
  static final Map<String, Kind> FOLDERS = folders();

  private static Map<String, Kind> folders() {
    Map<String, Kind> folders = new LinkedHashMap<>();
    for (String site : List.of("power-apps", "artificial-intelligence")) {
      folders.put(site + "/news", Kind.NEWS);
      folders.put(site + "/people", Kind.PERSON);
      folders.put(site + "/learning-courses", Kind.COURSE);
      folders.put(site + "/learning-videos", Kind.VIDEO);
      folders.put(site + "/learning-collections", Kind.COLLECTION);
      folders.put(site + "/learning-books", Kind.BOOK);
      folders.put(site + "/learning-articles", Kind.ARTICLE);
      folders.put(site + "/samples", Kind.SAMPLE);
      folders.put(site + "/newsletters", Kind.NEWSLETTER);
      folders.put(site + "/communities", Kind.COMMUNITY);
      folders.put(site + "/events", Kind.EVENT);
    }
    return folders;
  }

  @TestFactory
  Stream<DynamicTest> everyKindsSchemaAcceptsEveryRealFileOfItsKind() {
    Path root = Corpus.root();
    JsonSchema meta = JsonSchemasTest.FACTORY.getSchema(SchemaLocation.of(SchemaGenerator.DRAFT),
        JsonSchemasTest.CONFIG);
    return Stream.of(Kind.values()).map(kind -> DynamicTest.dynamicTest(kind.id(), () -> {
      String text = JsonSchemas.of(kind);
      assertThat(meta.validate(JsonSchemasTest.JSON.readTree(text))).as(kind.id()).isEmpty();
      JsonSchema schema = JsonSchemasTest.FACTORY.getSchema(text, JsonSchemasTest.CONFIG);
      List<Path> files = files(root, kind);
      List<String> refused = new ArrayList<>();
      List<String> disagreements = new ArrayList<>();
      int unparsable = 0;
      int unbound = 0;
      for (Path file : files) {
        Optional<FrontMatterDocument> document = parse(file);
        if (document.isEmpty()) {
          unparsable++; // a file the site itself breaks (a repeated key): no JSON to check
          continue;
        }
        boolean bound = !READER.bind(document.get(), kind.type()).hasErrors();
        unbound += bound ? 0 : 1;
        Set<ValidationMessage> messages =
            schema.validate(FrontMatterJson.of(document.get().frontMatter()));
        String name = root.relativize(file).toString();
        if (!messages.isEmpty()) {
          refused.add(name + ": " + messages);
        }
        if (bound != messages.isEmpty() && !DATA_DEFECTS.contains(name)) {
          disagreements.add(name + (bound ? " binds, but the schema refuses it: " + messages
              : " does not bind, but the schema accepts it"));
        }
      }
      System.out.printf("%s schema: %d of %d real files accepted (%d the binder refuses too,"
          + " %d do not parse)%n", kind.id(), files.size() - unparsable - refused.size(),
          files.size() - unparsable, unbound, unparsable);
      refused.forEach(line -> System.out.println("  refused " + line));
      assertThat(disagreements).as(kind.id()).isEmpty();
      assertThat(files.size() - unparsable).as(kind.id() + " files").isPositive();
    }));
  }

  private static Optional<FrontMatterDocument> parse(Path file) throws IOException {
    try {
      return Optional.of(JsonSchemasTest.PARSER.parse(file));
    } catch (FrontMatterException e) {
      return Optional.empty();
    }
  }

  /** The corpus files of a kind: its folders in both corpora, and its folders in the site copy. */
  static List<Path> files(Path root, Kind kind) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, Kind> folder : FOLDERS.entrySet()) {
      if (folder.getValue() == kind && Files.isDirectory(root.resolve(folder.getKey()))) {
        files.addAll(walk(root.resolve(folder.getKey())));
      }
    }
    for (String site : kind.folders()) {
      Path dir = root.resolve("power-apps-site").resolve(site);
      if (Files.isDirectory(dir)) {
        files.addAll(walk(dir));
      }
    }
    return files;
  }

  private static List<Path> walk(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .filter(Files::isRegularFile).sorted().toList();
    }
  }
}
