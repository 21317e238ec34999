package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.frontmatter4j.internal.AtomicFile;
import org.frontmatter4j.internal.SourceEditor;
import org.frontmatter4j.internal.Writers;

/**
 * Writes Markdown files with YAML front matter, in two ways.
 *
 * <p>Both work for every type a {@link ContentReader} binds: the Smartable models and your own
 * records, Immutables types and JavaBeans, driven by the type's {@link TypeDescription}.
 *
 * <p><b>Format-preserving</b>: {@link #write(Object, FrontMatterDocument)} writes an edited
 * value back over the document it was read from and changes only the text of what changed. One
 * changed value changes one line; comments, quoting, blank lines, key order, flow collections,
 * indentation, the byte order mark, line endings and the body stay exactly as they were. A changed
 * value keeps its quoting style when it can be read back that way, and is double-quoted when not;
 * an added field goes where the canonical order puts it, in canonical style; a removed field takes
 * its lines with it. An unchanged document is written back byte for byte.
 *
 * <p><b>Canonical</b>: {@link #writeCanonical(Object)} writes a value in its type's layout:
 * keys in declaration order, 2-space indentation, {@code "  - "} items, no line wrapping;
 * {@link org.frontmatter4j.annotation.Quoted} strings double-quoted and others plain when they
 * read back as the same string; a blank line before each top-level
 * {@link org.frontmatter4j.annotation.BlankLineBefore} key; dates in ISO-8601; empty
 * {@code Optional}s and collections left out; unknown keys (the type's
 * {@link org.frontmatter4j.annotation.Extras}) last. The news models declare Smartable's own
 * layout that way, so real news files come back byte for byte.
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
  private final KeyNaming keyNaming;

  private FrontMatterWriter(Builder builder) {
    this.lineEnding = builder.lineEnding;
    this.byteOrderMark = builder.byteOrderMark;
    this.keyNaming = builder.keyNaming;
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

  /** {@return how property names become keys; the same as the reader's, for output that reads back} */
  public KeyNaming keyNaming() {
    return keyNaming;
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
   * {@code source} edited to hold {@code edited}: only the text of what differs between
   * the value bound from {@code source} (leniently, as {@code edited}'s type) and {@code edited}
   * changes.
   *
   * @param edited the edited value: a news article, or any record, Immutables type or bean
   * @param source the document the value was read from
   * @return the edited document's text
   * @throws FrontMatterException     if {@code source} does not bind to {@code edited}'s type
   * @throws IllegalArgumentException if an extra key repeats a key of the type, or the type
   *                                  cannot be bound at all
   */
  public String write(Object edited, FrontMatterDocument source) {
    requireNonNull(edited, "edited must not be null");
    requireNonNull(source, "source must not be null");
    return Writers.preserving(edited, source, keyNaming);
  }

  /**
   * A value in its type's canonical layout, with this writer's line endings and byte
   * order mark setting; its {@link org.frontmatter4j.annotation.Body} follows the closing
   * {@code ---} line. Reading the text back with the same key naming gives an equal value.
   *
   * <pre>{@code
   * record Post(String title, LocalDate date, List<String> tags, @Body String body) {}
   * writer.writeCanonical(new Post("Hello", LocalDate.of(2024, 1, 15), List.of("java"), "Hi\n"));
   * // ---
   * // title: Hello
   * // date: 2024-01-15
   * // tags:
   * //   - java
   * // ---
   * // Hi
   * }</pre>
   *
   * @param value a news article, or any record, Immutables type or bean
   * @return the canonical text
   * @throws IllegalArgumentException if the type cannot be bound, or a value cannot be written
   *                                  as YAML that reads back the same (an extra number-typed
   *                                  scalar whose text is not a number, a NaN double)
   */
  public String writeCanonical(Object value) {
    requireNonNull(value, "value must not be null");
    String text = Writers.canonical(value, lineEnding.separator(), keyNaming);
    return byteOrderMark ? "\uFEFF" + text : text;
  }

  /**
   * Writes {@link #write(Object, FrontMatterDocument)} to a file, atomically: to a temporary
   * file in the same directory that then replaces the file in one step, keeping its POSIX
   * permissions. A file that already holds exactly these bytes is not touched at all. A process
   * killed while writing leaves the old file or the new one, never a mix (and at worst a hidden
   * {@code .NAME.HEX.tmp} file beside it).
   *
   * @param path the file to write
   * @param edited the edited value
   * @param source the document the value was read from
   * @return whether the file was written
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the file cannot be read or written
   */
  public boolean writeTo(Path path, Object edited, FrontMatterDocument source)
      throws IOException {
    requireNonNull(path, "path must not be null");
    return Writers.writeAtomically(path, write(edited, source));
  }

  /**
   * Writes {@link #writeCanonical(Object)} to a file, atomically and only when its bytes
   * change, as {@link #writeTo(Path, Object, FrontMatterDocument)} does.
   *
   * @param path the file to write
   * @param value the value to write
   * @return whether the file was written
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the file cannot be read or written
   */
  public boolean writeTo(Path path, Object value) throws IOException {
    requireNonNull(path, "path must not be null");
    return Writers.writeAtomically(path, writeCanonical(value));
  }

  /**
   * Writes {@code value} in the canonical layout to a file, atomically, with the body of
   * {@code source} in place of the value's own: streamed from the file when {@code source}
   * left it there ({@link FrontMatterParser#parseLazily(Path)}), so that a file of any size is
   * reformatted in little memory. Works for every type {@link #writeCanonical(Object)} writes:
   * a news article, a person, a video, your own record. Always writes.
   *
   * <pre>{@code
   * FrontMatterDocument document = parser.parseLazily(path);
   * NewsArticle article = reader.readNews(document.withoutBody());
   * writer.writeCanonicalTo(path, article, document);   // the body is copied, not held
   * }</pre>
   *
   * @param path    the file to write
   * @param value   the value whose front matter is written; its own body is not
   * @param source  the document whose body follows the front matter
   * @throws java.nio.file.AccessDeniedException if the file is read-only; nothing is written
   * @throws IOException if the body cannot be read or the file cannot be written
   * @throws IllegalArgumentException as {@link #writeCanonical(Object)} does
   */
  public void writeCanonicalTo(Path path, Object value, FrontMatterDocument source)
      throws IOException {
    requireNonNull(path, "path must not be null");
    requireNonNull(value, "value must not be null");
    requireNonNull(source, "source must not be null");
    String frontMatter = Writers.canonical(value, lineEnding.separator(), keyNaming, false);
    byte[] beforeBody = (byteOrderMark ? "\uFEFF" + frontMatter : frontMatter)
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
    private KeyNaming keyNaming = KeyNaming.CAMEL_CASE;

    private Builder() {}

    /**
     * How property names become keys, as {@link ContentReader.Builder#keyNaming} reads them.
     * Default {@link KeyNaming#CAMEL_CASE}.
     *
     * @param keyNaming how a Java name becomes a front-matter key
     * @return this builder
     */
    public Builder keyNaming(KeyNaming keyNaming) {
      this.keyNaming = requireNonNull(keyNaming, "keyNaming must not be null");
      return this;
    }

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
