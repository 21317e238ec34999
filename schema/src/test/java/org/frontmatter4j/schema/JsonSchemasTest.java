package org.frontmatter4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.TypeDescription;
import org.frontmatter4j.schema.internal.SchemaGenerator;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The news schema, checked with a real JSON Schema validator (networknt, draft 2020-12). */
class JsonSchemasTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  /** Formats (uri, date-time, hostname) are assertions here, as ajv-formats makes them. */
  static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  static final FrontMatterParser PARSER = FrontMatterParser.builder().build();

  static final String NEWS = """
      ---
      category: news
      title: "Power Apps adds responsive canvas apps"
      excerpt: "Makers can now build canvas apps that adapt to any screen."
      publishedDateTime: 2021-05-13T18:03:00Z
      webUrl: "https://powerapps.microsoft.com/en-us/blog/responsive-canvas-apps/"
      type: article
      heat: 12
      provider:
        name: Microsoft Power Apps
        domain: powerapps.microsoft.com
      topics:
        - Power Apps
      images:
        - url: "https://powerapps.microsoft.com/a.png"
          width: 800
          height: 600
      secured: "+5Vd0+veANDIR+9KGup1Ni7uSe7ZOmUUaPu714GsWl/mP8/aNrGyU7PvxkwlNmpNdSq5gqs75PK7ilMXGs14hA==;tOi3j35l9coV0rDyJGrLzQ=="
      ---
      """;

  static JsonNode schemaNode(Class<?> type) throws IOException {
    return JSON.readTree(JsonSchemas.of(type));
  }

  static Set<ValidationMessage> validate(JsonSchema schema, String text) {
    return schema.validate(FrontMatterJson.of(PARSER.parse(text, "x.md").frontMatter()));
  }

  @Test
  void theNewsSchemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaGenerator.DRAFT), CONFIG);

    assertThat(meta.validate(schemaNode(NewsArticle.class))).isEmpty();
  }

  @Test
  void theNewsSchemaHasTheBindersKeysAndTheValidatorsRules() throws IOException {
    JsonNode schema = schemaNode(NewsArticle.class);

    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("title").asText()).isEqualTo("NewsArticle");
    assertThat(schema.get("description").asText()).startsWith("A Smartable news article");
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    // The binder's description, key for key and in its order: the two cannot disagree.
    List<TypeDescription.Property> described = TypeDescription.of(NewsArticle.class).properties();
    assertThat(schema.get("properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(described.stream().map(TypeDescription.Property::key).toList());
    assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactlyElementsOf(
        described.stream().filter(TypeDescription.Property::required)
            .map(TypeDescription.Property::key).toList());
    assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
        "category", "title", "excerpt", "publishedDateTime", "type", "provider");
    assertThat(described).hasSize(18);
    JsonNode properties = schema.get("properties");
    assertThat(properties.get("title").get("title").asText()).isEqualTo("Headline");
    // {@code x} and {@link #x()} read as Markdown code.
    assertThat(properties.get("webUrl").get("description").asText()).isEqualTo(
        "Where the article is. At least one of this and `originalUrl` is present.");
    assertThat(properties.get("category").get("title").asText()).isEqualTo("Always `news` for this kind");
    assertThat(properties.get("webUrl").get("format").asText()).isEqualTo("uri");
    assertThat(properties.get("publishedDateTime").get("format").asText()).isEqualTo("date-time");
    assertThat(properties.get("topics").get("minItems").asInt()).isEqualTo(1);
    assertThat(properties.get("secured").get("pattern").asText()).isEqualTo(SchemaGenerator.SIGNATURE);
    assertThat(properties.get("provider").get("$ref").asText()).isEqualTo("#/$defs/Provider");
    JsonNode image = schema.get("$defs").get("Image").get("properties");
    assertThat(image.get("width").get("minimum").asInt()).isEqualTo(1);
    assertThat(image.get("width").get("maximum").asInt()).isEqualTo(20_000);
    assertThat(image.get("url").get("format").asText()).isEqualTo("uri-reference");
    assertThat(schema.get("$defs").get("Provider").get("properties").get("domain").get("format")
        .asText()).isEqualTo("hostname");
  }

  @Test
  void aValidFileIsAccepted() throws IOException {
    JsonSchema schema = FACTORY.getSchema(JsonSchemas.of(NewsArticle.class), CONFIG);

    assertThat(validate(schema, NEWS)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing title            | title: "Power Apps adds responsive canvas apps"\\n |                    | required
      unknown key              | type: article                    | type: article\\ntitel: x       | additionalProperties
      heat as text             | heat: 12                         | heat: "12"                     | type
      heat beyond an int       | heat: 12                         | heat: 2147483648               | maximum
      a link that is no URI    | webUrl: "https://powerapps.microsoft.com/en-us/blog/responsive-canvas-apps/" | webUrl: "not a link" | format
      a bad domain             | domain: powerapps.microsoft.com  | domain: power_apps.microsoft.com | format
      no topics                | topics:\\n  - Power Apps         | topics: []                     | minItems
      a blank title            | title: "Power Apps adds responsive canvas apps" | title: "  "   | pattern
      an image 0 wide          | width: 800                       | width: 0                       | minimum
      a short signature        | tOi3j35l9coV0rDyJGrLzQ==          | tOi3j35l9coV0rDyJGrL            | pattern
      a date without a zone    | 2021-05-13T18:03:00Z             | 2021-05-13T18:03:00            | format
      a type news never writes | type: article                    | type: articel                  | enum
      """)
  void brokenFilesAreRejected(String what, String good, String bad, String keyword)
      throws IOException {
    JsonSchema schema = FACTORY.getSchema(JsonSchemas.of(NewsArticle.class), CONFIG);
    String text = NEWS.replace(good.replace("\\n", "\n"), bad == null ? "" : bad.replace("\\n", "\n"));
    assertThat(text).isNotEqualTo(NEWS);

    assertThat(validate(schema, text)).as(what).extracting(ValidationMessage::getType)
        .contains(keyword);
  }

  @Test
  void everyRealNewsFileIsAccepted() throws IOException {
    JsonSchema schema = FACTORY.getSchema(JsonSchemas.of(NewsArticle.class), CONFIG);
    List<Path> files = corpus("power-apps/news", "power-apps-site/_news");
    List<String> refused = new ArrayList<>();
    for (Path file : files) {
      Set<ValidationMessage> messages =
          schema.validate(FrontMatterJson.of(PARSER.parse(file).frontMatter()));
      if (!messages.isEmpty()) {
        refused.add(file.getFileName() + ": " + messages);
      }
    }
    System.out.printf("news schema: %d of %d real files accepted%n", files.size() - refused.size(),
        files.size());
    assertThat(refused).isEmpty();
    assertThat(files).hasSizeGreaterThan(2_000);
  }

  static List<Path> corpus(String... folders) throws IOException {
    String configured = System.getProperty("frontmatter4j.corpus");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
    if (!Files.isDirectory(root)) {
      assertThat(System.getenv("CI")).as("the corpus must be present on CI").isNotEqualTo("true");
      assumeTrue(false, "corpus not present at " + root.toAbsolutePath());
    }
    List<Path> files = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
        walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
