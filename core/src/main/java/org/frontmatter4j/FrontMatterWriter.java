package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.frontmatter4j.internal.AtomicFile;
import org.frontmatter4j.internal.SourceEditor;
import org.frontmatter4j.internal.Writers;
import org.frontmatter4j.model.NewsArticle;

/**
 * Writes Markdown files with YAML front matter, in two ways.
 *
 * <p><b>Format-preserving</b>: {@link #write(NewsArticle, FrontMatterDocument)} writes an edited
 * model back over the document it was read from and changes only the text of what changed. One
 * changed value changes one line; comments, quoting, blank lines, key order, flow collections,
 * indentation, the byte order mark, line endings and the body stay exactly as they were. A changed
 * value keeps its quoting style when it can be read back that way, and is double-quoted when not;
 * an added field goes where the canonical order puts it, in canonical style; a removed field takes
 * its lines with it. An unchanged document is written back byte for byte.
 *
 * <p><b>Canonical</b>: {@link #writeCanonical(NewsArticle)} writes a model in Smartable's own
 * layout: its key order, double quotes where Smartable quotes and plain scalars where it does
 * not (only when they read back as the same string), a blank line before {@code featuredContent},
 * {@code secured} and every top-level block key, {@code "  - "} items, no line wrapping.
 *
 * <p>Either way, every value is written so that it reads back as itself. Text is returned as a
 * {@link String}; a document that had a byte order mark comes back with a leading U+FEFF, so
 * that its UTF-8 encoding is the original bytes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FrontMatterDocument document = parser.parse(path);
 * NewsArticle article = reader.readNews(document);
 * writer.writeTo(path, article.withHeat(120), document);   // changes one line
 * }</pre>
 */
public final class FrontMatterWriter {
  private final LineEnding lineEnding;
  private final boolean byteOrderMark;

  private FrontMatterWriter(Builder builder) {
    this.lineEnding = builder.lineEnding;
    this.byteOrderMark = builder.byteOrderMark;
  }

  /** {@return a builder: canonical output with LF line endings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the line endings of canonical output} */
  public LineEnding lineEnding() {
    return lineEnding;
  }

  /** {@return whether canonical output starts with a byte order mark (U+FEFF)} */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /**
   * {@return a parsed document exactly as it was read (its UTF-8 encoding is the original bytes)}
   *
   * @param document a parsed document
   */
  public String write(FrontMatterDocument document) {
    requireNonNull(document, "document must not be null");
    return new SourceEditor(document).result();
  }

  /**
   * {@return {@code source} edited to hold {@code article}: only the text of what differs between
   * the
   * article bound from {@code source} and {@code article} changes}
   *
   * @param article the edited model
   * @param source  the document the model was read from
   * @throws FrontMatterException     if {@code source} is not a valid news article
   * @throws IllegalArgumentException if an {@code extra()} key repeats a key of the model
   */
  public String write(NewsArticle article, FrontMatterDocument source) {
    requireNonNull(article, "article must not be null");
    requireNonNull(source, "source must not be null");
    return Writers.preserving(article, source);
  }

  /**
   * {@return a news article in Smartable's canonical layout, with this writer's line endings and
   * byte
   * order mark setting; its {@code body()} follows the closing {@code ---} line}
   *
   * @param article the news article
   * @throws IllegalArgumentException if an {@code extra()} value cannot be written as YAML that
   *                                  reads back the same (a number-typed scalar whose text is not
   *                                  a number, say)
   */
  public String writeCanonical(NewsArticle article) {
    requireNonNull(article, "article must not be null");
    String text = Writers.canonical(article, lineEnding.separator());
    return byteOrderMark ? "\uFEFF" + text : text;
  }

  /**
   * Writes {@link #write(NewsArticle, FrontMatterDocument)} to a file, atomically: to a temporary
   * file in the same directory that then replaces the file in one step, keeping its POSIX
   * permissions. A file that already holds exactly these bytes is not touched at all. A process
   * killed while writing leaves the old file or the new one, never a mix (and at worst a hidden
   * {@code .NAME.HEX.tmp} file beside it).
   *
   * @param path the file to read
   * @param article the news article
   * @param source the document the article was read from
   * @return whether the file was written
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the file cannot be read or written
   */
  public boolean writeTo(Path path, NewsArticle article, FrontMatterDocument source)
      throws IOException {
    requireNonNull(path, "path must not be null");
    return Writers.writeAtomically(path, write(article, source));
  }

  /**
   * Writes {@link #writeCanonical(NewsArticle)} to a file, atomically and only when its bytes
   * change, as {@link #writeTo(Path, NewsArticle, FrontMatterDocument)} does.
   *
   * @param path the file to read
   * @param article the news article
   * @return whether the file was written
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the file cannot be read or written
   */
  public boolean writeTo(Path path, NewsArticle article) throws IOException {
    requireNonNull(path, "path must not be null");
    return Writers.writeAtomically(path, writeCanonical(article));
  }

  /**
   * Writes {@code article} in the canonical layout to a file, atomically, with the body of
   * {@code source} in place of the article's own: streamed from the file when {@code source}
   * left it there ({@link FrontMatterParser#parseLazily(Path)}), so that a file of any size is
   * reformatted in little memory. Always writes.
   *
   * <pre>{@code
   * FrontMatterDocument document = parser.parseLazily(path);
   * NewsArticle article = reader.readNews(document.withoutBody());
   * writer.writeCanonicalTo(path, article, document);   // the body is copied, not held
   * }</pre>
   *
   * @param path    the file to write
   * @param article the article whose front matter is written; its own body is not
   * @param source  the document whose body follows the front matter
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the body cannot be read or the file cannot be written
   */
  public void writeCanonicalTo(Path path, NewsArticle article, FrontMatterDocument source)
      throws IOException {
    requireNonNull(path, "path must not be null");
    requireNonNull(source, "source must not be null");
    byte[] beforeBody = writeCanonical(NewsArticle.builder().from(article).body("").build())
        .getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(path, out -> {
      out.write(beforeBody);
      source.writeBodyTo(out);
    });
  }

  /** Builds a {@link FrontMatterWriter}. */
  public static final class Builder {
    private LineEnding lineEnding = LineEnding.LF;
    private boolean byteOrderMark;

    private Builder() {}

    /**
     * Whether canonical output starts with a byte order mark. Default {@code false}, as Smartable
     * writes; set it to keep the mark of a file being reformatted. Format-preserving writes keep
     * the source's mark either way.
     *
     * @param byteOrderMark {@code true} to start written files with a byte order mark
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * The line endings of canonical output. Default {@link LineEnding#LF}. Format-preserving
     * writes keep the source's line endings, and new lines in them use the source's.
     *
     * @param lineEnding the line ending of written text
     * @return this builder
     */
    public Builder lineEnding(LineEnding lineEnding) {
      this.lineEnding = requireNonNull(lineEnding, "lineEnding must not be null");
      return this;
    }

    /** {@return an immutable, thread-safe writer} */
    public FrontMatterWriter build() {
      return new FrontMatterWriter(this);
    }
  }
}
