package org.frontmatter4j.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.SourcePosition;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds the front-matter tree from snakeyaml-engine's parser events. Working on events rather
 * than snakeyaml's composed {@code Node} tree is cheaper, and lets us check depth, size, keys,
 * tags and anchors as we go, with an explicit stack that cannot overflow.
 */
final class TreeBuilder {
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  /**
   * Above this many entries a mapping checks duplicate keys with a hash map. Below it, comparing
   * with an array of the key texts is cheaper than hashing them, and real front matter has at
   * most about twenty keys.
   */
  private static final int LINEAR_KEY_CHECK = 32;
  /** From this many characters on, the front matter gets a read window of its own size. */
  private static final int LONG_FRONT_MATTER = 64 * 1024;
  private static final Pattern LONG_ESCAPE = Pattern.compile("\\\\U([0-9A-Fa-f]{8})");

  private final ParseSettings settings;
  private final LoadSettings load;
  private final String sourceName;
  private final String text;
  private final int frontMatterOffset;
  /** The 1-based line the YAML starts on: 2 in front matter, 1 in a YAML file of its own. */
  private final int firstLine;
  private final String yaml;
  private final boolean bmpOnly;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private int cursorCodePoint;
  private int cursorChar;
  private long nodes;
  private int aliases;
  private YamlNode root;
  /** Where the last event ended: a scanner error without a mark lies after it. */
  private Mark lastEnd;
  /** Problems that do not stop reading; null until the first. */
  private List<Problem> warnings;

  TreeBuilder(ParseSettings settings, LoadSettings load, String sourceName, String text,
      int frontMatterOffset, int frontMatterEnd, int firstLine) {
    this.settings = settings;
    this.load = load;
    this.sourceName = sourceName;
    this.text = text;
    this.frontMatterOffset = frontMatterOffset;
    this.firstLine = firstLine;
    this.yaml = text.substring(frontMatterOffset, frontMatterEnd);
    // O(1) for Latin-1 text, the common case, where a scan for surrogates showed in profiles.
    this.bmpOnly = yaml.codePointCount(0, yaml.length()) == yaml.length();
  }

  YamlMapping build() {
    // snakeyaml-engine re-copies its read window (1 KiB by default) for every chunk of a long
    // token, which made a 1 MB value take 3 s; front matter longer than the shared settings'
    // window gets settings whose window holds all of it (rare: real front matter is ~2 KB).
    LoadSettings settingsForThis = yaml.length() < LONG_FRONT_MATTER ? load
        : LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setMaxAliasesForCollections(Math.max(settings.maxAliases(), 1))
            .setAllowDuplicateKeys(true)
            .setParseComments(false)
            .setBufferSize(yaml.length() + 1)
            .build();
    ParserImpl parser = new ParserImpl(settingsForThis, new StreamReader(settingsForThis, yaml));
    try {
      consume(parser);
    } catch (MarkedYamlEngineException e) {
      throw syntaxError(e);
    } catch (ReaderException e) {
      throw failAtCodePoint(e.getPosition(), Rules.SYNTAX,
          "character " + String.format("U+%04X", e.getCodePoint())
              + " is not allowed in YAML; remove it or write it as an escape in a double-quoted string");
    } catch (YamlEngineException e) {
      throw failAtChar(0, Rules.SYNTAX, "YAML error: " + e.getMessage());
    }
    if (root == null) {
      // Nothing but blank lines and comments: a page without variables, as Jekyll and Hugo read
      // it. The empty mapping sits where the YAML ends, so that added keys go there.
      SourcePosition end = endOfYaml();
      return new YamlMapping(List.of(), false, end, end);
    }
    if (!(root instanceof YamlMapping mapping)) {
      throw fail(root.start(), "", Rules.NOT_MAPPING, "the front matter must be a mapping of"
          + " 'key: value' lines, but it is " + describe(root));
    }
    return mapping;
  }

  /** The warnings found while building, in source order. */
  List<Problem> warnings() {
    return warnings == null ? List.of() : warnings;
  }

