package org.frontmatter4j.validation.internal;

import java.net.IDN;
import java.util.Locale;
import org.frontmatter4j.validation.ContentRule;

/**
 * Checks links by hand rather than with {@link java.net.URI}: URI accepts {@code javascript:}
 * and {@code http:/x}, rejects internationalized host names, and its exceptions do not say which
 * rule was broken. Paths may hold non-ASCII characters (RFC 3987 IRIs, common in real links);
 * ASCII characters outside RFC 3986 must be percent-encoded.
 */
final class WebUrls {
  /** RFC 3986 sub-delims, ":", "@", "/" and "?": what a path, query or fragment may hold. */
  private static final String PATH_PUNCTUATION = "-._~!$&'()*+,;=:@/?";
  private static final int MAX_PORT = 65_535;

  private WebUrls() {}

  /** The first problem of a link, or {@code null} when it is a valid web link. */
  static Finding check(String url, boolean allowSiteRelative) {
    Finding text = checkWhiteSpace(url);
    if (text != null) {
      return text;
    }
    if (allowSiteRelative && url.startsWith("/") && !url.startsWith("//")) {
      return checkPathQueryFragment(url, 0);
    }
    int colon = schemeEnd(url);
    if (colon < 0) {
      return syntax(allowSiteRelative
          ? "must be an absolute http or https link, or a site path starting with '/'"
          : "must be an absolute link starting with http:// or https://");
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Finding(ContentRule.URL_SCHEME,
          "must be an http or https link, not a '" + scheme + ":' link");
    }
    if (!url.startsWith("//", colon + 1)) {
      return syntax("must have '//' after '" + url.substring(0, colon + 1) + "'");
    }
    int authorityStart = colon + 3;
    int authorityEnd = authorityEnd(url, authorityStart);
    Finding authority = checkAuthority(url.substring(authorityStart, authorityEnd));
    return authority != null ? authority : checkPathQueryFragment(url, authorityEnd);
  }

  /** The host of a valid absolute link, lower case, as written (not converted to ASCII). */
  static String host(String url) {
    int start = schemeEnd(url) + 3;
    String authority = url.substring(start, authorityEnd(url, start));
    if (authority.startsWith("[")) {
      return authority.substring(0, authority.indexOf(']') + 1);
    }
    int colon = authority.lastIndexOf(':');
    return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  /** Everything after the host and port of a valid absolute link: path, query and fragment. */
  static String pathQueryFragment(String url) {
    int start = schemeEnd(url) + 3;
    return url.substring(authorityEnd(url, start));
  }

  /** Whether a valid absolute link uses https. */
  static boolean isHttps(String url) {
    return url.regionMatches(true, 0, "https:", 0, 6);
  }

  private static Finding checkWhiteSpace(String url) {
    if (url.isEmpty()) {
      return syntax("must not be empty");
    }
    if (isSpace(url.charAt(0)) || isSpace(url.charAt(url.length() - 1))) {
      return syntax("must not start or end with white space");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (isSpace(c)) {
        return syntax("must not contain spaces; write a space as %20");
      }
      if (Texts.isControl(c)) {
        return syntax("must not contain the control character " + Texts.codePoint(c));
      }
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return Texts.isSpace(c);
  }

  /** Index of the ':' ending an RFC 3986 scheme, or -1. */
  private static int schemeEnd(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  private static int authorityEnd(String url, int start) {
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return i;
      }
    }
    return url.length();
  }

  private static Finding checkAuthority(String authority) {
    if (authority.indexOf('@') >= 0) {
      return syntax("must not have user information ('name@') before the host");
    }
    if (authority.startsWith("[")) {
      return checkIpv6(authority);
    }
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      Finding port = checkPort(authority.substring(colon + 1));
      if (port != null) {
        return port;
      }
    }
    return checkHost(colon < 0 ? authority : authority.substring(0, colon));
  }

  private static Finding checkIpv6(String authority) {
    int close = authority.indexOf(']');
    if (close < 0) {
      return badHost("has an IPv6 address without its closing ']'");
    }
    String address = authority.substring(1, close);
    if (address.indexOf(':') < 0 || !address.chars().allMatch(
        c -> isDigit((char) c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'
            || c == '.')) {
      return badHost("has the host '[" + address + "]', which is not an IPv6 address");
    }
    String rest = authority.substring(close + 1);
    if (rest.isEmpty()) {
      return null;
    }
    return rest.startsWith(":") ? checkPort(rest.substring(1))
        : badHost("has '" + rest + "' after its IPv6 address");
  }

  private static Finding checkPort(String port) {
    if (port.isEmpty()) {
      return new Finding(ContentRule.URL_PORT, "has a ':' after the host but no port number");
    }
    if (port.length() > 5 || !HostNames.allDigits(port)
        || Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
      return new Finding(ContentRule.URL_PORT,
          "has the port '" + port + "'; a port is a number from 1 to " + MAX_PORT);
    }
    return null;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Finding checkHost(String host) {
    if (host.isEmpty()) {
      return badHost("has no host after '//'");
    }
    if (host.indexOf('%') >= 0) {
      return badHost("has the host '" + host + "', which must not be percent-encoded");
    }
    String ascii = host;
    if (!isAscii(host)) {
      try {
        ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
      } catch (IllegalArgumentException e) {
        return badHost("has the host '" + host + "', which is not a valid internationalized name");
      }
    }
    String problem = HostNames.problem(ascii);
    return problem == null ? null : badHost("has the host '" + host + "', which " + problem);
  }

  private static Finding checkPathQueryFragment(String url, int from) {
    boolean inFragment = false;
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%') {
        if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
          return new Finding(ContentRule.URL_ENCODING, "has '"
              + url.substring(i, Math.min(url.length(), i + 3)) + "', a '%' not followed by two"
              + " hexadecimal digits; write a literal '%' as %25");
        }
        i += 2;
      } else if (c == '#' && !inFragment) {
        inFragment = true;
      } else if (c < 0x80 && !isAsciiLetter(c) && !isDigit(c) && PATH_PUNCTUATION.indexOf(c) < 0) {
        return syntax("must not contain the character '" + c + "'; write it as %"
            + String.format(Locale.ROOT, "%02X", (int) c));
      }
    }
    return null;
  }

  private static Finding syntax(String message) {
    return new Finding(ContentRule.URL_SYNTAX, message);
  }

  private static Finding badHost(String message) {
    return new Finding(ContentRule.URL_HOST, message);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
