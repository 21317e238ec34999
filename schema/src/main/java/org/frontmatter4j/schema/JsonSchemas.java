package org.frontmatter4j.schema;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Optional;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.schema.internal.SchemaGenerator;

/**
 * JSON Schemas (draft 2020-12) of content types, for tools that read front matter as JSON: CMSs
 * (Front Matter CMS, Decap), remark-lint-frontmatter-schema, ajv. A schema is made from the
 * same description the binder reads files with, so it has the same keys, types and required keys
 * (and {@code additionalProperties: false}, as the strict reader); from the constraints the
 * validator checks, where JSON Schema can say them ({@code minimum}, {@code format: uri},
 * patterns for signatures and durations); and from the type's javadoc, for titles and
 * descriptions.
 *
 * <p>A schema says less than {@code validate}: rules across keys (AMP cache links), file names,
 * links between files and warnings are the validator's alone.
 *
 * <pre>{@code
 * record Post(String title, LocalDate date, @Size(max = 5) List<String> tags) {}
 *
 * String schema = JsonSchemas.of(Post.class);   // {"$schema": ".../2020-12/schema", "title": "Post", ...}
 * }</pre>
 */
public final class JsonSchemas {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonSchemas() {}

  /**
   * {@return the schema of a type whose keys are its property names, with the constraints of the
   * default {@link ContentValidator} (the core model's, and any on the type's own annotations)}
   *
   * @param type a record, Immutables type or bean, such as {@code NewsArticle.class}
   * @throws IllegalArgumentException if the type cannot be bound, saying why
   */
  public static String of(Class<?> type) {
    return of(type, KeyNaming.CAMEL_CASE, ContentValidator.builder().build(), null);
  }

  /**
   * {@return the schema of a content kind's model, such as {@code news}'s {@code NewsArticle},
   * with the default validator's constraints: what {@code validate.jar schema --kind ID} prints}
   *
   * @param kind the content kind
   */
  public static String of(Kind kind) {
    requireNonNull(kind, "kind must not be null");
    return of(kind.type());
  }

  /**
   * {@return the schema of a type as a reader with this key naming reads it, with this validator's
   * constraints (its image size limit, for one), and {@code id} as its {@code $id} when not null}
   *
   * @param type a record, Immutables type or bean, such as {@code NewsArticle.class}
   * @param naming how a Java name becomes a front-matter key
   * @param validator the validator each file is checked with
   * @param id the schema's {@code $id}
   * @throws IllegalArgumentException if the type cannot be bound, saying why
   */
  public static String of(Class<?> type, KeyNaming naming, ContentValidator validator, String id) {
    requireNonNull(type, "type must not be null");
    requireNonNull(naming, "naming must not be null");
    requireNonNull(validator, "validator must not be null");
    try {
      return JSON.writeValueAsString(new SchemaGenerator(validator, naming)
          .generate(type, Optional.ofNullable(id))) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree cannot fail to print", e);
    }
  }
}
