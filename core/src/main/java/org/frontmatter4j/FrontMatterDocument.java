package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.frontmatter4j.internal.PropertyPaths;
import org.frontmatter4j.internal.Snippets;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;

/**
 * A parsed file: the front-matter tree with a position and style for every node, the exact body
 * and everything needed to write the file back byte for byte. Immutable and thread-safe.
 */
public final class FrontMatterDocument {
  private final String sourceName;
  private final String text;
  private final boolean bom;
  private final YamlMapping frontMatter;
  private final int frontMatterOffset;
  private final int frontMatterEndOffset;
  private final int bodyOffset;
  private final int bodyStartLine;
  private final LineEnding lineEnding;
  private final List<Problem> warnings;

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
  }

  /** {@return the file name given to the parser, used in every problem} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return the whole file as text, without the byte order mark} */
  public String text() {
    return text;
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

  /** {@return the body: everything after the closing delimiter line, exactly as in the file} */
  public String body() {
    return text.substring(bodyOffset);
  }

  /** {@return offset in {@link #text()} of the first body character} */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** {@return the 1-based line on which the body starts} */
  public int bodyStartLine() {
    return bodyStartLine;
  }

  /** {@return the file's line terminators} */
  public LineEnding lineEnding() {
    return lineEnding;
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
        + (text.length() - bodyOffset) + " body chars, " + lineEnding + (bom ? ", BOM" : "") + "]";
  }
}
