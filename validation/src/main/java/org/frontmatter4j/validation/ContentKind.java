package org.frontmatter4j.validation;

/** Which content kind a {@link SiteValidator} checks files against. */
public enum ContentKind {
  /**
   * News when the file is in a {@code _news} folder or says {@code category: news}; other files
   * get their front-matter syntax checked only, until their kinds are supported.
   */
  AUTO,
  /** Every file is a news article. */
  NEWS
}
