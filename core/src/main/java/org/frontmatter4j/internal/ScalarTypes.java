package org.frontmatter4j.internal;

import org.frontmatter4j.tree.ScalarType;

/**
 * Resolves plain scalars under the YAML 1.2 JSON schema. Hand-written rather than
 * snakeyaml-engine's regex-based {@code JsonScalarResolver}: it runs for every plain scalar, and
 * a character scan is several times cheaper than four regex matches.
 */
public final class ScalarTypes {
  private ScalarTypes() {}

  /** The JSON-schema type of a plain scalar's text. */
  public static ScalarType resolvePlain(String value) {
    int length = value.length();
    if (length == 0) {
      return ScalarType.NULL;
    }
    char first = value.charAt(0);
    if (first == 'n') {
      return value.equals("null") ? ScalarType.NULL : ScalarType.STRING;
    }
    if (first == 't' || first == 'f') {
      return value.equals("true") || value.equals("false") ? ScalarType.BOOLEAN : ScalarType.STRING;
    }
    if (first == '-' || (first >= '0' && first <= '9')) {
      return number(value);
    }
    return ScalarType.STRING;
  }

  /** JSON numbers: {@code -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?}. */
  private static ScalarType number(String value) {
    int i = value.charAt(0) == '-' ? 1 : 0;
    int length = value.length();
    int digits = digits(value, i);
    if (digits == 0 || (digits > 1 && value.charAt(i) == '0')) {
      return ScalarType.STRING;
    }
    i += digits;
    if (i == length) {
      return ScalarType.INTEGER;
    }
    if (value.charAt(i) == '.') {
      i += 1 + digits(value, i + 1);
    }
    if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
      i++;
      if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(value, i);
      if (exponent == 0) {
        return ScalarType.STRING;
      }
      i += exponent;
    }
    return i == length ? ScalarType.FLOAT : ScalarType.STRING;
  }

  private static int digits(String value, int from) {
    int i = from;
    while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
