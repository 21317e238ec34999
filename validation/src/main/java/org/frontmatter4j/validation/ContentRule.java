package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import org.frontmatter4j.Severity;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The content rules of this module, each with a stable id and a default severity. The catalog
 * with a bad and a good example per rule is {@code docs/rules.md}. Parse and binding problems
 * ({@code yaml.*}, {@code schema.*}, ...) keep the ids the core module gives them.
 */
public enum ContentRule {
  /** A link whose scheme is not http or https ({@code javascript:}, {@code mailto:}). */
  URL_SCHEME("url.scheme", Severity.ERROR,
      "A link whose scheme is not http or https (javascript:, mailto:)."),
  /** A link that is not a well-formed absolute URL: spaces, illegal characters, {@code http:/x}. */
  URL_SYNTAX("url.syntax", Severity.ERROR,
      "A link that is not a well-formed absolute URL: spaces, illegal characters, http:/x."),
  /** A link whose host is not a valid host name or IP address. */
  URL_HOST("url.host", Severity.ERROR, "A link whose host is not a valid host name or IP address."),
  /** A link whose port is empty or not between 1 and 65535. */
  URL_PORT("url.port", Severity.ERROR, "A link whose port is empty or not between 1 and 65535."),
  /** A link with a {@code %} that is not followed by two hexadecimal digits. */
  URL_ENCODING("url.encoding", Severity.ERROR,
      "A link with a % that is not followed by two hexadecimal digits."),
  /** A date given as text that is not an ISO 8601 date-time. */
  DATE_FORMAT("date.format", Severity.ERROR,
      "A date given as text that is not an ISO 8601 date-time."),
  /** A publication date without an explicit zone or offset. */
  DATE_ZONE("date.zone", Severity.ERROR, "A publication date without an explicit zone or offset."),
  /** A publication date before 1990, older than any web publication. */
  DATE_PAST("date.past", Severity.ERROR,
      "A publication date before 1990, older than any web publication."),
  /** A publication date further in the future than the allowed margin. */
  DATE_FUTURE("date.future", Severity.ERROR,
      "A publication date further in the future than the allowed margin."),
  /** An event whose {@code endDateTime} is before its {@code startDateTime}. */
  EVENT_END_BEFORE_START("event.end-before-start", Severity.ERROR,
      "An event whose endDateTime is before its startDateTime."),
  /** A {@code length} that is not an ISO 8601 duration or period, or is negative. */
  LENGTH_FORMAT("length.format", Severity.ERROR,
      "A length that is not an ISO 8601 duration (PT13M34S) or period (P1M), or is negative."),
  /** An image whose width or height is not positive or larger than the limit. */
  IMAGE_DIMENSIONS("image.dimensions", Severity.ERROR,
      "An image whose width or height is not positive or larger than the limit."),
  /**
   * An image that a file's {@code url} places in its own site (a site path such as
   * {@code /assets/x.jpg}, or the site's {@code url} + {@code baseurl} + path) but that the site
   * does not hold.
   */
  IMAGE_NOT_FOUND("image.not-found", Severity.ERROR,
      "An image link into the site itself that names no file of the site."),
  /** A site image whose real pixel width or height is not the declared {@code width} or {@code height}. */
  IMAGE_SIZE_MISMATCH("image.size-mismatch", Severity.ERROR,
      "A site image whose real pixel width or height is not the declared width or height."),
  /** A site image file that is not a readable JPEG, PNG, GIF or WebP image: corrupt or cut short. */
  IMAGE_UNREADABLE("image.unreadable", Severity.ERROR,
      "A site image file that is not a readable JPEG, PNG, GIF or WebP image."),
  /**
   * A value of the site's {@code _config.yml} that is not what Jekyll reads: {@code url} not an
   * address, {@code exclude} or {@code include} not a list of paths, {@code collections} neither
   * a mapping nor a list.
   */
  SITE_CONFIG("site.config", Severity.ERROR,
      "A _config.yml value of the wrong type: url, baseurl, exclude, include or collections."),
  /** A provider domain that is not an RFC 1123 host name. */
  DOMAIN_NAME("domain.name", Severity.ERROR,
      "A provider domain that is not an RFC 1123 host name."),
  /** An AMP cache link that is not the cache form of the AMP link. */
  AMP_CACHE_MISMATCH("amp.cache-mismatch", Severity.ERROR,
      "An AMP cache link that is not the cache form of the AMP link."),
  /** An AMP link without its cache link, or the other way round. */
  AMP_INCOMPLETE("amp.incomplete", Severity.ERROR,
      "An AMP link without its cache link, or the other way round."),
  /** A {@code secured} value that is not {@code <base64>;<base64 of 16 bytes>}. */
  SECURED_FORMAT("secured.format", Severity.ERROR,
      "A secured value that is not <base64>;<base64 of 16 bytes>."),
  /** A title, excerpt or topic that is empty or only white space. */
  TEXT_BLANK("text.blank", Severity.ERROR,
      "A title, excerpt or topic that is empty or only white space."),
  /** A title, excerpt or topic with a control character other than a line break. */
  TEXT_CONTROL("text.control", Severity.ERROR,
      "A title, excerpt or topic with a control character other than a line break."),
  /**
   * A title, excerpt or topic with a line break (U+000A, U+000D): invisible in a web page, which
   * folds it into a space, but wrong in feeds, meta descriptions and one-line listings.
   */
  TEXT_LINE_BREAK("text.line-break", Severity.WARNING,
      "A title, excerpt or topic with a line break, which feeds and one-line listings show."),
  /** An article listed under no topic. */
  TOPICS_EMPTY("topics.empty", Severity.ERROR, "An article listed under no topic."),
  /** A topic listed twice (ignoring case). */
  TOPICS_DUPLICATE("topics.duplicate", Severity.ERROR, "A topic listed twice (ignoring case)."),
  /** A heat score outside the plausible range, typically an integer overflow. */
  HEAT_RANGE("heat.range", Severity.WARNING,
      "A heat score outside the plausible range, typically an integer overflow."),
  /** A quality score outside the plausible range. */
  QUALITY_RANGE("quality.range", Severity.WARNING, "A quality score outside the plausible range."),
  /** A negative count of followers, members, citations or ratings. */
  COUNT_NEGATIVE("count.negative", Severity.ERROR,
      "A negative count of followers, members, citations or ratings."),
  /** An average rating outside 0 to 5. */
  RATING_RANGE("rating.range", Severity.ERROR, "An average rating outside 0 to 5."),
  /** A file in a {@code _news} folder whose name is not {@code YYYY-MM-DD-slug.md}. */
  FILE_NAME("file.name", Severity.ERROR,
      "A file in a _news folder whose name is not YYYY-MM-DD-slug.md."),
  /**
   * A file whose name's date is not the UTC date of its {@code publishedDateTime}. A warning: the
   * name is part of the published address, so renaming the file breaks links.
   */
  FILE_DATE("file.date", Severity.WARNING,
      "A file whose name's date is not the UTC date of its publishedDateTime."),
  /**
   * An {@code items} entry of a collection that names no file of the same site
   * ({@code videos/x} names {@code _learning/videos/x.md}).
   */
  COLLECTION_ITEM_NOT_FOUND("collection.item-not-found", Severity.ERROR,
      "A collection item that names no file of the same site.");

  private final String id;
  private final Severity severity;
  private final String description;

  ContentRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** {@return one sentence on what the rule finds, as tools such as SARIF viewers show it} */
  public String description() {
    return description;
  }

  /** {@return the stable id printed in problems, such as {@code url.scheme}} */
  public String id() {
    return id;
  }

  /**
   * {@return the severity problems of this rule have unless the constraint declares a
   * {@link ContentSeverity} payload}
   */
  public Severity severity() {
    return severity;
  }

  /**
   * {@return the rule with this id, if there is one}
   *
   * @param id a rule id such as {@code url.scheme}
   */
  public static Optional<ContentRule> byId(String id) {
    requireNonNull(id, "id must not be null");
    for (ContentRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the rule a violation reported by one of this module's constraints breaks; empty for
   * other constraints, or when the violation was not made by Hibernate Validator}
   *
   * @param violation a violation Hibernate Validator reported
   */
  public static Optional<ContentRule> of(ConstraintViolation<?> violation) {
    requireNonNull(violation, "violation must not be null");
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(ContentRule.class));
    } catch (jakarta.validation.ValidationException notHibernate) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
