package org.frontmatter4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The canonical writer always writes this string property double-quoted (for a list of strings,
 * each item). Without it a string is written plain when it reads back as the same string, and
 * double-quoted otherwise. Reading accepts either style.
 *
 * <p>On a property whose value is a nested type (or a list or {@code Optional} of one),
 * {@link #keys()} names string keys inside that value which are always quoted here, whatever the
 * nested type says: the same shared type is written differently in different places. Smartable
 * quotes an image's {@code url} in a news article but not in a person's {@code images}:
 *
 * <pre>{@code
 * @Quoted(keys = "url") List<Image> images();              // - url: "https://..."
 * @Quoted(keys = "images.url") Provider provider();        // provider.images[].url quoted
 * }</pre>
 *
 * <pre>{@code
 * record Post(@Quoted String title, List<String> tags) {}   // title: "Hello", tags: - java
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface Quoted {
  /**
   * {@return key paths inside this property's nested value that are always quoted: dot-separated
   * keys, lists passed through ({@code "images.url"} is each {@code images[].url})} Empty (the
   * default) quotes the property itself, which must then be a string or a list of strings.
   */
  String[] keys() default {};
}
