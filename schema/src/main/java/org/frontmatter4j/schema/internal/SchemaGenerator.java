package org.frontmatter4j.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.TypeDescription;
import org.frontmatter4j.schema.Javadocs;
import org.frontmatter4j.schema.KnownValues;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.validation.ContentSeverity;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.DisplayText;
import org.frontmatter4j.validation.DomainName;
import org.frontmatter4j.validation.ImageDimensions;
import org.frontmatter4j.validation.PublicationDate;
import org.frontmatter4j.validation.SecuredSignature;
import org.frontmatter4j.validation.TopicList;
import org.frontmatter4j.validation.WebUrl;

/**
 * Makes a JSON Schema (draft 2020-12) of a bindable type. Its properties, keys, types and
 * required keys are the binder's {@link TypeDescription}; its value rules are the constraints
 * the validator checks, where JSON Schema can say them; its titles and descriptions are the
 * type's javadoc. A nested type becomes one entry of {@code $defs}. Warnings (implausible scores)
 * and rules across keys (AMP cache links) are left to the validator: a schema can only refuse.
 */
public final class SchemaGenerator {
  /** The draft every schema declares. */
  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  /** An ISO 8601 duration as {@link Duration#parse} reads it: {@code PT57M}, {@code P2DT3H}. */
  static final String DURATION = "^[-+]?P(?:[-+]?[0-9]+D)?(?:T(?:[-+]?[0-9]+H)?(?:[-+]?[0-9]+M)?"
      + "(?:[-+]?[0-9]+(?:[.,][0-9]{0,9})?S)?)?$";
  /** An ISO 8601 period as {@link Period#parse} reads it: {@code P1M}, {@code P1Y2M10D}. */
  static final String PERIOD = "^[-+]?P(?:[-+]?[0-9]+Y)?(?:[-+]?[0-9]+M)?(?:[-+]?[0-9]+W)?"
      + "(?:[-+]?[0-9]+D)?$";
  /** Smartable's signature: base64, ';', and the base64 of 16 bytes. */
  public static final String SIGNATURE = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
      + ";[A-Za-z0-9+/]{21}[AQgw]==$";
  /** Not blank, and no control character but a line break ({@code text.blank}, {@code text.control}). */
  static final String DISPLAY_TEXT =
      "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

  /** {@link #DISPLAY_TEXT}, or empty ({@code DisplayText(allowEmpty = true)}). */
  static final String DISPLAY_TEXT_OR_EMPTY =
      "^(?:|(?=[\\s\\S]*\\S)[^\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*)$";

  private final JsonNodeFactory json = JsonNodeFactory.instance;
  private final ContentValidator validator;
  private final KeyNaming naming;
  private final Map<Class<?>, String> definitions = new LinkedHashMap<>();
  private final ObjectNode defs = json.objectNode();

  /**
   * @param validator whose constraints become value rules
   * @param naming    the key naming the reader uses
   */
  public SchemaGenerator(ContentValidator validator, KeyNaming naming) {
    this.validator = validator;
    this.naming = naming;
  }

  /** The schema of {@code type}, with {@code id} as its {@code $id} when given. */
  public ObjectNode generate(Class<?> type, Optional<String> id) {
    ObjectNode schema = json.objectNode();
    schema.put("$schema", DRAFT);
    id.ifPresent(value -> schema.put("$id", value));
    definitions.put(type, "#");
    object(type, schema);
    if (!defs.isEmpty()) {
      schema.set("$defs", defs);
    }
    return schema;
  }

