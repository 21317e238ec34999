package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.Problem;
import org.frontmatter4j.TypeDescription;
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
 * Your own types are checked against the Jakarta constraints you declare on them with
 * {@link #validate(Path, Class)}.
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
    this.reader = ContentReader.builder().parser(builder.parser).lenient(builder.lenient)
        .keyNaming(builder.keyNaming).build();
  }

  /** {@return a builder with the system UTC clock, the default limits and a strict reader} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts building the shared validator factory and the model's validation metadata on a
   * background thread, so that the first validation does not wait for them: a command-line tool
   * calls it before it parses. Only the first call starts the work; later calls return the same
   * future, and a validation that starts meanwhile waits for it rather than doing it twice.
   *
   * @return completes when the factory is ready, exceptionally if it cannot be built
   */
  public static CompletableFuture<Void> warmUpAsync() {
    return ValidatorBootstrap.warmUpAsync();
  }

  /**
   * Reads a file and reports every problem in it, checked as the {@link Kind} its folders tell
   * ({@code _people/x.md} is a person), else its {@code category:} or {@code type:}, else as a
   * news article. A file that cannot be parsed gets a report of its parse problems. Only the
   * front matter of a large file is read
   * ({@link org.frontmatter4j.FrontMatterParser#parseLazily(Path)}).
   *
   * @param path the file to read
   * @return every problem in the file
   * @throws IOException if the file cannot be read
   */
  public ValidationReport validate(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    FrontMatterDocument document;
    try {
      document = reader.parser().parseLazily(path);
    } catch (FrontMatterException e) {
      return ValidationReport.of(path.toString(), e.problems());
    }
    return validate(document, Kind.detect(path, document.frontMatter()).orElse(Kind.NEWS));
  }

  /**
   * Reads a file, binds it to {@code type} (a record, Immutables type or JavaBean of yours) and
   * reports every problem: parse and binding problems, and each violation of the Jakarta
   * constraints declared on the type (on components, getters, fields, container elements such as
   * {@code List<@NotBlank String>}, the class itself, and through {@code @Valid}), at the line
   * and column of the value it concerns, with a property path such as {@code tags[1]} or
   * {@code author.email}.
   *
   * <pre>{@code
   * record Post(@NotBlank String title, List<@NotBlank String> tags, @Valid Author author) {}
   * ValidationReport report = validator.validate(Path.of("content/posts/hello.md"), Post.class);
   * }</pre>
   *
   * <p>Hibernate Validator reads the values by reflection: in a named module, open the type's
   * package to {@code org.hibernate.validator} (and to {@code org.frontmatter4j} for types that
   * are not public).
   *
   * @param path the file
   * @param type the type to bind to
   * @param <T>  the type
   * @return every problem of the file
   * @throws IOException              if the file cannot be read
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> ValidationReport validate(Path path, Class<T> type) throws IOException {
    requireNonNull(path, "path must not be null");
    requireNonNull(type, "type must not be null");
    FrontMatterDocument document;
    try {
      document = reader.parser().parse(path);
    } catch (FrontMatterException e) {
      return ValidationReport.of(path.toString(), e.problems());
    }
    return validate(document, type);
  }

  /**
   * Binds a parsed document to {@code type} and reports every problem of binding and of the
   * constraints declared on the type, as {@link #validate(Path, Class)} does. For a Smartable
   * model such as {@link NewsArticle} this is {@link #validate(FrontMatterDocument, Kind)} with
   * its kind, content rules included.
   *
   * @param document a parsed document
   * @param type     the type to bind to
   * @param <T>      the type
   * @return every problem of the document
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> ValidationReport validate(FrontMatterDocument document, Class<T> type) {
    requireNonNull(document, "document must not be null");
    requireNonNull(type, "type must not be null");
    Optional<Kind> kind = Kind.ofType(type);
    if (kind.isPresent()) {
      return validate(document, kind.get());
    }
    BindResult<T> bound = reader.bind(document, type);
    if (bound.value().isEmpty()) {
      return ValidationReport.of(document.sourceName(), bound.problems());
    }
    TypeDescription description = TypeDescription.of(type, reader.keyNaming());
    // Set: a record component's constraint reaches both its field and its accessor, and
    // Hibernate Validator checks each; one problem is enough.
    Set<Problem> problems = new LinkedHashSet<>(bound.problems());
    for (ConstraintViolation<T> violation : validator().validate(bound.value().get())) {
      problems.add(ViolationProblems.toProblem(violation, document, description));
    }
    return ValidationReport.of(document.sourceName(), List.copyOf(problems));
  }

  /**
   * Binds a parsed document to the model of the kind its source name's folders or its front
   * matter tell, else to a news article, and reports every problem of both steps. No rule looks
   * at the body, so it is never read: a large body stays in its file.
   *
   * @param document a parsed document
   * @return every problem of the document
   */
  public ValidationReport validate(FrontMatterDocument document) {
    requireNonNull(document, "document must not be null");
    return validate(document, kindOf(document).orElse(Kind.NEWS));
  }

  /**
   * Binds a parsed document to the model of {@code kind} and reports every problem: binding
   * problems, then the content rules of that kind. The body is never read.
   *
   * <pre>{@code
   * ValidationReport report = validator.validate(document, Kind.PERSON);
   * }</pre>
   *
   * @param document a parsed document
   * @param kind the kind to check it as
   * @return every problem of the document
   */
  public ValidationReport validate(FrontMatterDocument document, Kind kind) {
    requireNonNull(document, "document must not be null");
    requireNonNull(kind, "kind must not be null");
    BindResult<? extends Content> bound = reader.bind(document.withoutBody(), kind.type());
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
   *
   * @param content the model, such as a news article or a person
   * @param source the document the model was read from
   * @return every rule violation, positioned in {@code source}
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

  /**
   * The constraints this validator applies to a type, as Jakarta Bean Validation describes
   * them: for tools that explain the rules elsewhere, such as JSON Schemas and editors. The core
   * model's constraints are declared in this module (the model carries no annotations), so they
   * are found here and not on the model's classes.
   *
   * <pre>{@code
   * BeanDescriptor news = validator.constraintsOf(NewsArticle.class);
   * news.getConstraintsForProperty("heat");   // @HeatScore
   * }</pre>
   *
   * @param type a bindable type
   * @return Jakarta's description of the constraints on {@code type}
   */
  public BeanDescriptor constraintsOf(Class<?> type) {
    requireNonNull(type, "type must not be null");
    return validator().getConstraintsForClass(type);
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
          ValidatorBootstrap.awaitWarmUp();
          Limits limits = new Limits(maxImageDimension, futureMargin);
          // Hibernate Validator keeps each constraint's initialized validator only for its
          // factory's own context; any other context looks every one up in a map on every
          // validation. The factory is configured with the defaults, so most users get that path.
          // Compared field by field: a record's equals links an invokedynamic call site on
          // first use, milliseconds on the cold path of every command-line run.
          boolean defaultLimits = maxImageDimension == Limits.DEFAULT_MAX_IMAGE_DIMENSION
              && futureMargin.equals(Limits.DEFAULT_FUTURE_MARGIN);
          current = clock.equals(Clock.systemUTC()) && defaultLimits
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

  /** {@return the clock publication dates are compared with} */
  public Clock clock() {
    return clock;
  }

  /** {@return the largest plausible image width or height, in pixels} */
  public int maxImageDimension() {
    return maxImageDimension;
  }

  /** {@return how far in the future a publication date may be} */
  public Duration futureMargin() {
    return futureMargin;
  }

  /**
   * {@return the reader documents are bound with: this validator's parser and leniency}
   */
  public ContentReader reader() {
    return reader;
  }

  /** {@return the parser {@link #validate(Path)} reads files with} */
  public FrontMatterParser parser() {
    return reader.parser();
  }

  /** {@return whether unknown keys are warnings rather than errors} */
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
    private KeyNaming keyNaming = KeyNaming.CAMEL_CASE;

    private Builder() {}

    /**
     * How property names become keys, for {@link #validate(Path, Class)}, as in
     * {@link ContentReader.Builder#keyNaming}. Default {@link KeyNaming#CAMEL_CASE}.
     *
     * @param keyNaming how property names become keys
     * @return this builder
     */
    public Builder keyNaming(KeyNaming keyNaming) {
      this.keyNaming = requireNonNull(keyNaming, "keyNaming must not be null");
      return this;
    }

    /**
     * The clock "now" is read from, for {@code date.future}. Default: the system UTC clock.
     *
     * @param clock the clock that says what "now" is for date rules
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * The largest plausible image width or height, in pixels. Default 20,000: far beyond any real
     * picture, small enough to catch a swapped or corrupted value.
     *
     * @param maxImageDimension the largest width or height an image may have, in pixels
     * @return this builder
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
     *
     * @param futureMargin how far after now a publication date may be
     * @return this builder
     */
    public Builder futureMargin(Duration futureMargin) {
      requireNonNull(futureMargin, "futureMargin must not be null");
      if (futureMargin.isNegative()) {
        throw new IllegalArgumentException("futureMargin must not be negative, got " + futureMargin);
      }
      this.futureMargin = futureMargin;
      return this;
    }

    /**
     * The parser for {@link #validate(Path)}. Default: {@code FrontMatterParser.builder().build()}.
     *
     * @param parser the parser to use
     * @return this builder
     */
    public Builder parser(FrontMatterParser parser) {
      this.parser = requireNonNull(parser, "parser must not be null");
      return this;
    }

    /**
     * Whether unknown keys are warnings (and kept in {@code extra()}) rather than errors.
     * Default {@code false}, as in {@link ContentReader}.
     *
     * @param lenient {@code true} to report unknown keys as warnings instead of errors
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** {@return an immutable, thread-safe validator} */
    public ContentValidator build() {
      return new ContentValidator(this);
    }
  }
}
