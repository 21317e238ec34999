package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import java.util.Set;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.TypeDescription;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.ContentSeverity;

/** Turns constraint violations into problems located in the document they came from. */
public final class ViolationProblems {
  /** The id of a violation by a constraint that is not one of this module's. */
  static final String OTHER_RULE = "constraint";

  private ViolationProblems() {}

  /** The problem a violation of a model bound from {@code document} stands for. */
  public static Problem toProblem(ConstraintViolation<?> violation, FrontMatterDocument document) {
    return toProblem(violation, document, null);
  }

  /**
   * The problem a violation of a value bound from {@code document} stands for; {@code root}
   * describes the value's type, whose property names become the document's keys (null: the
   * names are the keys).
   */
  public static Problem toProblem(ConstraintViolation<?> violation, FrontMatterDocument document,
      TypeDescription root) {
    String path = yamlPath(violation.getPropertyPath(), root);
    ContentRule rule = ContentRule.of(violation).orElse(null);
    Severity severity = severity(violation.getConstraintDescriptor().getPayload(), rule);
    String subject = subject(path);
    String message = subject.isEmpty() ? violation.getMessage()
        : "'" + subject + "' " + violation.getMessage();
    return document.problemAt(document.positionOf(path), path,
        rule == null ? OTHER_RULE : rule.id(), severity, message);
  }

  /**
   * The property path as the front matter's keys: {@code related[1].images[0].width}, and
   * {@code labels.first} for a map's value. Hibernate Validator's own rendering adds container
   * element names such as {@code <list element>}, and writes map keys as {@code labels[first]}.
   */
  static String yamlPath(Path path) {
    return yamlPath(path, null);
  }

  /**
   * The property path as the front matter's keys, each property name turned into its key by the
   * description of the type it belongs to, such as {@code last_modified_at} for
   * {@code lastModified}.
   */
  static String yamlPath(Path path, TypeDescription root) {
    StringBuilder out = new StringBuilder();
    TypeDescription current = root;
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.isInIterable() && node.getKey() != null) {
        // A map value: in the front matter, a key of a mapping.
        out.append(out.length() == 0 ? "" : ".").append(node.getKey());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        TypeDescription.Property property = property(current, node.getName());
        out.append(out.length() == 0 ? "" : ".")
            .append(property == null ? node.getName() : property.key());
        current = property == null ? null : property.nested().orElse(null);
      }
    }
    return out.toString();
  }

  private static TypeDescription.Property property(TypeDescription type, String javaName) {
    if (type == null) {
      return null;
    }
    // A bean's getter reaches us under its method name (getOrder): RecordStyleGetters names
    // getters exactly like their methods, as the models' isCached() needs.
    String bean = javaName.startsWith("get") ? javaName.substring(3)
        : javaName.startsWith("is") ? javaName.substring(2) : "";
    String decapitalized = bean.isEmpty() ? ""
        : Character.toLowerCase(bean.charAt(0)) + bean.substring(1);
    TypeDescription.Property getter = null;
    for (TypeDescription.Property property : type.properties()) {
      if (property.javaName().equals(javaName)) {
        return property;
      }
      if (property.javaName().equals(decapitalized)) {
        getter = property;
      }
    }
    return getter;
  }

  private static Severity severity(Set<Class<? extends Payload>> payload, ContentRule rule) {
    if (payload.contains(ContentSeverity.Warning.class)) {
      return Severity.WARNING;
    }
    if (payload.contains(ContentSeverity.Error.class) || rule == null) {
      return Severity.ERROR;
    }
    return rule.severity();
  }

  /** The last key of a path, with its index: what a message is about. */
  private static String subject(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
