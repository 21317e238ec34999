package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.internal.Binder;
import org.frontmatter4j.internal.Rules;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.NewsArticle;

/**
 * Reads Markdown files with YAML front matter into typed values: the Smartable models, or any
 * record, Immutables type or JavaBean of your own.
 *
 * <p>Strict by default: an unknown key is an error with a "did you mean" suggestion, and so is a
 * value of the wrong type or a missing required field; every problem in the file is reported at
 * once, each with its line, column and property path. A lenient reader keeps unknown keys in the
 * type's {@link org.frontmatter4j.annotation.Extras} map (the models' {@code extra()}) and reports
 * them as warnings.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ContentReader reader = ContentReader.builder().build();
 * NewsArticle article = reader.readNews(Path.of("_news/2020-09-23-facebook.md"));
 * Content content = reader.read(Path.of("site/_people/april-dunnam.md"));   // a Person
 *
 * record Post(String title, LocalDate date, List<String> tags, @Body String body) {}
 * Post post = reader.read(Path.of("content/posts/hello.md"), Post.class);
 * }</pre>
 */
public final class ContentReader {
  private final FrontMatterParser parser;
  private final boolean lenient;
  private final KeyNaming keyNaming;

  private ContentReader(Builder builder) {
    this.parser = builder.parser;
    this.lenient = builder.lenient;
    this.keyNaming = builder.keyNaming;
  }

  /** {@return a builder: strict, with a default {@link FrontMatterParser}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the parser this reader uses for paths and text} */
  public FrontMatterParser parser() {
    return parser;
  }

  /** {@return whether unknown keys are kept as warnings instead of reported as errors} */
  public boolean lenient() {
    return lenient;
  }

  /** {@return how this reader turns property names into keys} */
  public KeyNaming keyNaming() {
    return keyNaming;
  }

  /**
   * Binds a parsed document to {@code type}, collecting every problem instead of throwing: the
   * binding's and the document's own {@link FrontMatterDocument#warnings() warnings}.
   *
   * @param <T> the type of the bound value
   * @param document a parsed document
   * @param type a record, an Immutables type or a JavaBean (see {@link TypeDescription})
   * @return the bound value, or every problem that kept it from binding
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> BindResult<T> bind(FrontMatterDocument document, Class<T> type) {
    requireNonNull(document, "document must not be null");
    requireNonNull(type, "type must not be null");
    return withWarnings(document, Binder.bind(document, type, lenient, keyNaming));
  }

  /**
   * A binding's result with the document's own {@link FrontMatterDocument#warnings() warnings}
   * among its problems, in source order.
   */
  private static <T> BindResult<T> withWarnings(FrontMatterDocument document, BindResult<T> bound) {
    if (document.warnings().isEmpty()) {
      return bound;
    }
    List<Problem> problems = new ArrayList<>(document.warnings());
    problems.addAll(bound.problems());
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return BindResult.of(bound.value().orElse(null), problems);
  }

  /**
   * Reads, parses and binds a file to {@code type}.
   *
   * @param <T> the type of the bound value
   * @param path the file to read
   * @param type the model type, such as {@code NewsArticle.class}
   * @return the bound value
   * @throws IOException              if the file cannot be read
   * @throws FrontMatterException     with every problem, if it cannot be parsed or bound
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> T read(Path path, Class<T> type) throws IOException {
    return bind(parser.parse(path), type).orElseThrow();
  }

  /**
   * Parses and binds a document's text to {@code type}.
   *
   * @param <T> the type of the bound value
   * @param text the whole file: front matter and body
   * @param type the model type, such as {@code NewsArticle.class}
   * @param sourceName the name problems give as their file, such as {@code post.md}
   * @return the bound value
   * @throws FrontMatterException     with every problem, if it cannot be parsed or bound
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> T read(String text, String sourceName, Class<T> type) {
    return bind(parser.parse(text, sourceName), type).orElseThrow();
  }

  /**
   * Reads, parses and binds a file to the model of its {@link Kind}: the kind of the nearest kind
   * folder in its path ({@code site/_people/x.md} is a {@link org.frontmatter4j.model.Person}),
   * else the one its {@code category:} or {@code type:} tells. A {@code switch} over the
   * sealed {@link Content} takes it from there; {@code read(path, Person.class)} forces a kind.
   *
   * @param path the file
   * @return the model of the file's kind
   * @throws IOException          if the file cannot be read
   * @throws FrontMatterException with every problem, if it cannot be parsed or bound, or with a
   *                              {@code kind.unknown} problem if neither its path nor its front
   *                              matter tells its kind
   */
  public Content read(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    return bind(parser.parse(path), path).orElseThrow();
  }

