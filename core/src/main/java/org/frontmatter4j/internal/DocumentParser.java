package org.frontmatter4j.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.LineEnding;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.tree.YamlMapping;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Decodes a file, finds its front matter between the delimiter lines and builds the tree. */
public final class DocumentParser {
  private static final String DELIMITER = "---";
  private static final String DOCUMENT_END = "...";

  private final ParseSettings settings;
  /** Whether front matter in the block subset is read by {@link BlockScanner}. */
  private final boolean fastPath;
  /** Built on first use: a run whose files all take the fast path never loads snakeyaml. */
  private volatile LoadSettings load;

  public DocumentParser(ParseSettings settings) {
    this(settings, true);
  }

  /**
   * A parser that reads every front matter with snakeyaml-engine when {@code fastPath} is false:
   * for the tests that hold the fast path to the general one.
   */
  public DocumentParser(ParseSettings settings, boolean fastPath) {
    this.settings = settings;
    this.fastPath = fastPath;
  }

  /**
   * snakeyaml-engine's settings, built once per parser: building them builds a schema and its
   * resolvers, which cost as much as parsing a small front matter. They carry no file name and no
   * code point limit: marks are turned into our own positions, and the front matter's size is
   * bounded by {@code maxFrontMatterLength} before any YAML is read.
   */
  private LoadSettings loadSettings() {
    LoadSettings built = load;
    if (built == null) {
      // Racing threads build equal settings; any of them will do.
      built = LoadSettings.builder()
          .setCodePointLimit(Integer.MAX_VALUE)
          .setMaxAliasesForCollections(Math.max(settings.maxAliases(), 1))
          .setAllowDuplicateKeys(true)
          .setParseComments(false)
          .build();
      load = built;
    }
    return built;
  }

