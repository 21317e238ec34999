package org.frontmatter4j.internal;

/** How to fix the YAML syntax errors people make most in front matter. */
final class SyntaxHints {
  private SyntaxHints() {}

  static String hint(String problem) {
    if (problem == null) {
      return "";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "; if the value contains ': ', put it in double quotes";
    }
    if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
      return "; a value cannot start with '@' or '`': put it in double quotes";
    }
    if (problem.contains("found unexpected end of stream")) {
      return "; is a closing quote missing?";
    }
    if (problem.contains("'<stream end>'")) {
      return "; the front matter ends inside a value: is a closing ']' or '}' missing?";
    }
    if (problem.contains("found undefined tag handle")) {
      return "; a value starting with '!' must be quoted";
    }
    if (problem.contains("could not find expected ':'")) {
      return "; every line must be 'key: value', or a quoted value is missing its closing quote";
    }
    return "";
  }
}
