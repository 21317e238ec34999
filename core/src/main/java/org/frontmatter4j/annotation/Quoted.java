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
 * <pre>{@code
 * record Post(@Quoted String title, List<String> tags) {}   // title: "Hello", tags: - java
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface Quoted {}
