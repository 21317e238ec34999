package org.frontmatter4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The canonical writer puts one blank line before this property's key when the key is at the top
 * level of the front matter, as generators such as Smartable's do before each block. Nested keys
 * never get one. Reading ignores blank lines.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface BlankLineBefore {
  /**
   * {@return whether the blank line is written even when the property is absent, where its key
   * would stand} Smartable's generator does this for {@code secured}: a file without a signature
   * ends with a blank line before the closing {@code ---}. Default {@code false}.
   */
  boolean keptWhenAbsent() default false;
}
