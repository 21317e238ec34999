package org.frontmatter4j.validation.internal;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import org.frontmatter4j.validation.ContentRule;

/**
 * The Google AMP cache form of a link, as the AMP project's "AMP cache URL format" defines it,
 * and the check that a bean's two AMP links agree.
 */
final class AmpCache {
  static final String AMP = "ampWebUrl";
  static final String CACHE = "cdnAmpWebUrl";
  private static final int MAX_LABEL = 63;
  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

  private AmpCache() {}

  /** A wrong AMP link pair: what is wrong, and on which of the two properties. */
  record Mismatch(Finding finding, String property) {}

  /** What is wrong with a pair of AMP links, or empty when they agree. */
  static Optional<Mismatch> check(Optional<String> amp, Optional<String> cache) {
    if (amp.isPresent() != cache.isPresent()) {
      return Optional.of(amp.isPresent()
          ? new Mismatch(new Finding(ContentRule.AMP_INCOMPLETE, "has no matching '" + CACHE
              + "'; add its AMP cache link, or remove it"), AMP)
          : new Mismatch(new Finding(ContentRule.AMP_INCOMPLETE, "has no '" + AMP
              + "' it is the cache form of; add the AMP link, or remove it"), CACHE));
    }
    if (amp.isEmpty() || WebUrls.check(amp.get(), false) != null
        || WebUrls.check(cache.get(), false) != null) {
      return Optional.empty();
    }
    String expected = of(amp.get());
    return expected.equals(cache.get()) ? Optional.empty()
        : Optional.of(new Mismatch(new Finding(ContentRule.AMP_CACHE_MISMATCH,
            "must be the AMP cache form of '" + AMP + "', " + expected), CACHE));
  }

  /** The cache form of a valid absolute http or https link. */
  static String of(String ampUrl) {
    String host = WebUrls.host(ampUrl);
    return "https://" + subdomain(host) + ".cdn.ampproject.org/c/"
        + (WebUrls.isHttps(ampUrl) ? "s/" : "") + host + WebUrls.pathQueryFragment(ampUrl);
  }

  /** The publisher's host as one DNS label of the cache's domain. */
  static String subdomain(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return isPlainAscii(lower) ? subdomainOfAscii(lower) : subdomainByIdn(lower);
  }

  /**
   * Whether a lower-case host is letters, digits, hyphens and dots without an {@code xn--}
   * label, as nearly every publisher's host is: then {@link IDN} changes nothing in it, and
   * {@link #subdomainOfAscii} gives what {@link #subdomainByIdn} gives without IDN's Unicode
   * tables, which cost more than the rest of a file's checks on a cold start.
   */
  static boolean isPlainAscii(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean ldh = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
      if (!ldh || c == 'x' && lower.startsWith("xn--", i) && (i == 0 || lower.charAt(i - 1) == '.')) {
        return false;
      }
    }
    return true;
  }

  static String subdomainOfAscii(String lower) {
    String label = reservedSafe(lower.replace("-", "--").replace('.', '-'));
    // IDN.toASCII keeps an ASCII label as it is; too long a label is hashed either way.
    return label.length() <= MAX_LABEL ? label : hashed(lower);
  }

  static String subdomainByIdn(String lower) {
    String unicode = IDN.toUnicode(lower);
    String label = reservedSafe(unicode.replace("-", "--").replace('.', '-'));
    try {
      String ascii = IDN.toASCII(label);
      if (ascii.length() <= MAX_LABEL) {
        return ascii;
      }
    } catch (IllegalArgumentException e) {
      // Not a valid label: the format falls back to a hash, as for one that is too long.
    }
    return hashed(unicode);
  }

  /** RFC 5891 reserves "--" at positions 3 and 4 for encodings such as "xn--". */
  private static String reservedSafe(String label) {
    return label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-'
        ? "0-" + label + "-0" : label;
  }

  private static String hashed(String host) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(host.getBytes(StandardCharsets.UTF_8));
      return base32(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** RFC 4648 base32, lower case, without padding. */
  private static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }
}
