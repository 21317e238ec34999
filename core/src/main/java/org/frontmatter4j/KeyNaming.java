package org.frontmatter4j;

/**
 * How a reader turns a property's Java name into its front-matter key, for a whole site's style.
 * A {@link org.frontmatter4j.annotation.FrontMatterKey} on a property always wins.
 */
public enum KeyNaming {
  /** The Java name as it is: {@code publishedDateTime}. Smartable's style; the default. */
  CAMEL_CASE,
  /** Lower case words joined by underscores: {@code published_date_time} (Jekyll, Hugo). */
  SNAKE_CASE,
  /** Lower case words joined by hyphens: {@code published-date-time}. */
  KEBAB_CASE
}
