package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontmatter4j.SourcePosition;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * The fast path of the parser: reads the block subset of YAML that generated front matter uses
 * and builds exactly the tree {@link TreeBuilder} builds from snakeyaml-engine's events — same
 * nodes, values, styles, types and positions — or declines.
 *
 * <p>The subset: block mappings with plain keys, block sequences indented under their key
 * ({@code "  - "} items, mappings inside items), one-line plain and double-quoted scalars, and
 * blank lines. Anything else — flow collections, single-quoted, block and multi-line scalars,
 * quoted keys, anchors, aliases, tags, directives, comments, tabs, indentless or oddly indented
 * lines, line breaks other than LF and CRLF, characters YAML does not allow raw, a key with a
 * character an editor does not show or a space before its colon, a {@code \U} escape, a duplicate key, a limit
 * reached — makes it decline, and the general path reads the front matter and reports whatever
 * is wrong or warns about it. So it never has an opinion of its own: a document it accepts is one
 * the general path reads without a problem or a warning, to the same tree; differential tests
 * hold it to that.
 *
 * <p>Why it exists: snakeyaml-engine is a few thousand methods to load, interpret and compile
 * before the first file is read, which dominated a cold {@code validate} run; and warm, its
 * general token machinery costs several times this line scan.
 */
final class BlockScanner {
  /** Nesting the scanner itself recurses to; deeper front matter goes to the general path. */
  private static final int MAX_NESTING = 64;
  /** snakeyaml-engine forgets a possible simple key 1024 characters after its start. */
  private static final int MAX_KEY_LENGTH = 1000;
  /** Characters copied at first; enough for most front matter and the first lines of a body. */
  private static final int FIRST_CHUNK = 2048;
  /** Above this many keys, duplicate keys are found with a hash set, as in TreeBuilder. */
  private static final int LINEAR_KEY_CHECK = 32;

  /** Thrown, preallocated and without a stack trace, to decline from any depth. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final ParseSettings settings;
  private final String text;
  /**
   * {@code text} up to {@link #end}, as chars: the scan reads each character a few times, and
   * {@code String.charAt} (several calls for a text with non-Latin-1 characters) was the largest
   * single cost of a cold run's scanning, interpreted before it is compiled.
   */
  private char[] chars;
  /** Offset of the closing delimiter line: the end of the YAML text, once found. */
  private int end;
  private boolean bmpOnly;
  /**
   * The offsets of the YAML's line feeds, in order, recorded by {@link #checkCharacters}, which
   * looks at every character anyway: finding each line's end with {@code String.indexOf}, as
   * the parser then this scanner did, cost about 30 ns a line, as much as checking its
   * characters.
   */
  private int[] newlines;
  /** How many of the YAML's lines end with CRLF; counted with {@link #newlines}. */
  private int crlfLines;
  /** The index in {@link #newlines} of the end of the line {@link #nextLineStart} starts. */
  private int nextNewline;
  private final int maxDepth;
  private long nodes;

  // The current content line (the first one not consumed yet); indent -1 at the end of the YAML.
  private int lineStart;
  private int lineNumber;
  private int contentEnd;
  private int indent;
  private int nextLineStart;
  private int nextLineNumber;
  /** The position of the current line's first token, once asked for; see {@link #position}. */
  private SourcePosition indentPosition;
  /** See {@link #backslashFrom}; -1 until first searched. */
  private int nextBackslash = -1;

  private BlockScanner(ParseSettings settings, String text) {
    this.settings = settings;
    this.text = text;
    this.maxDepth = Math.min(settings.maxDepth(), MAX_NESTING);
    this.nextLineNumber = 2;
  }

  /**
   * What the scanner read: the tree, where the closing delimiter line starts (the end of the
   * YAML), how many lines the YAML has and how many of them end with CRLF.
   */
  record Scanned(YamlMapping root, int end, int lines, int crlfLines) {}

