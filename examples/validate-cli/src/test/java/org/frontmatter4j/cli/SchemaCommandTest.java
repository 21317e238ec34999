package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema --kind ID [--output FILE]} and {@code schema --all DIR}. */
class SchemaCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aKindsSchemaIsPrinted() throws Exception {
    assertThat(run("schema", "--kind", "news")).isZero();

    JsonNode schema = new ObjectMapper().readTree(out.toString());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("title").asText()).isEqualTo("NewsArticle");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aKindsSchemaIsWrittenToAFile() throws Exception {
    Path file = dir.resolve("news.json");

    assertThat(run("schema", "--kind", "person", "--output", file.toString())).isZero();

    assertThat(new ObjectMapper().readTree(file.toFile()).get("title").asText()).isEqualTo("Person");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void everyKindsSchemaIsWrittenToAFolder() throws Exception {
    Path folder = dir.resolve("schemas");

    assertThat(run("schema", "--all", folder.toString())).isZero();

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "article.schema.json", "book.schema.json", "collection.schema.json",
          "community.schema.json", "course.schema.json", "event.schema.json",
          "news.schema.json", "newsletter.schema.json", "person.schema.json",
          "sample.schema.json", "video.schema.json");
    }
    assertThat(out.toString()).isEqualTo("11 schemas written to " + folder + System.lineSeparator());
  }

  @Test
  void anUnknownKindIsAUsageError() {
    assertThat(run("schema", "--kind", "blog")).isEqualTo(2);

    assertThat(err.toString()).startsWith("unknown kind 'blog'; the kinds are news, person, course,"
        + " video, collection, book, article, sample, newsletter, community, event");
    assertThat(run("schema")).isEqualTo(2);
    assertThat(run("schema", "--kind", "news", "--all", dir.toString())).isEqualTo(2);
  }
}
