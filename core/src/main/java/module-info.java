/**
 * frontmatter4j core: the strict parser, the front-matter tree, the Smartable models and the
 * writers. Implementation lives in {@code org.frontmatter4j.internal}, which is not exported.
 */
module org.frontmatter4j {
  requires org.snakeyaml.engine;
  requires static org.immutables.value.annotations;

  exports org.frontmatter4j;
  exports org.frontmatter4j.tree;
  exports org.frontmatter4j.annotation;
  exports org.frontmatter4j.model;
}
