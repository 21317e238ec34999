package org.frontmatter4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The front-matter key of a property, when it is not the property's name (or the name that the
 * reader's {@link org.frontmatter4j.KeyNaming} makes of it).
 *
 * <pre>{@code
 * record Page(String title, @FrontMatterKey("last_modified_at") LocalDate lastModified) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface FrontMatterKey {
  /** {@return the key exactly as the file writes it} */
  String value();
}