  /**
   * The front matter that starts at {@code from} (just after the opening line; the YAML starts
   * on line 2) and ends at the first line that is exactly {@code ---} or {@code ...}, or null
   * when it is not in the subset this scanner reads. The scanner finds the closing line itself,
   * in the same pass over the characters as their check, where the parser searched each line's
   * end before the scanner searched it again. It declines where the parser's own search would report a problem
   * or warn: no closing line, one with blanks after it, a front matter longer than the limit.
   */
  static Scanned scan(ParseSettings settings, String text, int from) {
    boolean opening = (from == 4 && text.charAt(3) == '\n')
        || (from == 5 && text.charAt(3) == '\r' && text.charAt(4) == '\n');
    if (!opening || !text.startsWith("---")) {
      return null;
    }
    BlockScanner scanner = new BlockScanner(settings, text);
    int surrogates = scanner.checkCharacters(from);
    if (surrogates < 0) {
      return null;
    }
    scanner.bmpOnly = surrogates == 0;
    scanner.nextLineStart = from;
    try {
      return new Scanned(scanner.root(), scanner.end, scanner.newlines.length,
          scanner.crlfLines);
    } catch (Decline declined) {
      return null;
    }
  }

  /**
   * Checks the characters from {@code from} up to the closing delimiter line, copying them into
   * {@link #chars} as it goes, and sets {@link #end}, {@link #newlines} and {@link #crlfLines}.
   * Returns the number of surrogate pairs, or -1 when there is no exact closing line within the
   * size limit or the YAML holds a character this scanner leaves to the general path: a tab, a
   * control character, a CR not followed by LF, a lone surrogate, a byte order mark, or a line
   * break other than LF (U+0085, U+2028, U+2029), which YAML counts as lines where this parser
   * does not.
   */
  private int checkCharacters(int from) {
    int length = text.length();
    // Front matter is short and a body may be huge: copy the text in growing chunks, not whole.
    int copied = Math.min(length, from + FIRST_CHUNK);
    char[] chars = new char[copied];
    text.getChars(0, copied, chars, 0);
    if (markerLine(chars, from, copied) != 0) {
      // empty front matter, or a document marker: the general path's
      return -1;
    }
    // about one line in 50 characters in real front matter; grown if need be
    int[] found = new int[(copied - from) / 32 + 8];
    int count = 0;
    int crlf = 0;
    int pairs = 0;
    int i = from;
    while (true) {
      // Stop short of the copy's end, so that a character's successors can be read unchecked.
      int limit = copied == length ? length : copied - 5;
      for (; i < limit; i++) {
        char c = chars[i];
        if (c >= 0x20 && c <= 0x7E) {
          continue;
        }
        if (c == '\n') {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i;
          if (chars[i - 1] == '\r') {
            crlf++;
          }
          int marker = markerLine(chars, i + 1, copied);
          if (marker == 0) {
            continue;
          }
          if (marker < 0 || i + 1 - from > settings.maxFrontMatterLength() || i + 1 < from + 2) {
            // a marker with more on its line (a closing line with blanks after it is warned
            // about), a front matter over the limit, or one that is a blank line
            return -1;
          }
          this.chars = chars;
          this.end = i + 1;
          this.newlines = Arrays.copyOf(found, count);
          this.crlfLines = crlf;
          return pairs;
        }
        if (c == '\r' && i + 1 < copied && chars[i + 1] == '\n') {
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < copied
            && Character.isLowSurrogate(chars[i + 1])) {
          pairs++;
          i++;
          continue;
        }
        if ((c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
            || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
          continue;
        }
        return -1;
      }
      if (copied == length || i - from > settings.maxFrontMatterLength()) {
        // no closing line, or none within the limit: the general path says which
        return -1;
      }
      int more = (int) Math.min(length, 2L * copied);
      chars = Arrays.copyOf(chars, more);
      text.getChars(copied, more, chars, copied);
      copied = more;
    }
  }

  /**
   * 1 when the line at {@code start} is exactly {@code ---} or {@code ...} (a closing line), -1
   * when it starts with one and goes on, 0 when it does not start with one. {@code chars} holds
   * the text up to {@code copied}, which is at least five characters past {@code start} unless
   * it is the whole text.
   */
  private int markerLine(char[] chars, int start, int copied) {
    if (start + 3 > copied) {
      return 0;
    }
    char c = chars[start];
    if ((c != '-' && c != '.') || chars[start + 1] != c || chars[start + 2] != c) {
      return 0;
    }
    int after = start + 3;
    boolean exact = after == text.length() || chars[after] == '\n'
        || (chars[after] == '\r' && after + 1 < copied && chars[after + 1] == '\n');
    return exact ? 1 : -1;
  }

  private YamlMapping root() {
    nextLine();
    if (indent != 0) {
      // empty front matter, or a root indented: the general path's business
      throw DECLINE;
    }
    YamlMapping root = mapping(0, lineStart, 1);
    if (indent != -1) {
      throw DECLINE;
    }
    return root;
  }

  /**
   * A block mapping whose keys stand at {@code column} of their lines; the first key starts at
   * {@code keyStart} of the current line. Returns with the current line being the first one
   * after it, which is less indented.
   */
  private YamlMapping mapping(int column, int keyStart, int depth) {
    startCollection(depth);
    SourcePosition start = position(keyStart);
    List<YamlEntry> entries = new ArrayList<>();
    Set<String> keyIndex = null;
    int at = keyStart;
    while (true) {
      int colon = valueIndicator(at);
      if (colon < 0) {
        throw DECLINE;
      }
      YamlScalar key = key(at, colon);
      if (keyIndex == null && entries.size() >= LINEAR_KEY_CHECK) {
        keyIndex = new HashSet<>();
        for (YamlEntry entry : entries) {
          keyIndex.add(entry.name());
        }
      }
      if (keyIndex != null ? !keyIndex.add(key.value()) : hasKey(entries, key.value())) {
        throw DECLINE;
      }
      entries.add(new YamlEntry(key, value(column, colon, depth)));
      if (indent == column) {
        if (isSequenceEntry()) {
          // an indentless sequence, or a '-' where a key belongs
          throw DECLINE;
        }
        at = lineStart + indent;
      } else if (indent < column) {
        return new YamlMapping(entries, false, start, nextTokenPosition());
      } else {
        // a continuation line of a plain scalar, or an indentation no collection has
        throw DECLINE;
      }
    }
  }

  /**
   * Whether {@code c} is a YAML indicator, which cannot start a plain scalar. A switch, not a
   * search of a string of them: it runs for every key and plain value.
   */
  private static boolean isIndicator(char c) {
    return switch (c) {
      case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%',
          '@', '`' -> true;
      default -> false;
    };
  }

  private static boolean hasKey(List<YamlEntry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i).name();
      // lengths first: most keys differ in length, and String.equals costs a call and checks
      if (name.length() == key.length() && name.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** A plain key from {@code start} to the {@code ':'} at {@code colon}. */
  private YamlScalar key(int start, int colon) {
    char first = chars[start];
    if (isIndicator(first)) {
      throw DECLINE;
    }
    int keyEnd = colon;
    if (chars[keyEnd - 1] == ' ') {
      // "key :": the general path warns about the space (yaml.space-before-colon)
      throw DECLINE;
    }
    char[] chars = this.chars;
    for (int i = start; i < keyEnd; i++) {
      if (chars[i] >= '\u00AD' && Invisibles.name(chars[i]) != null) {
        // a zero-width character in a key, which the general path reports
        throw DECLINE;
      }
    }
    if (keyEnd - start > MAX_KEY_LENGTH) {
      throw DECLINE;
    }
    return scalar(text.substring(start, keyEnd), ScalarStyle.PLAIN, start, keyEnd);
  }

  /**
   * The value after the {@code ':'} at {@code colon} of a key in a mapping at {@code column}:
   * a scalar on the same line, a collection on the following lines, or an empty (null) scalar.
   */
  private YamlNode value(int column, int colon, int depth) {
    int at = skipSpaces(colon + 1);
    if (at < contentEnd) {
      YamlScalar scalar = inlineScalar(at);
      nextLine();
      return scalar;
    }
    // YAML puts an empty value just after its ':'.
    SourcePosition empty = position(colon + 1);
    nextLine();
    if (indent <= column) {
      return scalar("", ScalarStyle.PLAIN, empty);
    }
    if (isSequenceEntry()) {
      return sequence(indent, depth + 1);
    }
    return mapping(indent, lineStart + indent, depth + 1);
  }

  /**
   * A block sequence whose {@code '-'} stand at {@code column}; the current line holds its first
   * item. Returns with the current line being the first one after it, which is less indented.
   */
  private YamlSequence sequence(int column, int depth) {
    startCollection(depth);
    SourcePosition start = position(lineStart + column);
    List<YamlNode> items = new ArrayList<>();
    while (true) {
      int dash = lineStart + column;
      if (dash + 1 >= contentEnd) {
        // "-" alone: a nested block or an empty item
        throw DECLINE;
      }
      int at = skipSpaces(dash + 1);
      if (at == contentEnd) {
        throw DECLINE;
      }
      char first = chars[at];
      if (first == '"' || valueIndicator(at) < 0) {
        items.add(inlineScalar(at));
        nextLine();
      } else if (first == '-' && (at + 1 == contentEnd || chars[at + 1] == ' ')) {
        throw DECLINE;
      } else {
        items.add(mapping(at - lineStart, at, depth + 1));
      }
      if (indent == column) {
        if (!isSequenceEntry()) {
          throw DECLINE;
        }
      } else if (indent < column) {
        return new YamlSequence(items, false, start, nextTokenPosition());
      } else {
        throw DECLINE;
      }
    }
  }

  /** A plain or double-quoted scalar from {@code at} to the end of the current line. */
  private YamlScalar inlineScalar(int at) {
    if (chars[at] == '"') {
      return doubleQuoted(at);
    }
    return plain(at);
  }

  /** A one-line plain scalar that is not a key; trailing spaces are not part of it. */
  private YamlScalar plain(int start) {
    char first = chars[start];
    if (isIndicator(first)) {
      // "-x", "?x" and ":x" are plain; "- x", "? x" and every other indicator are not.
      boolean plainAnyway = (first == '-' || first == '?' || first == ':')
          && start + 1 < contentEnd && chars[start + 1] != ' ';
      if (!plainAnyway) {
        throw DECLINE;
      }
    }
    if (valueIndicator(start) >= 0) {
      // "a: b: c" is an error, "- a: b" a mapping: neither is a plain scalar
      throw DECLINE;
    }
    int valueEnd = contentEnd;
    while (chars[valueEnd - 1] == ' ') {
      valueEnd--;
    }
    return scalar(text.substring(start, valueEnd), ScalarStyle.PLAIN, start, valueEnd);
  }

  /**
   * The {@code ':'} followed by a space or the line end at or after {@code from} on the current
   * line, or -1. Declines on a comment ({@code " #"}), whose warning is the general path's.
   */
  private int valueIndicator(int from) {
    char[] chars = this.chars;
    int contentEnd = this.contentEnd;
    for (int i = from; i < contentEnd; i++) {
      char c = chars[i];
      if (c == ':' && (i + 1 == contentEnd || chars[i + 1] == ' ')) {
        return i;
      }
      if (c == '#' && i > from && chars[i - 1] == ' ') {
        throw DECLINE;
      }
    }
    return -1;
  }

  /**
   * A double-quoted scalar that ends on its line, followed by nothing but spaces. Three quarters
   * of real front matter is double-quoted text, so its end is found with {@code String.indexOf},
   * a vectorised intrinsic, rather than a loop over its characters (with that loop, the scan of
   * the news corpus took twice as long); the characters between escapes are copied, not read.
   */
  private YamlScalar doubleQuoted(int open) {
    StringBuilder value = null;
    int run = open + 1;
    int i = open + 1;
    while (true) {
      int quote = text.indexOf('"', i);
      if (quote < 0 || quote >= contentEnd) {
        // a multi-line or unclosed quoted scalar
        throw DECLINE;
      }
      int backslash = backslashFrom(i);
      if (backslash > quote) {
        i = quote;
        break;
      }
      // an escape, which may be the \" before the quote just found
      if (value == null) {
        value = new StringBuilder(contentEnd - open);
      }
      value.append(chars, run, backslash - run);
      char escape = chars[backslash + 1];
      int hexDigits = escape == 'x' ? 2 : escape == 'u' ? 4 : 0;
      if (hexDigits > 0) {
        value.append((char) hex(backslash + 2, hexDigits));
        i = backslash + 2 + hexDigits;
      } else {
        value.append(escaped(escape));
        i = backslash + 2;
      }
      run = i;
    }
    int close = i;
    if (skipSpaces(close + 1) != contentEnd) {
      // a quoted key, or something after the value
      throw DECLINE;
    }
    String content = value == null ? text.substring(open + 1, close)
        : value.append(chars, run, close - run).toString();
    return scalar(content, ScalarStyle.DOUBLE_QUOTED, open, close + 1);
  }

  /**
   * The offset of the first backslash at or after {@code from}, or {@code Integer.MAX_VALUE}.
   * Remembered: the scan only moves forward and backslashes are rare, so the text is searched
   * about once in all, not once per quoted scalar.
   */
  private int backslashFrom(int from) {
    if (nextBackslash < from) {
      int found = text.indexOf('\\', from);
      nextBackslash = found < 0 ? Integer.MAX_VALUE : found;
    }
    return nextBackslash;
  }

  /** The replacement of a one-character escape, as snakeyaml-engine reads it. */
  private static char escaped(char escape) {
    return switch (escape) {
      case '"', '\\', '/', ' ' -> escape;
      case '0' -> '\0';
      case 'a' -> '\u0007';
      case 'b' -> '\b';
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'v' -> '\u000B';
      case 'f' -> '\f';
      case 'r' -> '\r';
      case 'e' -> '\u001B';
      case 'N' -> '\u0085';
      case '_' -> '\u00A0';
      // \U; \L and \P, which snakeyaml-engine 3.2 does not know; an escaped tab or line
      // break; no escape at all
      default -> throw DECLINE;
    };
  }

  private int hex(int from, int digits) {
    if (from + digits > contentEnd) {
      throw DECLINE;
    }
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      int digit = Character.digit(chars[i], 16);
      if (digit < 0 || chars[i] > 'f') {
        throw DECLINE;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private YamlScalar scalar(String value, ScalarStyle style, int start, int end) {
    return scalar(value, style, position(start), position(end));
  }

  private YamlScalar scalar(String value, ScalarStyle style, SourcePosition at) {
    return scalar(value, style, at, at);
  }

  private YamlScalar scalar(String value, ScalarStyle style, SourcePosition start,
      SourcePosition end) {
    if (value.length() > settings.maxScalarLength()) {
      throw DECLINE;
    }
    countNode();
    ScalarType type = style == ScalarStyle.PLAIN ? ScalarTypes.resolvePlain(value)
        : ScalarType.STRING;
    return new YamlScalar(value, style, type, start, end);
  }

  private void startCollection(int depth) {
    if (depth > maxDepth) {
      throw DECLINE;
    }
    countNode();
  }

  private void countNode() {
    if (++nodes > settings.maxNodes()) {
      throw DECLINE;
    }
  }

  /** Whether the current line holds a {@code '-'} item indicator at its indentation. */
  private boolean isSequenceEntry() {
    int dash = lineStart + indent;
    return chars[dash] == '-' && (dash + 1 == contentEnd || chars[dash + 1] == ' ');
  }

  private int skipSpaces(int from) {
    char[] chars = this.chars;
    int contentEnd = this.contentEnd;
    int i = from;
    while (i < contentEnd && chars[i] == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Moves to the next line that holds more than spaces; at the end of the YAML, indent is -1.
   * Declines on a comment line.
   */
  private void nextLine() {
    char[] chars = this.chars;
    int at = nextLineStart;
    while (at < end) {
      // the YAML ends with a line feed (the closing line follows it), so every line has one
      int newline = newlines[nextNewline++];
      int lineEnd = chars[newline - 1] == '\r' ? newline - 1 : newline;
      int first = at;
      while (first < lineEnd && chars[first] == ' ') {
        first++;
      }
      int number = nextLineNumber++;
      nextLineStart = newline + 1;
      if (first < lineEnd) {
        // (no line starts with a document marker: checkCharacters declined them)
        if (chars[first] == '#') {
          throw DECLINE;
        }
        lineStart = at;
        lineNumber = number;
        contentEnd = lineEnd;
        indent = first - at;
        indentPosition = null;
        return;
      }
      at = nextLineStart;
    }
    lineStart = end;
    lineNumber = nextLineNumber;
    contentEnd = end;
    indent = -1;
    indentPosition = null;
  }

  /**
   * Where the token after a collection starts, which is where YAML ends the collection: the
   * first character of the current line, or the end of the YAML.
   */
  private SourcePosition nextTokenPosition() {
    return indent < 0 ? new SourcePosition(lineNumber, 1, end) : position(lineStart + indent);
  }

  /** The position of an offset on the current line. */
  private SourcePosition position(int offset) {
    if (offset == lineStart + indent) {
      // The first token of a line starts a key or item, often a collection, and ends the
      // collections before it: one object for all of them.
      if (indentPosition == null) {
        indentPosition = newPosition(offset);
      }
      return indentPosition;
    }
    return newPosition(offset);
  }

  private SourcePosition newPosition(int offset) {
    int column = bmpOnly ? offset - lineStart : text.codePointCount(lineStart, offset);
    return new SourcePosition(lineNumber, column + 1, offset);
  }
}