  private void object(Class<?> type, ObjectNode schema) {
    TypeDescription description = TypeDescription.of(type, naming);
    // A type's title is its name; its javadoc describes it.
    schema.put("title", type.getSimpleName());
    String javadoc = Javadocs.of(type);
    if (!javadoc.isEmpty()) {
      schema.put("description", javadoc);
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = json.arrayNode();
    BeanDescriptor constraints = validator.constraintsOf(type);
    for (TypeDescription.Property property : description.properties()) {
      ObjectNode value = value(property.genericType());
      describe(value, Javadocs.of(type, property));
      constrain(property, value, constraints);
      KnownValues.of(type, property.key()).filter(KnownValues.Values::closed)
          .ifPresent(known -> enumerate(value, known.values()));
      properties.set(property.key(), value);
      if (property.required()) {
        required.add(property.key());
      }
    }
    for (ConstraintDescriptor<?> constraint : constraints.getConstraintDescriptors()) {
      if (constraint.getAnnotation() instanceof ImageDimensions && !warning(constraint)) {
        for (String dimension : List.of("width", "height")) {
          JsonNode property = properties.get(keyOf(description, dimension));
          if (property instanceof ObjectNode node) {
            node.put("minimum", 1).put("maximum", validator.maxImageDimension());
          }
        }
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
  }

  /**
   * Lists a closed set of values as the value's {@code enum} (each item's, for a list); an
   * optional value may also be empty ({@code null}).
   */
  private static void enumerate(ObjectNode value, List<String> values) {
    ObjectNode target = value.get("items") instanceof ObjectNode items ? items : value;
    ArrayNode allowed = target.putArray("enum");
    values.forEach(allowed::add);
    JsonNode type = target.get("type");
    if (type != null && type.isArray()) {
      for (JsonNode each : type) {
        if (each.asText().equals("null")) {
          allowed.addNull();
        }
      }
    }
  }

  private static String keyOf(TypeDescription description, String javaName) {
    return description.properties().stream().filter(p -> p.javaName().equals(javaName))
        .map(TypeDescription.Property::key).findFirst().orElse(javaName);
  }

  /** The title (the first sentence) and the description (all of it) of a javadoc text. */
  private static void describe(ObjectNode schema, String javadoc) {
    if (javadoc.isEmpty()) {
      return;
    }
    int end = javadoc.indexOf(". ");
    String title = end < 0 ? javadoc : javadoc.substring(0, end + 1);
    schema.put("title", title.endsWith(".") ? title.substring(0, title.length() - 1) : title);
    if (!title.equals(javadoc)) {
      schema.put("description", javadoc);
    }
  }

  /** The schema of a value of a Java type, as the binder reads it. */
  private ObjectNode value(Type type) {
    Class<?> raw = raw(type);
    ObjectNode schema = json.objectNode();
    if (raw == Optional.class) {
      // The binder reads an empty value ("domain:") as an empty Optional.
      ObjectNode present = value(argument(type, 0));
      if (present.get("type") instanceof com.fasterxml.jackson.databind.node.TextNode scalar) {
        present.putArray("type").add(scalar.asText()).add("null");
      }
      return present;
    }
    if (raw == List.class || raw == Set.class || raw == Collection.class) {
      schema.put("type", "array");
      schema.set("items", value(argument(type, 0)));
      if (raw == Set.class) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (raw == Map.class) {
      schema.put("type", "object");
      schema.set("additionalProperties", value(argument(type, 1)));
      return schema;
    }
    if (raw == String.class || raw == CharSequence.class) {
      return schema.put("type", "string");
    }
    if (raw == int.class || raw == Integer.class || raw == OptionalInt.class) {
      return schema.put("type", "integer").put("minimum", Integer.MIN_VALUE)
          .put("maximum", Integer.MAX_VALUE);
    }
    if (raw == long.class || raw == Long.class || raw == OptionalLong.class
        || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
        || raw == BigInteger.class) {
      return schema.put("type", "integer");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
        || raw == OptionalDouble.class || raw == BigDecimal.class) {
      return schema.put("type", "number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return schema.put("type", "boolean");
    }
    if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Instant.class) {
      return schema.put("type", "string").put("format", "date-time");
    }
    if (raw == LocalDate.class) {
      return schema.put("type", "string").put("format", "date");
    }
    if (raw == LocalDateTime.class) {
      return schema.put("type", "string")
          .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?$");
    }
    if (raw == LocalTime.class) {
      return schema.put("type", "string")
          .put("pattern", "^[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?$");
    }
    if (raw == Duration.class) {
      return schema.put("type", "string").put("pattern", DURATION);
    }
    if (raw == Period.class) {
      return schema.put("type", "string").put("pattern", PERIOD);
    }
    if (raw == URI.class) {
      return schema.put("type", "string").put("format", "uri-reference");
    }
    if (raw.isEnum()) {
      ArrayNode names = schema.put("type", "string").putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (YamlNode.class.isAssignableFrom(raw)) {
      return schema; // any value
    }
    return schema.put("$ref", reference(raw));
  }

  /** {@code #/$defs/Name} of a nested type, generated once. */
  private String reference(Class<?> type) {
    String known = definitions.get(type);
    if (known != null) {
      return known;
    }
    String name = type.getSimpleName();
    if (defs.has(name)) {
      name = type.getName().replace('$', '.');
    }
    String reference = "#/$defs/" + name;
    definitions.put(type, reference);
    ObjectNode definition = json.objectNode();
    defs.set(name, definition);
    object(type, definition);
    return reference;
  }

  /**
   * Applies a property's constraints: those on the property to the value (or, for a list, to the
   * list), those on its container's elements to each item (or to an optional's value).
   */
  private void constrain(TypeDescription.Property property, ObjectNode value,
      BeanDescriptor constraints) {
    PropertyDescriptor descriptor = constraints.getConstraintsForProperty(property.javaName());
    if (descriptor == null) {
      return;
    }
    for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
      apply(constraint, value);
    }
    ObjectNode element = value.has("items") ? (ObjectNode) value.get("items") : value;
    for (ContainerElementTypeDescriptor container : descriptor.getConstrainedContainerElementTypes()) {
      for (ConstraintDescriptor<?> constraint : container.getConstraintDescriptors()) {
        apply(constraint, element);
      }
    }
  }

  private void apply(ConstraintDescriptor<?> constraint, ObjectNode schema) {
    if (warning(constraint)) {
      return; // a warning does not make a value wrong; a schema can only refuse
    }
    Annotation annotation = constraint.getAnnotation();
    boolean array = "array".equals(schema.path("type").asText());
    if (annotation instanceof Min min) {
      schema.put("minimum", min.value());
    } else if (annotation instanceof Max max) {
      schema.put("maximum", max.value());
    } else if (annotation instanceof DecimalMin min) {
      schema.put(min.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(min.value()));
    } else if (annotation instanceof DecimalMax max) {
      schema.put(max.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(max.value()));
    } else if (annotation instanceof Positive) {
      schema.put("exclusiveMinimum", 0);
    } else if (annotation instanceof PositiveOrZero) {
      schema.put("minimum", 0);
    } else if (annotation instanceof Negative) {
      schema.put("exclusiveMaximum", 0);
    } else if (annotation instanceof NegativeOrZero) {
      schema.put("maximum", 0);
    } else if (annotation instanceof Size size) {
      schema.put(array ? "minItems" : "minLength", size.min());
      if (size.max() != Integer.MAX_VALUE) {
        schema.put(array ? "maxItems" : "maxLength", size.max());
      }
    } else if (annotation instanceof NotEmpty) {
      schema.put(array ? "minItems" : "minLength", 1);
    } else if (annotation instanceof NotBlank) {
      schema.put("pattern", "\\S");
    } else if (annotation instanceof jakarta.validation.constraints.Pattern pattern) {
      schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
    } else if (annotation instanceof Email) {
      schema.put("format", "email");
    } else if (annotation instanceof WebUrl url) {
      schema.put("format", url.allowSiteRelative() ? "uri-reference" : "uri");
    } else if (annotation instanceof DomainName) {
      schema.put("format", "hostname");
    } else if (annotation instanceof PublicationDate) {
      schema.put("format", "date-time");
    } else if (annotation instanceof SecuredSignature) {
      schema.put("pattern", SIGNATURE);
    } else if (annotation instanceof DisplayText text) {
      schema.put("pattern", text.allowEmpty() ? DISPLAY_TEXT_OR_EMPTY : DISPLAY_TEXT);
    } else if (annotation instanceof TopicList) {
      schema.put("minItems", 1);
    }
  }

  private static boolean warning(ConstraintDescriptor<?> constraint) {
    return constraint.getPayload().contains(ContentSeverity.Warning.class);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
