package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlTest {
  /** A user's bean. */
  public static final class Link {
    /** An absolute link. */
    @WebUrl
    public String href;

    /** A link or a site path. */
    @WebUrl(allowSiteRelative = true)
    public String picture;

    Link(String href, String picture) {
      this.href = href;
      this.picture = picture;
    }
  }

  /** A user's bean with a message of its own and a warning payload. */
  public static final class Custom {
    /** A link. */
    @WebUrl(message = "bad link", payload = ContentSeverity.Warning.class)
    public String href;

    Custom(String href) {
      this.href = href;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com",
      "http://example.com/",
      "HTTPS://Example.COM/Path",
      "https://bücher.example/straße?q=ü",
      "https://xn--bcher-kva.example/",
      "https://例え.jp/パス",
      "https://example.com:8443/a",
      "https://example.com:1/",
      "https://example.com:65535/",
      "https://example.com/search?q=a+b&lang=en#top",
      "https://example.com/a%20b/%3A%e2%82%ac",
      "https://example.com//double//slashes//",
      "https://192.168.0.1/status",
      "https://[2001:db8::1]:8080/x",
      "https://example.com/a?b=c/d?e:f@g!$&'()*+,;=~",
      "https://example.com.",
      "https://my-site.co.uk/~user/"})
  void validLinks(String url) {
    assertThat(UserBeans.violations(new Link(url, url))).isEmpty();
  }

  static Stream<Arguments> invalidLinks() {
    return Stream.of(
        Arguments.of("javascript:alert(1)",
            "url.scheme: must be an http or https link, not a 'javascript:' link"),
        Arguments.of("mailto:someone@example.com",
            "url.scheme: must be an http or https link, not a 'mailto:' link"),
        Arguments.of("FTP://example.com/file",
            "url.scheme: must be an http or https link, not a 'ftp:' link"),
        Arguments.of("http:/x", "url.syntax: must have '//' after 'http:'"),
        Arguments.of("https:example.com", "url.syntax: must have '//' after 'https:'"),
        Arguments.of("//example.com/a",
            "url.syntax: must be an absolute link starting with http:// or https://"),
        Arguments.of("example.com/a",
            "url.syntax: must be an absolute link starting with http:// or https://"),
        Arguments.of("", "url.syntax: must not be empty"),
        Arguments.of(" https://example.com", "url.syntax: must not start or end with white space"),
        Arguments.of("https://example.com ", "url.syntax: must not start or end with white space"),
        Arguments.of("https://example.com/a b", "url.syntax: must not contain spaces; write a space as %20"),
        Arguments.of("https://example.com/a\u00a0b", "url.syntax: must not contain spaces; write a space as %20"),
        Arguments.of("https://example.com/a\u0000", "url.syntax: must not contain the control character U+0000"),
        Arguments.of("https://example.com/a|b", "url.syntax: must not contain the character '|'; write it as %7C"),
        Arguments.of("https://example.com/{id}", "url.syntax: must not contain the character '{'; write it as %7B"),
        Arguments.of("https://example.com/a\"b", "url.syntax: must not contain the character '\"'; write it as %22"),
        Arguments.of("https://example.com/a#b#c", "url.syntax: must not contain the character '#'; write it as %23"),
        Arguments.of("https://user:secret@example.com/",
            "url.syntax: must not have user information ('name@') before the host"),
        Arguments.of("https://example.com/100%", "url.encoding: has '%', a '%' not followed by two"
            + " hexadecimal digits; write a literal '%' as %25"),
        Arguments.of("https://example.com/%zz", "url.encoding: has '%zz', a '%' not followed by two"
            + " hexadecimal digits; write a literal '%' as %25"),
        Arguments.of("https://example.com/%2", "url.encoding: has '%2', a '%' not followed by two"
            + " hexadecimal digits; write a literal '%' as %25"),
        Arguments.of("https://example.com:0/", "url.port: has the port '0'; a port is a number from 1 to 65535"),
        Arguments.of("https://example.com:65536/", "url.port: has the port '65536'; a port is a number from 1 to 65535"),
        Arguments.of("https://example.com:http/", "url.port: has the port 'http'; a port is a number from 1 to 65535"),
        Arguments.of("https://example.com:/", "url.port: has a ':' after the host but no port number"),
        Arguments.of("https:///path", "url.host: has no host after '//'"),
        Arguments.of("https://localhost/", "url.host: has the host 'localhost', which has no dot;"
            + " a public host name has at least two labels, such as example.com"),
        Arguments.of("https://exa_mple.com/", "url.host: has the host 'exa_mple.com', which has the"
            + " character '_'; host names have only letters, digits, '-' and '.'"),
        Arguments.of("https://-example.com/", "url.host: has the host '-example.com', which has the"
            + " label '-example', which starts or ends with '-'"),
        Arguments.of("https://example..com/", "url.host: has the host 'example..com', which has an"
            + " empty label (two dots in a row, or a dot at the start)"),
        Arguments.of("https://1.2.3.999/", "url.host: has the host '1.2.3.999', which ends with the"
            + " all-digit label '999', which is neither a top-level domain nor an IPv4 address"),
        Arguments.of("https://ex%41mple.com/", "url.host: has the host 'ex%41mple.com', which must"
            + " not be percent-encoded"),
        Arguments.of("https://[zz::1]/", "url.host: has the host '[zz::1]', which is not an IPv6 address"),
        Arguments.of("https://" + "a".repeat(64) + ".com/", "url.host: has the host '" + "a".repeat(64)
            + ".com', which has a label of 64 characters; labels have at most 63"));
  }

  @ParameterizedTest
  @MethodSource
  void invalidLinks(String url, String expected) {
    assertThat(UserBeans.violations(new Link(url, null))).containsExactly("href " + expected);
  }

  @Test
  void sitePathsOnlyWhereAllowed() {
    assertThat(UserBeans.violations(new Link("/assets/images/logo.png", "/assets/images/logo.png")))
        .containsExactly("href url.syntax: must be an absolute link starting with http:// or https://");
    assertThat(UserBeans.violations(new Link(null, "assets/logo.png"))).containsExactly(
        "picture url.syntax: must be an absolute http or https link, or a site path starting with '/'");
    assertThat(UserBeans.violations(new Link(null, "/assets/a b.png")))
        .containsExactly("picture url.syntax: must not contain spaces; write a space as %20");
    assertThat(UserBeans.violations(new Link(null, "//cdn.example.com/a.png"))).containsExactly(
        "picture url.syntax: must be an absolute http or https link, or a site path starting with '/'");
  }

  @Test
  void nullIsValid() {
    assertThat(UserBeans.violations(new Link(null, null))).isEmpty();
  }

  @Test
  void aMessageOfItsOwnReplacesThePreciseOnesButKeepsTheRule() {
    assertThat(UserBeans.violations(new Custom("javascript:x")))
        .containsExactly("href url.scheme: bad link");
  }
}
