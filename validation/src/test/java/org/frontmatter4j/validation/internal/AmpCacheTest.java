package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AmpCacheTest {
  @Test
  void hostsBecomeOneLabel() {
    assertThat(AmpCache.subdomain("thenextweb.com")).isEqualTo("thenextweb-com");
    assertThat(AmpCache.subdomain("www.my-site.co.uk")).isEqualTo("www-my--site-co-uk");
    assertThat(AmpCache.subdomain("WWW.Example.COM")).isEqualTo("www-example-com");
  }

  @Test
  void internationalizedHostsAreEncodedAfterTheReplacement() {
    assertThat(AmpCache.subdomain("bücher.example")).isEqualTo("xn--bcher-example-wob");
    assertThat(AmpCache.subdomain("xn--bcher-kva.example")).isEqualTo("xn--bcher-example-wob");
  }

  @Test
  void dashesAtPositionsThreeAndFourAreWrapped() {
    // "ab-c.com" gives "ab--c-com", which IDNA reserves, so the format wraps it.
    assertThat(AmpCache.subdomain("ab-c.com")).isEqualTo("0-ab--c-com-0");
  }

  @Test
  void hostsTooLongForOneLabelAreHashed() {
    String host = "a".repeat(40) + "." + "b".repeat(30) + ".com";

    String label = AmpCache.subdomain(host);

    assertThat(label).hasSize(52).matches("[a-z2-7]+");
    assertThat(AmpCache.subdomain(host)).isEqualTo(label);
    assertThat(AmpCache.subdomain("c" + host)).isNotEqualTo(label);
  }

  @Test
  void plainAsciiHostsSkipIdnAndGetWhatIdnGives() {
    // Hosts of letters, digits, '-' and '.', with dashes and lengths around the limits.
    Random random = new Random(15);
    String alphabet = "ab-.x9n";
    int checked = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder host = new StringBuilder();
      int length = random.nextInt(80);
      for (int j = 0; j < length; j++) {
        host.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String lower = host.toString();
      if (AmpCache.isPlainAscii(lower)) {
        assertThat(AmpCache.subdomainOfAscii(lower)).as(lower)
            .isEqualTo(AmpCache.subdomainByIdn(lower));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void punycodeAndNonAsciiHostsGoThroughIdn() {
    assertThat(AmpCache.isPlainAscii("xn--bcher-kva.example")).isFalse();
    assertThat(AmpCache.isPlainAscii("www.xn--bcher-kva.example")).isFalse();
    assertThat(AmpCache.isPlainAscii("bücher.example")).isFalse();
    assertThat(AmpCache.isPlainAscii("a_b.example")).isFalse();
    assertThat(AmpCache.isPlainAscii("axn--b.example")).isTrue();
    assertThat(AmpCache.isPlainAscii("www.my-site.co.uk")).isTrue();
  }

  @Test
  void cacheLinks() {
    assertThat(AmpCache.of("https://www.nasdaq.com/a%3A-b?amp"))
        .isEqualTo("https://www-nasdaq-com.cdn.ampproject.org/c/s/www.nasdaq.com/a%3A-b?amp");
    assertThat(AmpCache.of("http://example.com"))
        .isEqualTo("https://example-com.cdn.ampproject.org/c/example.com");
    assertThat(AmpCache.of("https://example.com:8443/x#y"))
        .isEqualTo("https://example-com.cdn.ampproject.org/c/s/example.com/x#y");
  }
}
