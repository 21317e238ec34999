package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import java.util.Set;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.ContentSeverity;

/** Turns constraint violations into problems located in the document they came from. */
public final class ViolationProblems {
  /** The id of a violation by a constraint that is not one of this module's. */
  static final String OTHER_RULE = "constraint";

  private ViolationProblems() {}

  /** The problem a violation of a model bound from {@code document} stands for. */
  public static Problem toProblem(ConstraintViolation<?> violation, FrontMatterDocument document) {
    String path = yamlPath(violation.getPropertyPath());
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
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.isInIterable() && node.getKey() != null) {
        // A map value: in the front matter, a key of a mapping.
        out.append(out.length() == 0 ? "" : ".").append(node.getKey());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return out.toString();
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
