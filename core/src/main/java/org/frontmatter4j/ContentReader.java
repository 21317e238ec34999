package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontmatter4j.internal.NewsBinder;
import org.frontmatter4j.model.NewsArticle;

/**
 * Reads Smartable content files into immutable models.
 *
 * <p>Strict by default: an unknown key is an error with a "did you mean" suggestion, and so is a
 * value of the wrong type or a missing required field; every problem in the file is reported at
 * once, each with its line, column and property path. A lenient reader keeps unknown keys in the
 * model's {@code extra()} map and reports them as warnings.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ContentReader reader = ContentReader.builder().build();
 * NewsArticle article = reader.readNews(Path.of("_news/2020-09-23-facebook.md"));
 * }</pre>
 */
public final class ContentReader {
  private final FrontMatterParser parser;
  private final boolean lenient;

  private ContentReader(Builder builder) {
    this.parser = builder.parser;
    this.lenient = builder.lenient;
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

  /**
   * Binds a parsed document to a news article, collecting every problem instead of throwing:
   * the document's own {@link FrontMatterDocument#warnings() warnings} and the binding's.
   */
  public BindResult<NewsArticle> bindNews(FrontMatterDocument document) {
    requireNonNull(document, "document must not be null");
    return withWarnings(document, new NewsBinder(document, lenient).bind());
  }

  /** A binding's result with the parser's warnings among its problems, in source order. */
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

    private Builder() {}

    /** The parser to use for paths and text. Default: {@code FrontMatterParser.builder().build()}. */
    public Builder parser(FrontMatterParser parser) {
      this.parser = requireNonNull(parser, "parser must not be null");
      return this;
    }

    /**
     * Whether unknown keys are kept in {@code extra()} as warnings. Default {@code false}: a
     * misspelt key is far more often a mistake than a deliberate extension.
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** An immutable, thread-safe reader. */
    public ContentReader build() {
      return new ContentReader(this);
    }
  }
}
