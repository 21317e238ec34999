package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
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

  /** A builder: strict, with a default {@link FrontMatterParser}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parser this reader uses for paths and text. */
  public FrontMatterParser parser() {
    return parser;
  }

  /** Whether unknown keys are kept as warnings instead of reported as errors. */
  public boolean lenient() {
    return lenient;
  }

  /** How this reader turns property names into keys. */
  public KeyNaming keyNaming() {
    return keyNaming;
  }

  /**
   * Binds a parsed document to {@code type}, collecting every problem instead of throwing.
   *
   * @param type a record, an Immutables type or a JavaBean (see {@link TypeDescription})
   * @throws IllegalArgumentException if {@code type} cannot be bound at all, saying why
   */
  public <T> BindResult<T> bind(FrontMatterDocument document, Class<T> type) {
    requireNonNull(document, "document must not be null");
    requireNonNull(type, "type must not be null");
    return Binder.bind(document, type, lenient, keyNaming);
  }

  /**
   * Reads, parses and binds a file to {@code type}.
   *
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
   * @param sourceName the name problems give as their file, such as {@code post.md}
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
   * @param path where the document comes from, whose folders tell its kind
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
   */
  public BindResult<NewsArticle> bindNews(FrontMatterDocument document) {
    return bind(document, NewsArticle.class);
  }

  /**
   * Binds a parsed document to a news article.
   *
   * @throws FrontMatterException with every error and warning, if there is any error
   */
  public NewsArticle readNews(FrontMatterDocument document) {
    return bindNews(document).orElseThrow();
  }

  /**
   * Reads, parses and binds a news article file.
   *
   * @throws IOException          if the file cannot be read
   * @throws FrontMatterException if it cannot be parsed or bound
   */
  public NewsArticle readNews(Path path) throws IOException {
    return readNews(parser.parse(path));
  }

  /**
   * Parses and binds a news article's text.
   *
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

    /** The parser to use for paths and text. Default: {@code FrontMatterParser.builder().build()}. */
    public Builder parser(FrontMatterParser parser) {
      this.parser = requireNonNull(parser, "parser must not be null");
      return this;
    }

    /**
     * Whether unknown keys are kept (in the type's {@code @Extras} map, if it has one) as warnings. Default {@code false}: a
     * misspelt key is far more often a mistake than a deliberate extension.
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
     */
    public Builder keyNaming(KeyNaming keyNaming) {
      this.keyNaming = requireNonNull(keyNaming, "keyNaming must not be null");
      return this;
    }

    /** An immutable, thread-safe reader. */
    public ContentReader build() {
      return new ContentReader(this);
    }
  }
}
