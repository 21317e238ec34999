/**
 * frontmatter4j validation: Jakarta Bean Validation rules for Smartable content, applied to the
 * core model through Hibernate Validator's programmatic API, and a {@code ContentValidator} that
 * reports every problem of a file with its line, column and property path.
 */
module org.frontmatter4j.validation {
  requires transitive org.frontmatter4j;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;

  exports org.frontmatter4j.validation;
  // Hibernate Validator instantiates the constraint validators reflectively; nobody else may
  // see them.
  exports org.frontmatter4j.validation.internal to org.hibernate.validator;
}