  private void consume(ParserImpl parser) {
    int documents = 0;
    for (Event event = next(parser); event != null; event = next(parser)) {
      lastEnd = event.getEndMark().orElse(lastEnd);
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw fail(position(event.getStartMark()), "", Rules.MULTIPLE_DOCUMENTS,
                "a second YAML document starts here; front matter holds exactly one");
          }
        }
        case Scalar -> scalar((ScalarEvent) event);
        case MappingStart, SequenceStart -> startCollection((CollectionStartEvent) event);
        case MappingEnd, SequenceEnd -> endCollection(event);
        case Alias -> alias((AliasEvent) event);
        default -> {
          // StreamStart, StreamEnd, DocumentEnd and comments carry nothing for the tree.
        }
      }
    }
  }

  private Event next(ParserImpl parser) {
    try {
      return parser.hasNext() ? parser.next() : null;
    } catch (NumberFormatException e) {
      // snakeyaml-engine 3.2 reads the 8 hex digits of a \U escape with Integer.parseInt, which
      // throws this instead of a syntax error from \U80000000 up.
      throw escapeTooLarge();
    }
  }

  /** The first \U escape after the last event that is too large for an int. */
  private FrontMatterException escapeTooLarge() {
    int from = lastEnd == null ? 0 : yaml.offsetByCodePoints(0, lastEnd.getIndex());
    Matcher escape = LONG_ESCAPE.matcher(yaml);
    for (int at = from; escape.find(at); at = escape.end()) {
      if (Long.parseLong(escape.group(1), 16) > Integer.MAX_VALUE) {
        return failAtChar(escape.start(1), Rules.SYNTAX, "'\\U" + escape.group(1) + "' is not"
            + " a character, Unicode ends at \\U0010FFFF: if the backslash is text, write it"
            + " twice, or put the value in single quotes");
      }
    }
    return failAtChar(from, Rules.SYNTAX, "an escape sequence in a double-quoted value is too"
        + " large: Unicode ends at \\U0010FFFF");
  }

  private void scalar(ScalarEvent event) {
    SourcePosition start = position(event.getStartMark());
    checkAnchor(event, start);
    String value = event.getValue();
    if (value.length() > settings.maxScalarLength()) {
      throw fail(start, childPath(), Rules.LIMIT_SCALAR, "this value is " + value.length()
          + " characters long, more than the limit of " + settings.maxScalarLength()
          + " (maxScalarLength)");
    }
    ScalarStyle style = style(event);
    ScalarType type = style == ScalarStyle.PLAIN ? ScalarTypes.resolvePlain(value) : ScalarType.STRING;
    if (event.getTag().isPresent() && !event.getImplicit().canOmitTagInPlainScalar()
        && !event.getImplicit().canOmitTagInNonPlainScalar()) {
      type = taggedScalarType(event.getTag().get(), value, start);
    }
    countNodes(1, start);
    YamlScalar scalar = new YamlScalar(value, style, type, start, position(event.getEndMark()));
    if (style == ScalarStyle.PLAIN) {
      PlainValueWarnings.check(this, scalar);
    }
    if (event.getAnchor().isPresent()) {
      anchors.put(event.getAnchor().get().getValue(), new Anchored(scalar, 1));
    }
    add(scalar, 1);
  }

  private void startCollection(CollectionStartEvent event) {
    SourcePosition start = position(event.getStartMark());
    Frame parent = stack.peek();
    if (parent != null && parent.mapping && parent.pendingKey == null) {
      throw fail(start, childPath(), Rules.COMPLEX_KEY, "a key must be a plain string, not a "
          + (event.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence")
          + "; is a ':' or '-' out of place?");
    }
    checkAnchor(event, start);
    if (event.getTag().isPresent() && !event.isImplicit()) {
      checkCollectionTag(event, start);
    }
    if (stack.size() >= settings.maxDepth()) {
      throw fail(start, childPath(), Rules.LIMIT_DEPTH, "nesting is deeper than "
          + settings.maxDepth() + " levels (maxDepth)");
    }
    countNodes(1, start);
    stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, event.isFlow(), start,
        parent, event.getAnchor().isPresent() ? event.getAnchor().get().getValue() : null));
  }

  private void endCollection(Event event) {
    Frame frame = stack.pop();
    SourcePosition end = position(event.getEndMark());
    YamlNode node = frame.mapping
        ? new YamlMapping(frame.entries, frame.flow, frame.start, end)
        : new YamlSequence(frame.items, frame.flow, frame.start, end);
    if (frame.anchor != null) {
      anchors.put(frame.anchor, new Anchored(node, frame.size + 1));
    }
    add(node, frame.size + 1);
  }

  private void alias(AliasEvent event) {
    SourcePosition start = position(event.getStartMark());
    String name = event.getAlias().getValue();
    if (!settings.allowAnchorsAndAliases()) {
      throw fail(start, childPath(), Rules.ANCHOR, "aliases (*" + name + ") are not allowed;"
          + " write the value out, or enable allowAnchorsAndAliases; if '*" + name + "' is text,"
          + " put the " + describeParent() + " in double quotes");
    }
    if (++aliases > settings.maxAliases()) {
      throw fail(start, childPath(), Rules.LIMIT_ALIASES, "more than " + settings.maxAliases()
          + " aliases (maxAliases)");
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw fail(start, childPath(), Rules.ANCHOR, "alias *" + name + " refers to an anchor &" + name
          + " that is not defined before it (or is still open: recursive structures are not allowed)");
    }
    Frame parent = stack.peek();
    if (parent != null && parent.mapping && parent.pendingKey == null) {
      throw fail(start, childPath(), Rules.COMPLEX_KEY,
          "a key must be a plain string, not an alias");
    }
    countNodes(target.size, start);
    add(target.node, target.size);
  }

  private void add(YamlNode node, long size) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = node;
      return;
    }
    parent.size += size;
    if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.pendingKey == null) {
      parent.pendingKey = key((YamlScalar) node, parent);
    } else {
      parent.entries.add(new YamlEntry(parent.pendingKey, node));
      parent.pendingKey = null;
    }
  }

  private YamlScalar key(YamlScalar key, Frame mapping) {
    if (key.value().isEmpty()) {
      throw fail(key.start(), mapping.path(), Rules.SYNTAX, "a key must not be empty");
    }
    YamlScalar first = mapping.firstWithKey(key.value());
    if (first != null) {
      // A list item's first key again is most often the next item without its '- '.
      boolean nextItem = !mapping.flow && mapping.parent != null && !mapping.parent.mapping
          && mapping.entries.get(0).key() == first;
      throw fail(key.start(), join(mapping.path(), key.value()), Rules.DUPLICATE_KEY,
          "duplicate key '" + key.value() + "': it is first defined on line "
              + first.start().line() + "; remove one of them"
              + (nextItem ? ", or write '- ' before it if it starts the next list item" : ""));
    }
    checkInvisible(key, mapping);
    if (!mapping.flow && key.style() == ScalarStyle.PLAIN) {
      PlainValueWarnings.checkSpaceBeforeColon(this, key, join(mapping.path(), key.value()));
    }
    mapping.rememberKey(key);
    return key;
  }

  /**
   * A byte order mark or a zero-width character typed into a key: invisible in an editor, and
   * the key then matches no name ("unknown key 'title'" next to a visible 'title'). Written as an
   * escape in double quotes it is visible, and meant.
   */
  private void checkInvisible(YamlScalar key, Frame mapping) {
    String name = key.value();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\u00AD' && Invisibles.name(c) != null) {
        int at = text.indexOf(c, key.start().offset());
        if (at < 0 || at >= key.end().offset()) {
          continue; // written as an escape in double quotes: visible, so meant
        }
        String visible = Invisibles.strip(name);
        throw new FrontMatterException(DocumentParser.problem(sourceName, text,
            at, join(mapping.path(), visible), Rules.SYNTAX,
            "the key '" + visible + "' contains an invisible " + Invisibles.name(c)
                + String.format(" (U+%04X)", (int) c) + " here: delete it"));
      }
    }
  }

  /** How a problem names the node the current event starts: "value of 'title'", "list item". */
  String describeParent() {
    Frame parent = stack.peek();
    if (parent == null) {
      return "value";
    }
    return parent.mapping ? "value of '" + childPath() + "'" : "list item";
  }

  /** Whether the scalar being built is a key (the parent mapping waits for one). */
  boolean startsKey() {
    Frame parent = stack.peek();
    return parent != null && parent.mapping && parent.pendingKey == null;
  }

  /** Records a warning at a char offset of the file. */
  void warn(int offset, String path, String rule, String message) {
    if (warnings == null) {
      warnings = new ArrayList<>(2);
    }
    Problem problem = DocumentParser.problem(sourceName, text, offset, path, rule, message);
    warnings.add(new Problem(problem.sourceName(), problem.line(), problem.column(),
        problem.propertyPath(), rule, Severity.WARNING, message, problem.snippet()));
  }

  /** The whole file's text: warnings look at what follows a value. */
  String text() {
    return text;
  }

  /**
   * The property path of the node the current event starts. Paths are built only for problems:
   * building one per node was a measurable share of parsing.
   */
  String childPath() {
    Frame parent = stack.peek();
    if (parent == null) {
      return "";
    }
    if (!parent.mapping) {
      return index(parent.path(), parent.items.size());
    }
    if (parent.pendingKey == null) {
      return parent.path();
    }
    return join(parent.path(), parent.pendingKey.value());
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  private void checkAnchor(NodeEvent event, SourcePosition start) {
    if (event.getAnchor().isPresent() && !settings.allowAnchorsAndAliases()) {
      String name = event.getAnchor().get().getValue();
      throw fail(start, childPath(), Rules.ANCHOR, "anchors (&" + name + ") are not allowed;"
          + " write the value out, or enable allowAnchorsAndAliases; if '&" + name + "' is text,"
          + " put the " + describeParent() + " in double quotes");
    }
  }

  private ScalarType taggedScalarType(String tag, String value, SourcePosition start) {
    if (!settings.allowTags() && !tag.startsWith(YAML_TAG_PREFIX)) {
      // '!' alone or '!word': far more often the first word of a text than a tag.
      throw fail(start, childPath(), Rules.TAG, "explicit tags (" + tag + ") are not allowed: if '"
          + tag + "' is part of the text, put the " + describeParent() + " in double quotes;"
          + " otherwise remove the tag, front matter holds plain data");
    }
    if (!settings.allowTags()) {
      throw fail(start, childPath(), Rules.TAG, "explicit tags (" + shortTag(tag) + ") are not allowed;"
          + " remove the tag, front matter holds plain data");
    }
    ScalarType plain = ScalarTypes.resolvePlain(value);
    ScalarType wanted = switch (tag) {
      case YAML_TAG_PREFIX + "str", "!" -> ScalarType.STRING;
      case YAML_TAG_PREFIX + "int" -> ScalarType.INTEGER;
      case YAML_TAG_PREFIX + "float" -> plain == ScalarType.INTEGER ? plain : ScalarType.FLOAT;
      case YAML_TAG_PREFIX + "bool" -> ScalarType.BOOLEAN;
      case YAML_TAG_PREFIX + "null" -> ScalarType.NULL;
      default -> throw fail(start, childPath(), Rules.TAG, "unknown tag " + shortTag(tag)
          + "; only the standard tags !!str, !!int, !!float, !!bool and !!null are allowed");
    };
    if (wanted != ScalarType.STRING && wanted != plain) {
      throw fail(start, childPath(), Rules.TAG, "'" + value + "' is not a valid " + shortTag(tag));
    }
    return wanted;
  }

  private void checkCollectionTag(CollectionStartEvent event, SourcePosition start) {
    String tag = event.getTag().get();
    if (!settings.allowTags()) {
      throw fail(start, childPath(), Rules.TAG, "explicit tags (" + shortTag(tag) + ") are not allowed;"
          + " remove the tag, front matter holds plain data");
    }
    String expected = YAML_TAG_PREFIX + (event.getEventId() == Event.ID.MappingStart ? "map" : "seq");
    if (!tag.equals(expected)) {
      throw fail(start, childPath(), Rules.TAG, "unknown tag " + shortTag(tag)
          + "; only the standard tags !!map and !!seq are allowed on collections");
    }
  }

  private void countNodes(long count, SourcePosition start) {
    nodes += count;
    if (nodes > settings.maxNodes()) {
      throw fail(start, childPath(), Rules.LIMIT_NODES, "the front matter has more than "
          + settings.maxNodes() + " values (maxNodes)");
    }
  }

  private static String shortTag(String tag) {
    return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
  }

  private static ScalarStyle style(ScalarEvent event) {
    return switch (event.getScalarStyle()) {
      case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
      case LITERAL -> ScalarStyle.LITERAL;
      case FOLDED -> ScalarStyle.FOLDED;
      default -> ScalarStyle.PLAIN;
    };
  }

  private static String describe(YamlNode node) {
    if (node instanceof YamlSequence) {
      return "a sequence";
    }
    YamlScalar scalar = (YamlScalar) node;
    return scalar.type() == ScalarType.NULL ? "null" : "the scalar '" + scalar.value() + "'";
  }

  private FrontMatterException syntaxError(MarkedYamlEngineException e) {
    SyntaxDiagnosis.Diagnosis diagnosis = SyntaxDiagnosis.diagnose(yaml, firstLine, e);
    return failAtChar(diagnosis.offset(), Rules.SYNTAX, diagnosis.message());
  }

  private FrontMatterException failAtCodePoint(int codePointIndex, String rule, String message) {
    int index = Math.max(0, Math.min(codePointIndex, yaml.codePointCount(0, yaml.length())));
    return failAtChar(yaml.offsetByCodePoints(0, index), rule, message);
  }

  private FrontMatterException failAtChar(int yamlChar, String rule, String message) {
    return DocumentParser.error(sourceName, text, frontMatterOffset + yamlChar, rule, message);
  }

  private FrontMatterException fail(SourcePosition at, String path, String rule, String message) {
    return new FrontMatterException(DocumentParser.problem(sourceName, text, at.offset(), path,
        rule, message));
  }

  private SourcePosition position(Optional<Mark> mark) {
    return mark.isPresent() ? position(mark.get()) : SourcePosition.START;
  }

  /** Where the YAML text ends: the start of the closing line, in front matter. */
  private SourcePosition endOfYaml() {
    int lineStart = yaml.lastIndexOf('\n', yaml.length() - 1) + 1;
    int line = firstLine + (int) yaml.chars().filter(c -> c == '\n').count();
    return new SourcePosition(line, yaml.codePointCount(lineStart, yaml.length()) + 1,
        frontMatterOffset + yaml.length());
  }

  /** Marks are 0-based and relative to the YAML text, which starts on line {@link #firstLine}. */
  private SourcePosition position(Mark mark) {
    return new SourcePosition(mark.getLine() + firstLine, mark.getColumn() + 1,
        frontMatterOffset + charIndex(mark.getIndex()));
  }

  /** Marks count code points; offsets count chars. The two differ only after a surrogate pair. */
  private int charIndex(int codePointIndex) {
    if (bmpOnly) {
      return codePointIndex;
    }
    cursorChar = yaml.offsetByCodePoints(cursorChar, codePointIndex - cursorCodePoint);
    cursorCodePoint = codePointIndex;
    return cursorChar;
  }

  private record Anchored(YamlNode node, long size) {}

  /** A collection being built. */
  private static final class Frame {
    final boolean mapping;
    final boolean flow;
    final SourcePosition start;
    final String anchor;
    final List<YamlEntry> entries;
    final List<YamlNode> items;
    /** The enclosing collection, null at the root; with the two below, how to build the path. */
    private final Frame parent;
    private final String keyInParent;
    private final int indexInParent;
    private String path;
    YamlScalar pendingKey;
    /** The texts of the first keys, in entry order, until {@link #keyIndex} takes over. */
    private String[] keys;
    private int keyCount;
    Map<String, YamlScalar> keyIndex;
    long size;

    /** {@code parent} is the collection on top of the stack when this one starts, or null. */
    Frame(boolean mapping, boolean flow, SourcePosition start, Frame parent, String anchor) {
      this.mapping = mapping;
      this.flow = flow;
      this.start = start;
      this.anchor = anchor;
      this.entries = mapping ? new ArrayList<>() : List.of();
      this.items = mapping ? List.of() : new ArrayList<>();
      this.parent = parent;
      this.keyInParent = parent != null && parent.mapping ? parent.pendingKey.value() : null;
      this.indexInParent = parent != null && !parent.mapping ? parent.items.size() : -1;
    }

    /** This collection's property path, built on first use: only problems need it. */
    String path() {
      if (path == null) {
        path = parent == null ? ""
            : keyInParent != null ? join(parent.path(), keyInParent)
            : index(parent.path(), indexInParent);
      }
      return path;
    }

    /** The earlier key with this text; every earlier key already has its entry. */
    YamlScalar firstWithKey(String key) {
      if (keyIndex != null) {
        return keyIndex.get(key);
      }
      for (int i = 0; i < keyCount; i++) {
        if (keys[i].equals(key)) {
          return entries.get(i).key();
        }
      }
      return null;
    }

    void rememberKey(YamlScalar key) {
      if (keyIndex == null && keyCount >= LINEAR_KEY_CHECK) {
        keyIndex = new HashMap<>();
        for (YamlEntry entry : entries) {
          keyIndex.put(entry.name(), entry.key());
        }
        keys = null;
      }
      if (keyIndex != null) {
        keyIndex.put(key.value(), key);
        return;
      }
      if (keys == null) {
        keys = new String[8];
      } else if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
      }
      keys[keyCount++] = key.value();
    }
  }
}
