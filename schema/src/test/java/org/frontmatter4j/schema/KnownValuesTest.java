package org.frontmatter4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontmatter4j.model.Community;
import org.frontmatter4j.model.Course;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.Sample;
import org.junit.jupiter.api.Test;

/**
 * The one table of known values, as the schemas read it: a closed set is the value's
 * {@code enum} (each item's, for a list; with {@code null} when the key may be empty), an open
 * set is in no schema.
 */
class KnownValuesTest {
  @Test
  void closedSetsAreEnumsInTheKindsSchemas() throws IOException {
    JsonNode course = JsonSchemasTest.JSON.readTree(JsonSchemas.of(Kind.COURSE)).get("properties");
    assertThat(texts(course.get("levels").get("items").get("enum")))
        .containsExactly("Beginner", "Intermediate", "Advanced");
    assertThat(texts(course.get("type").get("enum"))).containsExactly("course");
    // An open set is offered while typing, never enforced.
    assertThat(course.get("price").has("enum")).isFalse();

    JsonNode community = JsonSchemasTest.JSON.readTree(JsonSchemas.of(Kind.COMMUNITY))
        .get("properties").get("type");
    assertThat(community.get("enum").toString()).isEqualTo("[\"forum\",null]");
  }

  @Test
  void everyKindThatATypeTellsHasThatTypeAsItsClosedSet() {
    for (Kind kind : Kind.values()) {
      if (!kind.types().isEmpty()) {
        KnownValues.Values type = KnownValues.of(kind.type(), "type").orElseThrow();
        assertThat(type.values()).as(kind.id()).isEqualTo(kind.types());
        assertThat(type.closed()).isTrue();
      }
    }
    assertThat(KnownValues.of(Course.class, "price").orElseThrow().closed()).isFalse();
    assertThat(KnownValues.of(Sample.class, "title")).isEmpty();
    assertThat(KnownValues.of(Community.class, "nonsense")).isEmpty();
    assertThat(KnownValues.of(String.class, "type")).isEmpty();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
