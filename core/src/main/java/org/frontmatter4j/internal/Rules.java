package org.frontmatter4j.internal;

/** Stable rule ids of the parser and the binder. */
public final class Rules {
  public static final String NO_FRONT_MATTER = "frontmatter.missing";
  public static final String UNCLOSED = "frontmatter.unclosed";
  public static final String NOT_MAPPING = "frontmatter.not-mapping";
  public static final String LINE_ENDINGS = "frontmatter.line-endings";
  /** LF and CRLF line ends mixed in the front matter. */
  public static final String MIXED_LINE_ENDINGS = "frontmatter.mixed-line-endings";
  public static final String INVALID_UTF8 = "encoding.utf8";
  public static final String UTF16 = "encoding.utf16";
  public static final String NUL = "encoding.nul";
  public static final String DELIMITER_WHITESPACE = "frontmatter.delimiter-whitespace";
  /** A {@code ---} line inside a value ended the front matter early. */
  public static final String CLOSED_EARLY = "frontmatter.closed-early";
  public static final String SYNTAX = "yaml.syntax";
  public static final String COMMENT_IN_VALUE = "yaml.comment-in-value";
  public static final String MULTILINE_PLAIN = "yaml.multiline-plain";
  public static final String SPACE_BEFORE_COLON = "yaml.space-before-colon";
  public static final String DUPLICATE_KEY = "yaml.duplicate-key";
  public static final String COMPLEX_KEY = "yaml.complex-key";
  public static final String TAG = "yaml.tag";
  public static final String ANCHOR = "yaml.anchor";
  public static final String MULTIPLE_DOCUMENTS = "yaml.multiple-documents";
  public static final String LIMIT_SIZE = "limit.size";
  public static final String LIMIT_DEPTH = "limit.depth";
  public static final String LIMIT_SCALAR = "limit.scalar-length";
  public static final String LIMIT_NODES = "limit.nodes";
  public static final String LIMIT_ALIASES = "limit.aliases";
  public static final String UNKNOWN_KEY = "schema.unknown-key";
  public static final String REQUIRED = "schema.required";
  public static final String TYPE = "schema.type";
  public static final String DATE = "schema.date";
  /** The type's own constructor or builder refused the values (a {@code @Value.Check}, say). */
  public static final String INVALID = "schema.invalid";
  /** Neither the path nor the front matter tells which kind of content a file is. */
  public static final String UNKNOWN_KIND = "kind.unknown";

  private Rules() {}
}
