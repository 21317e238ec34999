/** Uses frontmatter4j through its exported packages only, as any application would. */
module org.frontmatter4j.examples {
  requires transitive org.frontmatter4j;
  requires transitive org.frontmatter4j.validation;

  exports org.frontmatter4j.examples;
  // Hibernate Validator reads the constraints of the README's records through their fields.
  opens org.frontmatter4j.examples to org.hibernate.validator;
}
