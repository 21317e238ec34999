package org.frontmatter4j.validation.internal;

import java.util.Map;
import org.frontmatter4j.validation.ContentRule;

/** One-line descriptions of the rules, for SARIF's rule list: the parser's, then the content rules'. */
public final class RuleDescriptions {
  private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
      Map.entry("frontmatter.missing", "The file must start with a '---' line."),
      Map.entry("frontmatter.unclosed", "The front matter must end with a '---' line."),
      Map.entry("frontmatter.not-mapping", "The front matter must be a mapping of keys to values."),
      Map.entry("frontmatter.line-endings", "Lines must end with LF or CRLF."),
      Map.entry("frontmatter.delimiter-whitespace",
          "A '---' or '...' delimiter line should have nothing after it."),
      Map.entry("encoding.utf8", "The file must be valid UTF-8."),
      Map.entry("encoding.utf16", "The file must be UTF-8, not UTF-16."),
      Map.entry("encoding.nul", "The file must not contain NUL characters."),
      Map.entry("yaml.syntax", "The front matter must be valid YAML."),
      Map.entry("yaml.comment-in-value",
          "A '#' after an unquoted value starts a comment, which cuts the value short."),
      Map.entry("yaml.multiline-plain", "An unquoted value should stay on one line."),
      Map.entry("yaml.space-before-colon", "A key should be followed directly by its colon."),
      Map.entry("yaml.duplicate-key", "A key must appear only once in a mapping."),
      Map.entry("yaml.complex-key", "Keys must be plain strings."),
      Map.entry("yaml.tag", "Explicit YAML tags are not allowed."),
      Map.entry("yaml.anchor", "YAML anchors and aliases are not allowed."),
      Map.entry("yaml.multiple-documents", "The front matter must hold one YAML document."),
      Map.entry("limit.size", "The front matter must not exceed the size limit."),
      Map.entry("limit.depth", "The front matter must not nest deeper than the limit."),
      Map.entry("limit.scalar-length", "A value must not exceed the length limit."),
      Map.entry("limit.nodes", "The front matter must not hold more values than the limit."),
      Map.entry("limit.aliases", "The front matter must not use more aliases than the limit."),
      Map.entry("kind.unknown", "A file's kind must follow from its folder or its category/type."),
      Map.entry("schema.unknown-key", "Keys must be known fields of the content kind."),
      Map.entry("schema.required", "Required fields must be present."),
      Map.entry("schema.type", "Values must have the field's type."),
      Map.entry("schema.date", "Dates must be ISO date-times with a zone."),
      Map.entry("schema.invalid", "Values must pass the content type's own checks."));

  private RuleDescriptions() {}

  public static String describe(String rule, String fallback) {
    return ContentRule.byId(rule).map(ContentRule::description)
        .orElse(DESCRIPTIONS.getOrDefault(rule, fallback));
  }
}
