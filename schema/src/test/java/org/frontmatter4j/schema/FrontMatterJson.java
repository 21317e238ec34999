package org.frontmatter4j.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Front matter as JSON, as a JavaScript tool sees it after parsing the YAML: YAML 1.2's JSON
 * schema types (a plain {@code 12} is a number, {@code true} a boolean, {@code null} null, a date
 * a string).
 */
final class FrontMatterJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FrontMatterJson() {}

  static JsonNode of(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      ObjectNode object = JSON.objectNode();
      for (YamlEntry entry : mapping.entries()) {
        object.set(entry.name(), of(entry.value()));
      }
      return object;
    }
    if (node instanceof YamlSequence sequence) {
      ArrayNode array = JSON.arrayNode();
      sequence.items().forEach(item -> array.add(of(item)));
      return array;
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.type()) {
      case NULL -> JSON.nullNode();
      case BOOLEAN -> JSON.booleanNode(scalar.value().equals("true"));
      case INTEGER -> JSON.numberNode(new BigInteger(scalar.value()));
      case FLOAT -> number(scalar.value());
      default -> JSON.textNode(scalar.value());
    };
  }

  private static JsonNode number(String text) {
    try {
      return JSON.numberNode(new BigDecimal(text));
    } catch (NumberFormatException notFinite) {
      return JSON.textNode(text); // .inf and .nan have no JSON number
    }
  }
}
