package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.internal.FileNames;
import org.frontmatter4j.validation.internal.Limits;
import org.frontmatter4j.validation.internal.ValidatorBootstrap;
import org.frontmatter4j.validation.internal.ViolationProblems;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Checks Smartable content files: parses, binds and applies every {@link ContentRule}, and
 * reports all problems of a file at once, each with its line, column, property path and rule.
 *
 * <p>Instances are immutable and thread-safe. They share one Hibernate Validator factory, built
 * on the first validation (about half a second); a command-line tool can start building it early
 * with {@link #warmUpAsync()} while it parses.
 *
 * <pre>{@code
 * ContentValidator validator = ContentValidator.builder().build();
 * ValidationReport report = validator.validate(Path.of("_news/2020-09-23-facebook.md"));
 * report.problems().forEach(problem -> System.err.println(problem.format()));
 * }</pre>
 */
public final class ContentValidator {
  private final Clock clock;
  private final int maxImageDimension;
  private final Duration futureMargin;
  private final ContentReader reader;
  private volatile Validator validator;

  private ContentValidator(Builder builder) {
    this.clock = builder.clock;
    this.maxImageDimension = builder.maxImageDimension;
    this.futureMargin = builder.futureMargin;
    this.reader = ContentReader.builder().parser(builder.parser).lenient(builder.lenient).build();
  }

  /** A builder with the system UTC clock, the default limits and a strict reader. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts building the shared validator factory and the model's validation metadata on a
   * background thread, so that the first validation does not wait for them: a command-line tool
   * calls it before it parses. Calling it again costs one validation of a small sample.
   *
   * @return completes when the factory is ready, exceptionally if it cannot be built
   */
  public static CompletableFuture<Void> warmUpAsync() {
    return ValidatorBootstrap.warmUpAsync();
  }

  /**
   * Reads a file and reports every problem in it, checked as the {@link Kind} its folders tell
   * ({@code _people/x.md} is a person), else its {@code category:} or {@code type:}, else as a
   * news article. A file that cannot be parsed gets a report of its parse problems.
   *
   * @throws IOException if the file cannot be read
   */
  public ValidationReport validate(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    FrontMatterDocument document;
    try {
      document = reader.parser().parse(path);
    } catch (FrontMatterException e) {
      return ValidationReport.of(path.toString(), e.problems());
    }
    return validate(document, Kind.detect(path, document.frontMatter()).orElse(Kind.NEWS));
  }

  /**
   * Binds a parsed document to the model of the kind its source name's folders or its front
   * matter tell, else to a news article, and reports every problem of both steps.
   */
  public ValidationReport validate(FrontMatterDocument document) {
    requireNonNull(document, "document must not be null");
    return validate(document, kindOf(document).orElse(Kind.NEWS));
  }

  /**
   * Binds a parsed document to the model of {@code kind} and reports every problem: binding
   * problems, then the content rules of that kind.
   *
   * <pre>{@code
   * ValidationReport report = validator.validate(document, Kind.PERSON);
   * }</pre>
   */
  public ValidationReport validate(FrontMatterDocument document, Kind kind) {
    requireNonNull(document, "document must not be null");
    requireNonNull(kind, "kind must not be null");
    BindResult<? extends Content> bound = reader.bind(document, kind.type());
    if (bound.value().isEmpty()) {
      return ValidationReport.of(document.sourceName(), bound.problems());
    }
    List<Problem> problems = new ArrayList<>(bound.problems());
    problems.addAll(violations(bound.value().get(), document));
    return ValidationReport.of(document.sourceName(), problems);
  }

  /**
   * Applies the content rules to a model read from {@code source}, whose tree locates each
   * problem. Binding problems are not repeated: use {@link #validate(FrontMatterDocument, Kind)}
   * for a complete report.
   */
  public ValidationReport validate(Content content, FrontMatterDocument source) {
    requireNonNull(content, "content must not be null");
    requireNonNull(source, "source must not be null");
    return ValidationReport.of(source.sourceName(), violations(content, source));
  }

  private List<Problem> violations(Content content, FrontMatterDocument source) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Content> violation : validator().validate(content)) {
      problems.add(ViolationProblems.toProblem(violation, source));
    }
    if (content instanceof NewsArticle article) {
      FileNames.check(article, source).ifPresent(problems::add);
    }
    return problems;
  }

  /** The kind a document's source name, read as a path, and its front matter tell. */
  static Optional<Kind> kindOf(FrontMatterDocument document) {
    Path path;
    try {
      path = Path.of(document.sourceName());
    } catch (InvalidPathException notAPath) {
      return Kind.fromFrontMatter(document.frontMatter());
    }
    return Kind.detect(path, document.frontMatter());
  }

  /** This instance's view of the shared factory, made on first use. */
  private Validator validator() {
    Validator current = validator;
    if (current == null) {
      synchronized (this) {
        current = validator;
        if (current == null) {
          Limits limits = new Limits(maxImageDimension, futureMargin);
          // Hibernate Validator keeps each constraint's initialized validator only for its
          // factory's own context; any other context looks every one up in a map on every
          // validation. The factory is configured with the defaults, so most users get that path.
          current = clock.equals(Clock.systemUTC()) && limits.equals(Limits.DEFAULTS)
              ? ValidatorBootstrap.factory().getValidator()
              : ValidatorBootstrap.factory().unwrap(HibernateValidatorFactory.class)
                  .usingContext()
                  .clockProvider(() -> clock)
                  .constraintValidatorPayload(limits)
                  .getValidator();
          validator = current;
        }
      }
    }
    return current;
  }

  /** The clock publication dates are compared with. */
  public Clock clock() {
    return clock;
  }

  /** The largest plausible image width or height, in pixels. */
  public int maxImageDimension() {
    return maxImageDimension;
  }

  /** How far in the future a publication date may be. */
  public Duration futureMargin() {
    return futureMargin;
  }

  /** The reader documents are bound with: this validator's parser and leniency. */
  public ContentReader reader() {
    return reader;
  }

  /** The parser {@link #validate(Path)} reads files with. */
  public FrontMatterParser parser() {
    return reader.parser();
  }

  /** Whether unknown keys are warnings rather than errors. */
  public boolean lenient() {
    return reader.lenient();
  }

  /** Builds a {@link ContentValidator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int maxImageDimension = Limits.DEFAULT_MAX_IMAGE_DIMENSION;
    private Duration futureMargin = Limits.DEFAULT_FUTURE_MARGIN;
    private FrontMatterParser parser = FrontMatterParser.builder().build();
    private boolean lenient;

    private Builder() {}

    /** The clock "now" is read from, for {@code date.future}. Default: the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * The largest plausible image width or height, in pixels. Default 20,000: far beyond any real
     * picture, small enough to catch a swapped or corrupted value.
     */
    public Builder maxImageDimension(int maxImageDimension) {
      if (maxImageDimension < 1) {
        throw new IllegalArgumentException(
            "maxImageDimension must be at least 1, got " + maxImageDimension);
      }
      this.maxImageDimension = maxImageDimension;
      return this;
    }

    /**
     * How far ahead of the clock a publication date may be. Default one day: enough for any
     * zone's local time, and a file dated later than that was written by mistake.
     */
    public Builder futureMargin(Duration futureMargin) {
      requireNonNull(futureMargin, "futureMargin must not be null");
      if (futureMargin.isNegative()) {
        throw new IllegalArgumentException("futureMargin must not be negative, got " + futureMargin);
      }
      this.futureMargin = futureMargin;
      return this;
    }

    /** The parser for {@link #validate(Path)}. Default: {@code FrontMatterParser.builder().build()}. */
    public Builder parser(FrontMatterParser parser) {
      this.parser = requireNonNull(parser, "parser must not be null");
      return this;
    }

    /**
     * Whether unknown keys are warnings (and kept in {@code extra()}) rather than errors.
     * Default {@code false}, as in {@link ContentReader}.
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** An immutable, thread-safe validator. */
    public ContentValidator build() {
      return new ContentValidator(this);
    }
  }
}
