package org.frontmatter4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.annotation.FrontMatterKey;
import org.frontmatter4j.schema.internal.SchemaGenerator;
import org.junit.jupiter.api.Test;

/** The schema of a user's own record: keys, types, constraints and javadoc. */
class UserTypeSchemaTest {

  /** What a reader thinks of a post. */
  enum Mood { LOVED, LIKED, MEH }

  /**
   * A blog post. Its javadoc is read at run time because this module's tests are compiled with
   * therapi's scribe, as a user's build would.
   *
   * @param title   the headline
   * @param date    when it was published
   * @param tags    labels, at most five
   * @param rating  the average rating, from 0 to 5
   * @param views   how often it was read
   * @param mood    how readers liked it
   * @param updated when it last changed
   */
  record Post(String title, LocalDate date, @Size(max = 5) List<String> tags,
      Optional<@DecimalMax("5") Double> rating, @PositiveOrZero int views, Optional<Mood> mood,
      @FrontMatterKey("last_modified_at") Optional<LocalDate> updated) {}

  @Test
  void aRecordsSchemaHasItsKeysTypesConstraintsAndDocs() throws IOException {
    JsonNode schema = JsonSchemasTest.schemaNode(Post.class);

    assertThat(schema.get("title").asText()).isEqualTo("Post");
    assertThat(schema.get("description").asText()).startsWith("A blog post. Its javadoc is read");
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .containsExactly("title", "date", "views");
    JsonNode properties = schema.get("properties");
    assertThat(properties.fieldNames()).toIterable().containsExactly("title", "date", "tags",
        "rating", "views", "mood", "last_modified_at");
    assertThat(properties.get("title").get("title").asText()).isEqualTo("the headline");
    assertThat(properties.get("date").toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"date\",\"title\":\"when it was published\"}");
    assertThat(properties.get("tags").get("maxItems").asInt()).isEqualTo(5);
    // An Optional may be written empty ("rating:"), which the binder reads as no value.
    assertThat(properties.get("rating").get("type").toString()).isEqualTo("[\"number\",\"null\"]");
    assertThat(properties.get("rating").get("maximum").decimalValue()).isEqualByComparingTo("5");
    assertThat(properties.get("views").get("minimum").asInt()).isZero();
    assertThat(properties.get("mood").get("enum")).extracting(JsonNode::asText)
        .containsExactly("LOVED", "LIKED", "MEH");
  }

  @Test
  void itIsAValidSchemaThatChecksFiles() throws IOException {
    String schemaText = JsonSchemas.of(Post.class);
    JsonSchema meta = JsonSchemasTest.FACTORY.getSchema(SchemaLocation.of(SchemaGenerator.DRAFT),
        JsonSchemasTest.CONFIG);
    assertThat(meta.validate(JsonSchemasTest.JSON.readTree(schemaText))).isEmpty();
    JsonSchema schema = JsonSchemasTest.FACTORY.getSchema(schemaText, JsonSchemasTest.CONFIG);

    assertThat(JsonSchemasTest.validate(schema,
        "---\ntitle: Hello\ndate: 2024-01-31\nviews: 3\nrating: 4.5\nmood: LOVED\n---\n")).isEmpty();
    assertThat(JsonSchemasTest.validate(schema,
        "---\ntitle: Hello\ndate: 2024-01-31\nviews: -1\nrating: 5.5\nmood: angry\n---\n"))
        .extracting(m -> m.getInstanceLocation() + " " + m.getType())
        .containsExactlyInAnyOrder("/views minimum", "/rating maximum", "/mood enum");
  }
}
