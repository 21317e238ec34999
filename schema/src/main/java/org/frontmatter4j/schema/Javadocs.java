package org.frontmatter4j.schema;

import static java.util.Objects.requireNonNull;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentElement;
import com.github.therapi.runtimejavadoc.CommentText;
import com.github.therapi.runtimejavadoc.FieldJavadoc;
import com.github.therapi.runtimejavadoc.InlineLink;
import com.github.therapi.runtimejavadoc.InlineTag;
import com.github.therapi.runtimejavadoc.MethodJavadoc;
import com.github.therapi.runtimejavadoc.ParamJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import org.frontmatter4j.TypeDescription;

/**
 * The javadoc of content types and their properties, read at run time: the words a schema's
 * titles and descriptions and an editor's hover text are made of, so that a key is described
 * once, where it is declared.
 *
 * <p>The javadoc is there when the type was compiled with therapi-runtime-javadoc's annotation
 * processor ({@code com.github.therapi:therapi-runtime-javadoc-scribe}), as the core model is;
 * for other types every text is empty. Inline tags become Markdown: {@code {@code x}} is
 * {@code `x`}, a {@code {@link #x()}} is {@code `x`}.
 *
 * <pre>{@code
 * Javadocs.of(NewsArticle.class);                                        // "A Smartable news article ..."
 * Javadocs.of(NewsArticle.class, TypeDescription.of(NewsArticle.class)
 *     .properties().get(1));                                             // "Headline."
 * }</pre>
 */
public final class Javadocs {
  private Javadocs() {}

  /**
   * {@return the javadoc of a type's own comment, its first paragraph included; empty when it has
   * none}
   *
   * @param type a model type, such as {@code NewsArticle.class}
   */
  public static String of(Class<?> type) {
    requireNonNull(type, "type must not be null");
    return markdown(RuntimeJavadoc.getJavadoc(type).getComment());
  }

  /**
   * {@return the javadoc of one property of a described type: its accessor's comment
   * (Immutables and interfaces), its record component's {@code @param}, or its field's comment
   * (beans)}
   *
   * @param type a model type, such as {@code NewsArticle.class}
   * @param property one of the type's properties, from {@link TypeDescription#properties()}
   */
  public static String of(Class<?> type, TypeDescription.Property property) {
    requireNonNull(type, "type must not be null");
    requireNonNull(property, "property must not be null");
    String name = property.javaName();
    for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
      String found = declared(at, name);
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (Class<?> implemented : type.getInterfaces()) {
      String found = declared(implemented, name);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return "";
  }

  private static String declared(Class<?> type, String name) {
    ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(type);
    for (MethodJavadoc method : javadoc.getMethods()) {
      if (method.getName().equals(name) && method.getParamTypes().isEmpty()) {
        String text = markdown(method.getComment());
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    for (ParamJavadoc component : javadoc.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return markdown(component.getComment());
      }
    }
    for (FieldJavadoc field : javadoc.getFields()) {
      if (field.getName().equals(name)) {
        return markdown(field.getComment());
      }
    }
    return "";
  }

  /** A comment in Markdown, on one line. */
  static String markdown(Comment comment) {
    StringBuilder text = new StringBuilder();
    for (CommentElement element : comment.getElements()) {
      if (element instanceof CommentText plain) {
        text.append(plain.getValue());
      } else if (element instanceof InlineTag tag) {
        text.append(tag.getName().equals("code") ? "`" + tag.getValue() + "`" : tag.getValue());
      } else if (element instanceof InlineLink link) {
        String member = link.getLink().getReferencedMemberName();
        String label = link.getLink().getLabel();
        String shown = label != null && !label.isBlank() ? label
            : member != null ? member : simpleName(link.getLink().getReferencedClassName());
        // A reference as its label ("#webUrl()", "Kind#NEWS") reads as the member's name.
        text.append('`').append(shown.substring(shown.indexOf('#') + 1)
            .replaceAll("\\(.*\\)$", "")).append('`');
      }
    }
    return text.toString().strip().replaceAll("\\s+", " ");
  }

  private static String simpleName(String className) {
    return className == null ? "" : className.substring(className.lastIndexOf('.') + 1);
  }
}