  /** Parses raw bytes, which must be UTF-8 (with or without a byte order mark). */
  public FrontMatterDocument parse(byte[] bytes, String sourceName) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw error(sourceName, "", 0, Rules.UTF16,
          "the file is UTF-16 encoded; save it as UTF-8");
    }
    boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
    String text = decode(bytes, bom ? 3 : 0, sourceName);
    return parseText(text, bom, sourceName);
  }

  /** Parses text; a leading U+FEFF is taken as a byte order mark. */
  public FrontMatterDocument parse(String text, String sourceName) {
    boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
    return parseText(bom ? text.substring(1) : text, bom, sourceName);
  }

  /**
   * Parses a file that is YAML from its first line to its last, such as a Jekyll
   * {@code _config.yml}, under the same schema, limits and refusals as front matter.
   */
  public YamlMapping parseYaml(byte[] bytes, String sourceName) {
    boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
    String text = decode(bytes, bom ? 3 : 0, sourceName);
    checkNoNul(text, sourceName);
    if (text.length() > settings.maxFrontMatterLength()) {
      throw error(sourceName, text, 0, Rules.LIMIT_SIZE, "the file is longer than "
          + settings.maxFrontMatterLength() + " characters (limit maxFrontMatterLength)");
    }
    checkNoBareCarriageReturn(text, sourceName, 0, text.length());
    return new TreeBuilder(settings, loadSettings(), sourceName, text, 0, text.length(), 1).build();
  }

  private static void checkNoNul(String text, String sourceName) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw error(sourceName, text, nul, Rules.NUL,
          "NUL character (U+0000): the file is binary or corrupt; front matter files are text");
    }
  }

  private FrontMatterDocument parseText(String text, boolean bom, String sourceName) {
    checkNoNul(text, sourceName);
    int frontMatterOffset = openingLineEnd(text, sourceName);
    BlockScanner.Scanned fast = fastPath ? BlockScanner.scan(settings, text, frontMatterOffset)
        : null;
    if (fast != null) {
      // the closing line is exactly '---' or '...' and a line feed, CRLF or the text's end
      int closingContentEnd = fast.end() + 3;
      int bodyOffset = closingContentEnd == text.length() ? closingContentEnd
          : closingContentEnd + (text.charAt(closingContentEnd) == '\n' ? 1 : 2);
      return build(text, bom, sourceName, frontMatterOffset, fast.end(), closingContentEnd,
          bodyOffset, fast.lines() + 3, fast);
    }
    // Not in the fast path's subset (or no closing line, or too long): find the closing line
    // here, with the errors that say what is wrong.
    int line = 2;
    int lineStart = frontMatterOffset;
    while (lineStart < text.length()) {
      if (lineStart - frontMatterOffset > settings.maxFrontMatterLength()) {
        throw error(sourceName, text, 0, Rules.LIMIT_SIZE,
            "the front matter is longer than " + settings.maxFrontMatterLength()
                + " characters (limit maxFrontMatterLength); is the closing '---' line missing?");
      }
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (isClosingLine(text, lineStart, contentEnd)) {
        int bodyOffset = newline < 0 ? text.length() : newline + 1;
        return build(text, bom, sourceName, frontMatterOffset, lineStart, contentEnd, bodyOffset,
            line + 1, null);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
      line++;
    }
    throw error(sourceName, text, 0, Rules.UNCLOSED,
        "the front matter opened on line 1 is never closed: add a line '---' after its last line");
  }

  private FrontMatterDocument build(String text, boolean bom, String sourceName,
      int frontMatterOffset, int frontMatterEnd, int closingContentEnd, int bodyOffset,
      int bodyStartLine, BlockScanner.Scanned scanned) {
    // Three checks look for carriage returns in the whole text, body included; most files have
    // none, and one search tells. The others walk the lines, one String.indexOf each: for the
    // half of the news corpus written with CRLF, that cost as much as scanning the front matter.
    boolean anyCarriageReturn = text.indexOf('\r') >= 0;
    if (anyCarriageReturn && scanned == null) {
      // (the fast path read no CR without an LF)
      checkNoBareCarriageReturn(text, sourceName, frontMatterOffset, frontMatterEnd);
    }
    boolean openingCrlf = frontMatterOffset == 5;
    // Whether the fast path saw every line up to the body end as line 1 does.
    boolean uniformHead = scanned != null
        && scanned.crlfLines() == (openingCrlf ? scanned.lines() : 0)
        && (bodyOffset == closingContentEnd
            || (bodyOffset - closingContentEnd == 2) == openingCrlf);
    if (frontMatterOffset < frontMatterEnd && text.charAt(frontMatterOffset) == '\uFEFF') {
      // YAML skips a byte order mark that starts its stream without counting its column, which
      // put every position on that line one column too far left.
      throw error(sourceName, text, frontMatterOffset, Rules.SYNTAX, "a byte order mark"
          + " (U+FEFF, invisible) starts the front matter; remove it: only the file itself may"
          + " start with one");
    }
    YamlMapping root = scanned == null ? null : scanned.root();
    List<Problem> treeWarnings = List.of();
    if (root == null) {
      TreeBuilder tree = new TreeBuilder(settings, loadSettings(), sourceName, text,
          frontMatterOffset, frontMatterEnd, 2);
      root = tree.build();
      treeWarnings = tree.warnings();
    }
    List<Problem> warnings = List.of();
    boolean openingBlanks = !text.startsWith("\n", 3) && !text.startsWith("\r\n", 3);
    boolean closingBlanks = closingContentEnd - frontMatterEnd > 3;
    Problem mixedLineEndings = anyCarriageReturn && !uniformHead
        ? mixedLineEndings(sourceName, text, bodyOffset) : null;
    Problem closedEarly = closedEarly(sourceName, text, frontMatterEnd, bodyOffset,
        bodyStartLine);
    if (openingBlanks || closingBlanks || !treeWarnings.isEmpty() || mixedLineEndings != null
        || closedEarly != null) {
      warnings = new ArrayList<>(treeWarnings);
      if (openingBlanks) {
        warnings.add(delimiterWhitespace(sourceName, text, 3, 1));
      }
      if (closingBlanks) {
        warnings.add(delimiterWhitespace(sourceName, text, frontMatterEnd + 3, bodyStartLine - 1));
      }
      if (mixedLineEndings != null) {
        warnings.add(mixedLineEndings);
      }
      if (closedEarly != null) {
        warnings.add(closedEarly);
      }
      warnings.sort(SOURCE_ORDER);
    }
    return new FrontMatterDocument(sourceName, text, bom, root, frontMatterOffset, frontMatterEnd,
        bodyOffset, bodyStartLine, !anyCarriageReturn ? LineEnding.LF
            : uniformHead ? lineEnding(text, bodyOffset, !openingCrlf, openingCrlf)
            : lineEnding(text), warnings);
  }

  /**
   * Jekyll finds front matter with {@code \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)}: blanks
   * after a delimiter are fine there, so such a file is read, with a warning.
   */
  private static Problem delimiterWhitespace(String sourceName, String text, int offset,
      int line) {
    String delimiter = text.substring(offset - 3, offset);
    return warning(sourceName, text, offset, Rules.DELIMITER_WHITESPACE,
        "spaces or tabs after the '" + delimiter + "' on line " + line + ": Jekyll accepts them,"
            + " some tools do not; remove them");
  }

  /**
   * YAML takes LF and CRLF alike, so a front matter that mixes them reads well; but it is a
   * paste from another editor, and diffs and some editors show the odd lines with a stray
   * {@code ^M}. Reported once, at the end of the first line whose ending differs from line 1's.
   *
   * @param end the offset just after the closing delimiter line
   */
  private static Problem mixedLineEndings(String sourceName, String text, int end) {
    int first = text.indexOf('\n');
    boolean crlf = first > 0 && text.charAt(first - 1) == '\r';
    if (!crlf) {
      int cr = text.indexOf('\r', first);
      if (cr < 0 || cr >= end) {
        return null;
      }
    }
    int line = 2;
    for (int newline = text.indexOf('\n', first + 1); newline >= 0 && newline < end;
        newline = text.indexOf('\n', newline + 1), line++) {
      boolean lineCrlf = text.charAt(newline - 1) == '\r';
      if (lineCrlf != crlf) {
        return warning(sourceName, text, lineCrlf ? newline - 1 : newline, Rules.MIXED_LINE_ENDINGS,
            "line " + line + " ends with " + (lineCrlf ? "CRLF (Windows)" : "LF (Unix)")
                + " but line 1 with " + (crlf ? "CRLF (Windows)" : "LF (Unix)")
                + ": the front matter mixes line endings, left by a paste from another editor;"
                + " save the file with one kind of line ending");
      }
    }
    return null;
  }

  /** Problems in the order of their lines and columns. */
  private static final Comparator<Problem> SOURCE_ORDER =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  /** A warning at a char offset of {@code text}, with line, column and snippet computed. */
  private static Problem warning(String sourceName, String text, int offset, String rule,
      String message) {
    Problem problem = problem(sourceName, text, offset, "", rule, message);
    return new Problem(problem.sourceName(), problem.line(), problem.column(), "",
        problem.ruleId(), Severity.WARNING, problem.message(), problem.snippet());
  }

  /** How far into the body {@link #closedEarly} looks for the delimiter the author meant. */
  private static final int CLOSED_EARLY_LOOKAHEAD_LINES = 50;

  /**
   * A {@code ---} line inside a value ends the front matter there, in Jekyll as here, and the
   * rest of the value, with any keys after it, silently becomes body. Such a body starts with
   * lines that continue the front matter, indented like a value or as {@code key: value}, up to
   * another delimiter line: the one the author meant. One line of text followed by {@code ---}
   * is a Markdown heading, so it takes an indented line or two {@code key:} lines to warn.
   *
   * @return the warning at the delimiter that ended the front matter, or null
   */
  private static Problem closedEarly(String sourceName, String text, int closingStart,
      int bodyOffset, int bodyStartLine) {
    boolean indented = false;
    int keyLines = 0;
    int lineStart = bodyOffset;
    for (int line = bodyStartLine; line < bodyStartLine + CLOSED_EARLY_LOOKAHEAD_LINES
        && lineStart < text.length(); line++) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (isClosingLine(text, lineStart, contentEnd)) {
        if (line == bodyStartLine || !(indented || keyLines >= 2)) {
          return null;
        }
        String delimiter = text.substring(closingStart, closingStart + 3);
        return warning(sourceName, text, closingStart, Rules.CLOSED_EARLY,
            "this '" + delimiter + "' line ends the front matter, but "
                + (line - 1 > bodyStartLine
                    ? "lines " + bodyStartLine + " to " + (line - 1) + " after it continue"
                    : "line " + bodyStartLine + " after it continues")
                + " it, up to the '" + text.substring(lineStart, lineStart + 3) + "' on line "
                + line + ": a line of only '" + delimiter + "' ends the front matter even inside"
                + " a value; to keep it in a value, indent it like the value's other lines,"
                + " else remove it");
      }
      if (lineStart == contentEnd || blanks(text, lineStart, contentEnd)) {
        if (line == bodyStartLine) {
          return null;
        }
      } else if (text.charAt(lineStart) == ' ') {
        indented = true;
      } else if (isKeyLine(text, lineStart, contentEnd)) {
        keyLines++;
      } else {
        return null;
      }
      if (newline < 0) {
        return null;
      }
      lineStart = newline + 1;
    }
    return null;
  }

  /** {@code key:} or {@code key: value} with a simple key, or a {@code - } list item. */
  private static boolean isKeyLine(String text, int start, int end) {
    if (text.startsWith("- ", start)) {
      return true;
    }
    int i = start;
    while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
        || text.charAt(i) == '-')) {
      i++;
    }
    return i > start && i < end && text.charAt(i) == ':'
        && (i + 1 == end || text.charAt(i + 1) == ' ');
  }

  /**
   * YAML reads a CR without an LF as a line break, but lines here (and in every position and
   * snippet) end at LF: after a bare CR, YAML's line numbers and ours would disagree.
   */
  private static void checkNoBareCarriageReturn(String text, String sourceName, int from,
      int to) {
    for (int cr = text.indexOf('\r', from); cr >= 0 && cr < to; cr = text.indexOf('\r', cr + 1)) {
      if (cr + 1 == text.length() || text.charAt(cr + 1) != '\n') {
        throw error(sourceName, text, cr, Rules.LINE_ENDINGS, "a carriage return (CR) without a"
            + " line feed; end lines with LF or CRLF, and write a CR in a value as \\r in double"
            + " quotes");
      }
    }
  }

  /** {@code ---} or {@code ...}, and nothing after it but blanks. */
  private static boolean isClosingLine(String text, int start, int end) {
    return end - start >= 3
        && (text.startsWith(DELIMITER, start) || text.startsWith(DOCUMENT_END, start))
        && (end - start == 3 || blanks(text, start + 3, end));
  }

  private static boolean blanks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Offset just after the opening {@code ---} line, or an error that says what is wrong. */
  private static int openingLineEnd(String text, String sourceName) {
    if (text.startsWith(DELIMITER)) {
      int end = 3;
      while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
        end++;
      }
      if (end == text.length()) {
        throw error(sourceName, text, 0, Rules.UNCLOSED,
            "the front matter opened on line 1 is never closed: add a line '---' after its last line");
      }
      if (text.charAt(end) == '\n') {
        return end + 1;
      }
      if (text.charAt(end) == '\r') {
        if (text.length() > end + 1 && text.charAt(end + 1) == '\n') {
          return end + 2;
        }
        throw error(sourceName, text, end, Rules.LINE_ENDINGS,
            "lines end with a bare CR (classic Mac line endings); convert the file to LF or CRLF");
      }
    }
    String hint = text.isEmpty() ? "the file is empty"
        : text.startsWith(DELIMITER)
            ? "the first line must be exactly '---', not '" + firstLine(text) + "'"
        : text.stripLeading().startsWith(DELIMITER)
            ? "the '---' line must be the very first line, with nothing before it"
            : "the file must start with a '---' line";
    throw error(sourceName, text, 0, Rules.NO_FRONT_MATTER, "no front matter: " + hint);
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && end < 40 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }

  /** The line terminators of {@code text}. */
  public static LineEnding lineEnding(String text) {
    if (text.indexOf('\r') < 0) {
      return LineEnding.LF;
    }
    return lineEnding(text, 0, false, false);
  }

  /**
   * The line terminators of {@code text}, given whether the lines before {@code from} had LF
   * ({@code lf}) and CRLF ({@code crlf}) endings.
   */
  private static LineEnding lineEnding(String text, int from, boolean lf, boolean crlf) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (i > 0 && text.charAt(i - 1) == '\r') {
        crlf = true;
      } else {
        lf = true;
      }
      if (lf && crlf) {
        return LineEnding.MIXED;
      }
    }
    return crlf ? LineEnding.CRLF : LineEnding.LF;
  }

  private static String decode(byte[] bytes, int from, String sourceName) {
    // String's own decoder is several times faster than a CharsetDecoder, but replaces malformed
    // input with U+FFFD: without a U+FFFD in its result the input was valid UTF-8. Only a file
    // that has one (malformed, or a real U+FFFD) is decoded again, strictly, to find the byte.
    String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      String before = new String(bytes, from, bad - from, StandardCharsets.UTF_8);
      throw error(sourceName, before, before.length(), Rules.INVALID_UTF8,
          String.format("invalid UTF-8 (byte 0x%02X at byte offset %d): save the file as UTF-8",
              bytes[bad] & 0xFF, bad));
    }
    out.flip();
    return out.toString();
  }

  /** A problem at a char offset of {@code text}, with line, column and snippet computed. */
  static FrontMatterException error(
      String sourceName, String text, int offset, String rule, String message) {
    return new FrontMatterException(problem(sourceName, text, offset, "", rule, message));
  }

  static Problem problem(
      String sourceName, String text, int offset, String path, String rule, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    int column = text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
    return new Problem(sourceName, line, column, path, rule, Severity.ERROR, message,
        text.isEmpty() ? "" : Snippets.caret(text, offset, column));
  }
}
