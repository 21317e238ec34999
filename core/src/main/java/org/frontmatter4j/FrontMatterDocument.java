package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.internal.DocumentParser;
import org.frontmatter4j.internal.PropertyPaths;
import org.frontmatter4j.internal.Snippets;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;

/**
 * A parsed file: the front-matter tree with a position and style for every node, the exact body
 * and everything needed to write the file back byte for byte. Immutable and thread-safe.
 *
 * <p>A large file read with {@link FrontMatterParser#parseLazily(java.nio.file.Path)} keeps only its
 * front matter in memory: its body stays in the file until {@link #body()} or {@link #text()}
 * asks for it, and {@link #writeBodyTo(OutputStream)} streams it from there. Checks that need the
 * front matter alone use {@link #withoutBody()}.
 */
public final class FrontMatterDocument {
  private final String sourceName;
  /** The whole text; for a body left in its file, the text up to the body. */
  private final String text;
  private final boolean bom;
  private final YamlMapping frontMatter;
  private final int frontMatterOffset;
  private final int frontMatterEndOffset;
  private final int bodyOffset;
  private final int bodyStartLine;
  private final List<Problem> warnings;
  /** Null until known for a body left in its file: finding it reads the file. */
  private volatile LineEnding lineEnding;
  /** The body left in its file, or null when {@link #text} holds it. */
  private final FileBody fileBody;

  /**
   * Creates a document. Parsers call this; users get documents from {@link FrontMatterParser}.
   *
   * @param sourceName           the file name used in problems
   * @param text                 the whole file after any byte order mark
   * @param bom                  whether the file started with a UTF-8 byte order mark
   * @param frontMatter          the front-matter tree
   * @param frontMatterOffset    offset of the first front-matter character (after the opening line)
   * @param frontMatterEndOffset offset of the closing delimiter line
   * @param bodyOffset           offset of the first body character (after the closing line)
   * @param bodyStartLine        1-based line on which the body starts
   * @param lineEnding           the file's line terminators
   * @param warnings             what reads differently from what it seems, in source order (see
   *                             {@link #warnings()})
   */
  public FrontMatterDocument(
      String sourceName,
      String text,
      boolean bom,
      YamlMapping frontMatter,
      int frontMatterOffset,
      int frontMatterEndOffset,
      int bodyOffset,
      int bodyStartLine,
      LineEnding lineEnding,
      List<Problem> warnings) {
    this.sourceName = requireNonNull(sourceName, "sourceName must not be null");
    this.text = requireNonNull(text, "text must not be null");
    this.bom = bom;
    this.frontMatter = requireNonNull(frontMatter, "frontMatter must not be null");
    if (frontMatterOffset < 0 || frontMatterEndOffset < frontMatterOffset
        || bodyOffset < frontMatterEndOffset || bodyOffset > text.length()) {
      throw new IllegalArgumentException("offsets out of order");
    }
    this.frontMatterOffset = frontMatterOffset;
    this.frontMatterEndOffset = frontMatterEndOffset;
    this.bodyOffset = bodyOffset;
    this.bodyStartLine = bodyStartLine;
    this.lineEnding = requireNonNull(lineEnding, "lineEnding must not be null");
    this.warnings = List.copyOf(requireNonNull(warnings, "warnings must not be null"));
    this.fileBody = null;
  }

  /** {@code head} with its text cut before the body, and the body left in the file. */
  FrontMatterDocument(FrontMatterDocument head, FileBody fileBody) {
    this.sourceName = head.sourceName;
    this.text = head.text.substring(0, head.bodyOffset);
    this.bom = head.bom;
    this.frontMatter = head.frontMatter;
    this.frontMatterOffset = head.frontMatterOffset;
    this.frontMatterEndOffset = head.frontMatterEndOffset;
    this.bodyOffset = head.bodyOffset;
    this.bodyStartLine = head.bodyStartLine;
    this.lineEnding = null;
    this.fileBody = fileBody;
    this.warnings = head.warnings;
  }