  /**
   * Binds a parsed document to the model of the kind its path or front matter tells, as
   * {@link #read(Path)} does, collecting every problem instead of throwing.
   *
   * @param document a parsed document
   * @param path where the document comes from, whose folders tell its kind
   * @return the model and every problem; no model with a {@code kind.unknown} problem if
   *     neither the path nor the front matter tells the kind
   */
  public BindResult<Content> bind(FrontMatterDocument document, Path path) {
    requireNonNull(document, "document must not be null");
    requireNonNull(path, "path must not be null");
    Optional<Kind> kind = Kind.detect(path, document.frontMatter());
    if (kind.isEmpty()) {
      return BindResult.of(null, List.of(document.problemAt(
          document.positionOf(""), "", Rules.UNKNOWN_KIND, Severity.ERROR,
          "cannot tell what kind of content this is: put it in a kind folder such as _news or"
              + " _people, or read it with read(path, Person.class)")));
    }
    BindResult<? extends Content> bound = bind(document, kind.get().type());
    return BindResult.of(bound.value().orElse(null), bound.problems());
  }

  /**
   * Binds a parsed document to a news article, collecting every problem instead of throwing.
   * Same as {@code bind(document, NewsArticle.class)}.
   *
   * @param document a parsed document
   * @return the article, or every problem that kept it from binding
   */
  public BindResult<NewsArticle> bindNews(FrontMatterDocument document) {
    return bind(document, NewsArticle.class);
  }

  /**
   * Binds a parsed document to a news article.
   *
   * @param document a parsed document
   * @return the article
   * @throws FrontMatterException with every error and warning, if there is any error
   */
  public NewsArticle readNews(FrontMatterDocument document) {
    return bindNews(document).orElseThrow();
  }

  /**
   * Reads, parses and binds a news article file.
   *
   * @param path the file to read
   * @return the article
   * @throws IOException          if the file cannot be read
   * @throws FrontMatterException if it cannot be parsed or bound
   */
  public NewsArticle readNews(Path path) throws IOException {
    return readNews(parser.parse(path));
  }

  /**
   * Parses and binds a news article's text.
   *
   * @param text the whole file: front matter and body
   * @param sourceName the name problems give as the file, usually its path
   * @return the article
   * @throws FrontMatterException if it cannot be parsed or bound
   */
  public NewsArticle readNews(String text, String sourceName) {
    return readNews(parser.parse(text, sourceName));
  }

  /** Builds a {@link ContentReader}. */
  public static final class Builder {
    private FrontMatterParser parser = FrontMatterParser.builder().build();
    private boolean lenient;
    private KeyNaming keyNaming = KeyNaming.CAMEL_CASE;

    private Builder() {}

    /**
     * The parser to use for paths and text. Default: {@code FrontMatterParser.builder().build()}.
     *
     * @param parser the parser to use
     * @return this builder
     */
    public Builder parser(FrontMatterParser parser) {
      this.parser = requireNonNull(parser, "parser must not be null");
      return this;
    }

    /**
     * Whether unknown keys are kept (in the type's {@code @Extras} map, if it has one) as warnings. Default {@code false}: a
     * misspelt key is far more often a mistake than a deliberate extension.
     *
     * @param lenient {@code true} to report unknown keys as warnings instead of errors
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * How property names become keys for the whole site, such as
     * {@link KeyNaming#SNAKE_CASE} for Jekyll's {@code last_modified_at}. Default
     * {@link KeyNaming#CAMEL_CASE}: keys are the names as declared. A
     * {@link org.frontmatter4j.annotation.FrontMatterKey} on a property always wins.
     *
     * @param keyNaming how a Java name becomes a front-matter key
     * @return this builder
     */
    public Builder keyNaming(KeyNaming keyNaming) {
      this.keyNaming = requireNonNull(keyNaming, "keyNaming must not be null");
      return this;
    }

    /** {@return an immutable, thread-safe reader} */
    public ContentReader build() {
      return new ContentReader(this);
    }
  }
}
