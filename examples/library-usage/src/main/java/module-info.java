/** Uses frontmatter4j through its exported packages only, as any application would. */
module org.frontmatter4j.examples {
  requires transitive org.frontmatter4j;
  requires transitive org.frontmatter4j.validation;

  exports org.frontmatter4j.examples;
}