  /** {@return the file name given to the parser, used in every problem} */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The whole file as text, without the byte order mark. For a body left in its file, reads the
   * file again, strictly, as {@link #body()} does.
   *
   * @return the text of the whole file
   */
  public String text() {
    return fileBody == null ? text : fileBody.document().text;
  }

  /** {@return whether the file started with a UTF-8 byte order mark} */
  public boolean hasBom() {
    return bom;
  }

  /** {@return the front-matter tree; its root is always a mapping} */
  public YamlMapping frontMatter() {
    return frontMatter;
  }

  /** {@return the raw YAML between the delimiter lines, exactly as in the file} */
  public String frontMatterText() {
    return text.substring(frontMatterOffset, frontMatterEndOffset);
  }

  /** {@return offset in {@link #text()} of the first front-matter character} */
  public int frontMatterOffset() {
    return frontMatterOffset;
  }

  /** {@return offset in {@link #text()} of the closing delimiter line} */
  public int frontMatterEndOffset() {
    return frontMatterEndOffset;
  }

  /**
   * The body: everything after the closing delimiter line, exactly as in the file. A body left
   * in its file is read from it now, as a whole, and checked as a small file's is when it is
   * parsed.
   *
   * @return the body
   * @throws FrontMatterException           if that body is not valid UTF-8 or holds a NUL
   * @throws java.io.UncheckedIOException if the file cannot be read or changed since it was parsed
   */
  public String body() {
    return fileBody == null ? text.substring(bodyOffset) : fileBody.document().body();
  }

  /**
   * Writes the body's bytes (UTF-8) to {@code out}: a body left in its file is copied from the
   * file as it is, in chunks, so that a body of any size can be written back with little memory.
   *
   * <pre>{@code
   * out.write(headBytes);
   * document.writeBodyTo(out);
   * }</pre>
   *
   * @param out where the body's bytes go; it is neither flushed nor closed
   * @throws IOException if the file cannot be read, has changed since it was parsed, or
   *                     {@code out} cannot be written
   */
  public void writeBodyTo(OutputStream out) throws IOException {
    requireNonNull(out, "out must not be null");
    if (fileBody != null) {
      fileBody.transferTo(out);
    } else if (bodyOffset < text.length()) {
      out.write(text.substring(bodyOffset).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * This document with an empty body: the same front matter, positions and text up to the
   * closing delimiter line. For checks that need only the front matter, such as binding and
   * validating, of files whose bodies may be large.
   *
   * @return the document without its body; {@code this} when the body is empty
   */
  public FrontMatterDocument withoutBody() {
    if (fileBody == null && bodyOffset == text.length()) {
      return this;
    }
    return new FrontMatterDocument(sourceName, text.substring(0, bodyOffset), bom, frontMatter,
        frontMatterOffset, frontMatterEndOffset, bodyOffset, bodyStartLine, headLineEnding(),
        warnings);
  }

  /** The line ending of the text before the body, which is all that is in memory. */
  private LineEnding headLineEnding() {
    return fileBody == null ? lineEnding : DocumentParser.lineEnding(text);
  }

  /** {@return offset in {@link #text()} of the first body character} */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** {@return the 1-based line on which the body starts} */
  public int bodyStartLine() {
    return bodyStartLine;
  }

  /** {@return the file's line terminators; for a body left in its file, finding them reads it} */
  public LineEnding lineEnding() {
    LineEnding known = lineEnding;
    if (known == null) {
      known = fileBody.lineEnding(DocumentParser.lineEnding(text));
      lineEnding = known;
    }
    return known;
  }

  /**
   * {@return what the parser read but warns about, in source order; empty for most files} The
   * file is valid, but reads differently from what it seems, or not the same in every tool: a
   * {@code #}
   * that turned the rest of an unquoted value into a comment ({@code yaml.comment-in-value}), an
   * unquoted value that goes on over several lines ({@code yaml.multiline-plain}), a space before
   * a key's colon ({@code yaml.space-before-colon}), blanks after a {@code ---} delimiter
   * ({@code frontmatter.delimiter-whitespace}). {@link ContentReader} reports them with its own
   * problems.
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * {@return the node at a property path such as {@code related[1].images[0].width}; empty when the
   * path names nothing in this document} The empty path names the root mapping.
   *
   * @param propertyPath a property path such as {@code related[1].title}
   */
  public Optional<YamlNode> locate(String propertyPath) {
    requireNonNull(propertyPath, "propertyPath must not be null");
    return PropertyPaths.locate(frontMatter, propertyPath);
  }

  /**
   * {@return where a property path points: the node itself, or for a missing property the nearest
   * node on
   * its path that exists (so "missing title" points at the mapping that lacks it)}
   *
   * @param propertyPath a property path such as {@code related[1].title}
   */
  public SourcePosition positionOf(String propertyPath) {
    requireNonNull(propertyPath, "propertyPath must not be null");
    return PropertyPaths.nearest(frontMatter, propertyPath).start();
  }

  /**
   * {@return a problem at a position in this document, with the caret snippet filled in}
   *
   * @param position where it is in the file
   * @param propertyPath a property path such as {@code related[1].title}
   * @param ruleId the stable rule id, such as {@code schema.unknown-key}
   * @param severity how bad it is
   * @param message what is wrong and how to fix it
   */
  public Problem problemAt(
      SourcePosition position, String propertyPath, String ruleId, Severity severity,
      String message) {
    requireNonNull(position, "position must not be null");
    return new Problem(sourceName, position.line(), position.column(), propertyPath, ruleId,
        severity, message, Snippets.caret(text, position.offset(), position.column()));
  }

  @Override
  public String toString() {
    return "FrontMatterDocument[" + sourceName + ", " + frontMatter.entries().size() + " keys, "
        + (fileBody == null ? (text.length() - bodyOffset) + " body chars, " + lineEnding
            : fileBody.length() + " body bytes in the file") + (bom ? ", BOM" : "") + "]";
  }
}
