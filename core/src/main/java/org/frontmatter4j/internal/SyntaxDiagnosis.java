package org.frontmatter4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns a snakeyaml-engine failure into what the author did and how to fix it, in their terms,
 * at the place the fix goes. The parser's own words ({@code expected <block end>, but found
 * '<scalar>'}) describe its state, not the mistake, and often point a line too late: this class
 * looks at the line, the value's first character, the quotes and the indentation of the
 * neighbouring lines instead, and uses snakeyaml's message only when nothing here recognises the
 * mistake, and then without its jargon.
 *
 * <p>Only the failure path runs this: a file that parses never pays for it.
 */
final class SyntaxDiagnosis {
  /** Characters that may not start a plain value, with what YAML takes them for. */
  private static final String RESERVED = "@`%";
  /** A key written with no space after its colon: {@code type:article}. */
  private static final Pattern NO_SPACE_AFTER_COLON =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):([^\\s/:][^\\s]*.*)");
  /** A block scalar header: {@code |}, {@code >-}, {@code |2+}, with an optional comment. */
  private static final Pattern BLOCK_HEADER = Pattern.compile("[|>][-+1-9]{0,2}\\s*(#.*)?");
  /** Escapes YAML allows after a backslash in double quotes. */
  private static final String ESCAPES = "0abt\tnvfre \"/\\N_LPxuU";
  /** Parser vocabulary, removed from a fallback message. */
  private static final Pattern CHARACTER_CODE = Pattern.compile("(.)\\s*\\(\\d+\\)");
  private static final Pattern FOUND_CHARACTER =
      Pattern.compile("found character '(.+?)' that cannot start any token");
  private static final Pattern DO_NOT_USE = Pattern.compile("\\s*\\(Do not use .*? for indentation\\)");

  /** What went wrong, at a char offset of the front matter. */
  record Diagnosis(int offset, String message) {}

  private final String yaml;
  private final List<Line> lines;
  private final String problem;
  private final String context;
  private final int problemOffset;
  private final int contextOffset;

  private SyntaxDiagnosis(String yaml, int firstLine, MarkedYamlEngineException failure) {
    this.yaml = yaml;
    this.lines = Line.split(yaml, firstLine);
    this.problem = failure.getProblem() == null ? "" : failure.getProblem();
    this.context = failure.getContext() == null ? "" : failure.getContext();
    this.problemOffset = offset(failure.getProblemMark());
    this.contextOffset = offset(failure.getContextMark());
  }

  /**
   * What the author did wrong, for a failure of snakeyaml-engine on {@code yaml}: the front
   * matter between the delimiter lines, which starts on line {@code firstLine} of its file, or a
   * whole YAML file.
   */
  static Diagnosis diagnose(String yaml, int firstLine, MarkedYamlEngineException failure) {
    SyntaxDiagnosis diagnosis = new SyntaxDiagnosis(yaml, firstLine, failure);
    try {
      return diagnosis.diagnose();
    } catch (RuntimeException e) {
      // Reading a broken file as a person would is guesswork over any text at all: should a
      // guess trip over its own feet, the author still gets the parser's words, never a crash.
      // SyntaxDiagnosisPropertyTest calls diagnoseStrictly, where such a slip fails the test.
      return diagnosis.fallback(Math.max(diagnosis.problemOffset, 0));
    }
  }

  /** {@link #diagnose}, letting any slip of the diagnosis through: for tests. */
  static Diagnosis diagnoseStrictly(String yaml, int firstLine,
      MarkedYamlEngineException failure) {
    return new SyntaxDiagnosis(yaml, firstLine, failure).diagnose();
  }

  private Diagnosis diagnose() {
    int failureOffset = problemOffset >= 0 ? problemOffset : Math.max(contextOffset, 0);
    if (problem.contains("(TAB)")) {
      return new Diagnosis(failureOffset,
          "a tab character here; indent with spaces, YAML does not allow tabs");
    }
    Line failureLine = lineAt(failureOffset);
    Diagnosis quotes = quotes(failureLine.number);
    if (quotes != null) {
      return quotes;
    }
    Diagnosis bracket = unclosedBracket(failureLine.number);
    if (bracket != null) {
      return bracket;
    }
    Line culprit = culprit(failureLine);
    Diagnosis found = valueStart(culprit);
    if (found == null) {
      found = colonInValue(culprit);
    }
    if (found == null && context.equals("while scanning a simple key")) {
      found = notKeyValue(culprit);
    }
    if (found == null && problem.equals("mapping values are not allowed here")) {
      found = keyAfterLineWithoutKey(failureLine);
    }
    if (found == null) {
      found = underFinishedValue(failureLine);
    }
    if (found == null) {
      found = indentation(failureLine);
    }
    return found != null ? found : fallback(failureOffset);
  }

  /**
   * The line snakeyaml names as where the construct it was reading began, when that is what the
   * author got wrong (a key without its colon, an unclosed bracket, an alias), else the line it
   * failed on.
   */
  private Line culprit(Line failureLine) {
    boolean startsTheMistake = context.equals("while scanning a simple key")
        || context.startsWith("while parsing a flow")
        || context.equals("while scanning an alias") || context.equals("while scanning an anchor")
        || context.equals("while scanning a block scalar") || context.equals("while scanning a tag");
    return startsTheMistake && contextOffset >= 0 ? lineAt(contextOffset) : failureLine;
  }

  // ---- quotes -------------------------------------------------------------------------------

  /**
   * Follows every quoted value from the top to the failing line: the first one that is never
   * closed, closed with text after it, or has an escape YAML does not know is the mistake. This
   * finds a missing closing quote on its own line, where the parser fails lines later.
   */
  private Diagnosis quotes(int lastLine) {
    int number = 0;
    while (number < lines.size() && number <= lastLine) {
      Line line = lines.get(number);
      int value = line.valueStart;
      if (value < 0 || !(line.charAt(yaml, value) == '"' || line.charAt(yaml, value) == '\'')) {
        number++;
        continue;
      }
      char quote = yaml.charAt(value);
      int close = closingQuote(quote, value + 1);
      if (close == -2) {
        return badEscape(line, value);
      }
      Line closeLine = close < 0 ? null : lineAt(close);
      boolean textAfter = close >= 0 && !restIsEmpty(close + 1, closeLine);
      if (close >= 0 && closeLine.number == line.number) {
        if (textAfter) {
          return innerQuote(line, value, close);
        }
        number++;
        continue;
      }
      if (close < 0 || textAfter) {
        return unclosed(line, value, quote);
      }
      number = closeLine.number + 1;
    }
    return null;
  }

  /** Offset of the quote that closes a quoted value, -1 when none does, -2 for a bad escape. */
  private int closingQuote(char quote, int from) {
    for (int i = from; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (quote == '\'' && c == '\'') {
        if (i + 1 < yaml.length() && yaml.charAt(i + 1) == '\'') {
          i++;
          continue;
        }
        return i;
      }
      if (quote == '"' && c == '\\') {
        if (i + 1 >= yaml.length()) {
          return -1;
        }
        char escaped = yaml.charAt(i + 1);
        if (ESCAPES.indexOf(escaped) < 0 && escaped != '\r' && escaped != '\n') {
          return -2;
        }
        if ((escaped == 'x' || escaped == 'u' || escaped == 'U')
            && !hexDigits(i + 2, escaped == 'x' ? 2 : escaped == 'u' ? 4 : 8)) {
          return -2;
        }
        i++;
        continue;
      }
      if (quote == '"' && c == '"') {
        return i;
      }
    }
    return -1;
  }

  private boolean hexDigits(int from, int count) {
    if (from + count > yaml.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(yaml.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing but spaces, a comment, or a ':' (the value was a key) follows. */
  private boolean restIsEmpty(int from, Line line) {
    int i = from;
    while (i < line.end && (yaml.charAt(i) == ' ' || yaml.charAt(i) == '\t')) {
      i++;
    }
    return i == line.end || yaml.charAt(i) == ':' || yaml.charAt(i) == ','
        || yaml.charAt(i) == ']' || yaml.charAt(i) == '}'
        || (yaml.charAt(i) == '#' && i > from);
  }

  private Diagnosis innerQuote(Line line, int open, int close) {
    String what = describeValue(line);
    if (yaml.charAt(open) == '\'') {
      return new Diagnosis(close, "the apostrophe here ends the single-quoted " + what
          + " early: write it twice ('') or put the value in double quotes instead");
    }
    return new Diagnosis(close, "the double quote here ends the " + what + " early: escape each"
        + " inner quote as \\\" or put the value in single quotes instead");
  }

  private Diagnosis unclosed(Line line, int open, char quote) {
    String what = describeValue(line);
    int end = line.contentEnd(yaml);
    char last = end > open + 1 ? yaml.charAt(end - 1) : 0;
    if (quote == '"' && (last == '\u201D' || last == '\u201C')
        || quote == '\'' && (last == '\u2019' || last == '\u2018')) {
      return new Diagnosis(end - 1, "the " + what + " starts with a straight quote " + quote
          + " but ends with a curly quote " + last + ", which does not close it: end it with a"
          + " straight " + quote + " on line " + line.humanNumber());
    }
    return new Diagnosis(end, "the " + (quote == '"' ? "double" : "single") + " quote that"
        + " starts the " + what + " is never closed: close the quote at the end of line "
        + line.humanNumber());
  }

  private Diagnosis badEscape(Line line, int open) {
    for (int i = open + 1; i < yaml.length(); i++) {
      if (yaml.charAt(i) == '\\') {
        char escaped = yaml.charAt(i + 1);
        boolean hex = escaped == 'x' || escaped == 'u' || escaped == 'U';
        if (ESCAPES.indexOf(escaped) < 0 && escaped != '\r' && escaped != '\n'
            || hex && !hexDigits(i + 2, escaped == 'x' ? 2 : escaped == 'u' ? 4 : 8)) {
          String written = "\\" + escaped;
          String why = hex ? "starts an escape that needs " + (escaped == 'x' ? 2 : escaped == 'u'
              ? 4 : 8) + " hexadecimal digits" : "is not an escape YAML knows";
          return new Diagnosis(i, "'" + written + "' in the double-quoted " + describeValue(line)
              + " " + why + ": write the backslash twice ('\\" + written
              + "'), or put the value in single quotes");
        }
        i++;
      }
    }
    return null;
  }

  // ---- the first character of a value ------------------------------------------------------

  /** A value whose first character YAML reads as something else than text. */
  private Diagnosis valueStart(Line line) {
    if (line.keyStart >= 0 && "]},%@`|>".indexOf(yaml.charAt(line.keyStart)) >= 0) {
      return new Diagnosis(line.keyStart, "a key cannot start with '" + yaml.charAt(line.keyStart)
          + "': remove it, or put the key in double quotes");
    }
    int value = line.valueStart;
    if (value < 0) {
      return null;
    }
    char first = yaml.charAt(value);
    char next = value + 1 < line.end ? yaml.charAt(value + 1) : ' ';
    String what = describeValue(line);
    String quoteIt = ": put the " + what + " in double quotes";
    if (RESERVED.indexOf(first) >= 0) {
      return new Diagnosis(value, "a value cannot start with '" + first + "' (YAML reserves it)"
          + quoteIt);
    }
    switch (first) {
      case '[', '{' -> {
        return flow(line, value, first);
      }
      case '*' -> {
        return new Diagnosis(value, "a value cannot start with '*' (YAML reads it as a reference"
            + " to an anchor)" + quoteIt);
      }
      case '&' -> {
        return new Diagnosis(value, "a value cannot start with '&' (YAML reads it as an anchor"
            + " name)" + quoteIt);
      }
      case '!' -> {
        return new Diagnosis(value, "a value cannot start with '!' (YAML reads it as a tag)"
            + quoteIt);
      }
      case '|', '>' -> {
        if (BLOCK_HEADER.matcher(yaml.substring(value, line.end)).matches()) {
          return null;
        }
        return new Diagnosis(value, "a value cannot start with '" + first + "' followed by text"
            + " (YAML reads '" + first + "' as the start of a block of lines below)" + quoteIt);
      }
      case '?', '-', ':' -> {
        if (next != ' ' && next != '\t') {
          return null;
        }
        String as = first == '-' ? "a list item" : first == '?' ? "a complex key" : "a key";
        return new Diagnosis(value, "a value cannot start with '" + first + " ' on the line of its"
            + " key (YAML reads it as " + as + ")" + quoteIt);
      }
      default -> {
        return null;
      }
    }
  }

  private Diagnosis flow(Line line, int open, char bracket) {
    char closing = bracket == '[' ? ']' : '}';
    String kind = bracket == '[' ? "a list" : "a mapping";
    int depth = 0;
    for (int i = open; i < line.end; i++) {
      char c = yaml.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          if (restIsEmpty(i + 1, line)) {
            return null;
          }
          return new Diagnosis(open, "a value that starts with '" + bracket + "' is read as "
              + kind + ", and text after its '" + closing + "' is not allowed: put the "
              + describeValue(line) + " in double quotes");
        }
      }
    }
    return new Diagnosis(open, "the '" + bracket + "' that starts the " + describeValue(line)
        + " is never closed: if the value is text, put it in double quotes; if it is " + kind
        + ", end it with '" + closing + "' on line " + line.humanNumber());
  }

  /**
   * When the parser ran out of front matter or failed inside brackets: the last value above that
   * opens a '[' or '{' and does not close it on its line.
   */
  private Diagnosis unclosedBracket(int lastLine) {
    if (!context.startsWith("while parsing a flow") && !problem.contains("'<stream end>'")) {
      return null;
    }
    for (int number = Math.min(lastLine, lines.size() - 1); number >= 0; number--) {
      Line line = lines.get(number);
      char first = line.charAt(yaml, line.valueStart);
      if (line.valueStart >= 0 && (first == '[' || first == '{')) {
        return flow(line, line.valueStart, first);
      }
    }
    return null;
  }

  /** A plain value with ': ' inside, which YAML takes for a second key. */
  private Diagnosis colonInValue(Line line) {
    if (!problem.equals("mapping values are not allowed here") || line.valueStart < 0
        || problemOffset <= line.valueStart || problemOffset >= line.end) {
      return null;
    }
    return new Diagnosis(line.valueStart, "the " + describeValue(line) + " contains ': ', which"
        + " YAML reads as the start of another key: put the value in double quotes");
  }

  /**
   * A key on the line after one that has none ({@code type:article}, a stray line of text): YAML
   * reads the two lines as one key and fails at this line's colon. The mistake is the line above.
   */
  private Diagnosis keyAfterLineWithoutKey(Line line) {
    Line previous = previousContent(line.number);
    if (line.keyStart < 0 || previous == null || previous.keyStart >= 0 || previous.isItem()
        || previous.valueStart < 0) {
      return null;
    }
    return notKeyValue(previous);
  }

  /** A line that is neither {@code key: value} nor a list item. */
  private Diagnosis notKeyValue(Line line) {
    if (line.keyStart >= 0 || line.valueStart < 0) {
      return null;
    }
    String content = yaml.substring(line.valueStart, line.contentEnd(yaml));
    Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(content);
    if (noSpace.matches()) {
      return new Diagnosis(line.valueStart + noSpace.end(1) + 1, "add a space after the colon: '"
          + noSpace.group(1) + ": " + noSpace.group(2) + "'");
    }
    Line previous = previousContent(line.number);
    if (previous != null && previous.keyStart >= 0 && previous.valueStart >= 0
        && line.indent <= previous.indent) {
      return new Diagnosis(line.start + line.indent, "this line continues the "
          + describeValue(previous) + " from line " + previous.humanNumber() + ", but YAML reads"
          + " it as a new key without ': ': join it to line " + previous.humanNumber()
          + ", or put the whole value in double quotes");
    }
    return new Diagnosis(line.start + line.indent, "this line is neither 'key: value' nor a"
        + " '- ' list item: add ': ' after the key, or remove the line");
  }

  /**
   * A line indented under a key whose quoted or bracketed value already ended on the key's line:
   * text meant to go on with the value, or a line indented too deep.
   */
  private Diagnosis underFinishedValue(Line line) {
    Line previous = previousContent(line.number);
    if (previous == null || previous.keyStart < 0 || previous.valueStart < 0
        || line.indent <= previous.nodeColumn()) {
      return null;
    }
    char first = yaml.charAt(previous.valueStart);
    if ("\"'[{".indexOf(first) < 0) {
      return null;
    }
    String key = "'" + yaml.substring(previous.keyStart, previous.keyEnd) + "'";
    return new Diagnosis(line.start, "this line is indented under " + key + ", whose value ends"
        + " on line " + previous.humanNumber() + ": if it goes on with the value, move it inside"
        + " the value's " + (first == '[' || first == '{' ? "brackets" : "quotes")
        + "; otherwise indent it like " + key + ", " + spaces(previous.nodeColumn()));
  }

  // ---- indentation --------------------------------------------------------------------------

  /**
   * A key or list item indented unlike its siblings, or a block that mixes '- ' items with keys.
   * The levels a line may start at are those of the lines above it that enclose it.
   */
  private Diagnosis indentation(Line line) {
    int column = line.nodeColumn();
    if (column < 0) {
      return null;
    }
    List<Level> enclosing = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    for (int number = line.number - 1; number >= 0 && limit > 0; number--) {
      Line above = lines.get(number);
      if (above.isItem() && above.keyStart >= 0 && above.keyStart - above.start < limit) {
        limit = above.keyStart - above.start;
        enclosing.add(new Level(limit, above, false));
      }
      if (above.nodeColumn() >= 0 && above.nodeColumn() < limit) {
        limit = above.nodeColumn();
        enclosing.add(new Level(limit, above, above.isItem()));
      }
    }
    if (enclosing.isEmpty()) {
      return null;
    }
    String name = line.describeNode(yaml);
    for (Level level : enclosing) {
      if (level.column == column && level.item != line.isItem()) {
        String others = level.item ? "the '- ' list item on line " + level.line.humanNumber()
            : "'" + level.key(yaml) + "' on line " + level.line.humanNumber();
        return new Diagnosis(line.start + line.indent, name + " is in the same block as "
            + others + ", but a block holds either '- ' list items or 'key: value' lines: "
            + (line.isItem() ? "indent the list under the key it belongs to"
                : "indent it like the key it belongs to, or start it with '- ' if it is a list item"));
      }
      if (level.column == column) {
        return null;
      }
    }
    Level nearest = enclosing.get(0);
    Level sibling = nearest;
    if (column < nearest.column) {
      for (Level level : enclosing) {
        if (level.column > column) {
          sibling = level;
        }
      }
    } else if (nearest.line.valueStart < 0 && !nearest.item) {
      return null;
    }
    String siblingName = sibling.item ? "the list item" : "'" + sibling.key(yaml) + "'";
    String more = column > sibling.column ? "more" : "less";
    return new Diagnosis(line.start, name + " is indented " + spaces(column) + ", " + more
        + " than " + siblingName + " on line " + sibling.line.humanNumber() + ": indent it like "
        + siblingName + ", " + spaces(sibling.column));
  }

  /** A column at which a block starts above the failing line, and the line that starts it. */
  private record Level(int column, Line line, boolean item) {
    String key(String yaml) {
      return yaml.substring(line.keyStart, line.keyEnd);
    }
  }

  private static String spaces(int count) {
    String[] words = {"no spaces", "one space", "two spaces", "three spaces", "four spaces",
        "five spaces", "six spaces", "seven spaces", "eight spaces"};
    return count < words.length ? words[count] : count + " spaces";
  }

  // ---- fallback -----------------------------------------------------------------------------

  /**
   * snakeyaml's own problem when nothing above recognised the mistake: its most frequent
   * problems in plain words, any other without its vocabulary of tokens, states and codes.
   */
  Diagnosis fallback(int offset) {
    char at = offset < yaml.length() ? yaml.charAt(offset) : ' ';
    String plain;
    Matcher character = FOUND_CHARACTER.matcher(problem);
    if (character.lookingAt() && character.group(1).length() == 1
        && Invisibles.name(character.group(1).charAt(0)) != null) {
      char invisible = character.group(1).charAt(0);
      plain = "an invisible " + Invisibles.name(invisible)
          + String.format(" (U+%04X)", (int) invisible) + " here: delete it";
    } else if (character.lookingAt()) {
      String what = character.group(1).equals("\t") ? "a tab" : "'" + character.group(1) + "'";
      plain = what + " cannot start a value or a key (YAML reserves it): put the text in"
          + " double quotes";
    } else if (problem.equals("sequence entries are not allowed here")) {
      plain = "'- ' starts a list item, which cannot stand here: put list items on lines of their"
          + " own, or a value that starts with '- ' in double quotes";
    } else if (problem.equals("mapping keys are not allowed here")) {
      plain = "'? ' starts a complex key, which cannot stand here: put a value that starts with"
          + " '? ' in double quotes";
    } else if (problem.startsWith("expected escape sequence")) {
      plain = "a backslash in double quotes starts an escape: write it twice if it is text, or"
          + " put the value in single quotes";
    } else if (problem.startsWith("expected '<document start>'")) {
      plain = at == '.' || at == '-'
          ? "a line that starts with '...' or '---' ends the YAML here: put a value that starts"
              + " with them in double quotes"
          : "this line cannot follow the one above it: is a ':' or a '- ' out of place?";
    } else if (problem.equals("could not find expected ':'")) {
      plain = "a line here is neither 'key: value' nor a '- ' list item: add ': ' after the key,"
          + " or put the text in double quotes";
    } else if (problem.equals("found unexpected end of stream")) {
      plain = "the front matter ends inside a quoted value: is a closing quote missing?";
    } else if (problem.equals("mapping values are not allowed here")) {
      plain = "YAML does not expect a key here: if the value contains ': ', put it in double"
          + " quotes; otherwise check the indentation of this line";
    } else if (problem.startsWith("expected <block end>")) {
      plain = "YAML expected the block above to end here: check the indentation of this line, and"
          + " put any value with quotes or brackets inside it in double quotes";
    } else if (problem.contains("'<stream end>'")) {
      plain = "the front matter ends inside a value: is a closing ']' or '}' missing?";
    } else if (problem.startsWith("expected the node content")) {
      plain = "a value is missing before '" + at + "': if '" + at + "' is part of a text, put the"
          + " text in double quotes";
    } else if (problem.startsWith("expected ',' or")) {
      char closing = problem.contains("']'") ? ']' : '}';
      plain = "separate the items inside " + (closing == ']' ? "[ ]" : "{ }") + " with ',' and"
          + " end them with '" + closing + "'; if the value is text, put it in double quotes";
    } else if (context.equals("while scanning a tag") || problem.startsWith("expected URI")) {
      plain = "'!' starts a tag here, which YAML cannot read: if it is text, put it in double"
          + " quotes";
    } else if (context.equals("while scanning an alias")
        || context.equals("while scanning an anchor")) {
      plain = "'*' and '&' must be followed by a name here: if they are text, put the value in"
          + " double quotes";
    } else if (context.equals("while scanning a block scalar")) {
      plain = "after '|' or '>' only '-', '+', a digit or a comment may follow on the same line:"
          + " put a value that starts with '|' or '>' in double quotes";
    } else {
      plain = jargonFree(problem);
    }
    return new Diagnosis(offset, "YAML cannot read this: " + plain);
  }

  private static String jargonFree(String problem) {
    String plain = DO_NOT_USE.matcher(problem).replaceAll("");
    plain = CHARACTER_CODE.matcher(plain).replaceAll("'$1'");
    return plain
        .replace("'<block end>'", "the end of the block").replace("<block end>", "the end of the block")
        .replace("'<scalar>'", "a value").replace("'<block mapping start>'", "a key")
        .replace("'<block sequence start>'", "a '- ' list item")
        .replace("'<document start>'", "a '---' line").replace("'<document end>'", "a '...' line")
        .replace("'<flow sequence start>'", "'['").replace("'<flow mapping start>'", "'{'")
        .replace("'<flow sequence end>'", "']'").replace("'<flow mapping end>'", "'}'")
        .replace("'<block entry>'", "'- '").replace("'<flow entry>'", "','")
        .replace("'<key>'", "a key").replace("'<value>'", "':'").replace("'<alias>'", "'*'")
        .replace("'<anchor>'", "'&'").replace("'<tag>'", "'!'")
        .replaceAll("<[a-z ]+>", "something")
        .strip();
  }

  // ---- lines --------------------------------------------------------------------------------

  private String describeValue(Line line) {
    return line.keyStart >= 0 ? "value of '" + yaml.substring(line.keyStart, line.keyEnd) + "'"
        : line.isItem() ? "list item" : "value";
  }

  private Line previousContent(int number) {
    for (int i = number - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (line.nodeColumn() >= 0 || line.valueStart >= 0) {
        return line;
      }
    }
    return null;
  }

  private Line lineAt(int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lines.get(middle).start <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return lines.get(low);
  }

  private int offset(Optional<Mark> mark) {
    if (mark.isEmpty()) {
      return -1;
    }
    int codePoints = yaml.codePointCount(0, yaml.length());
    return yaml.offsetByCodePoints(0, Math.max(0, Math.min(mark.get().getIndex(), codePoints)));
  }

  /**
   * One line of the front matter, read as a person would: its indentation, any '- ' markers,
   * a key before ': ' and where the value starts. Offsets are chars of the front matter.
   */
  private static final class Line {
    final int number;
    /** The file's line number of this line. */
    final int humanNumber;
    final int start;
    /** Where the line ends, before any CR. */
    final int end;
    final int indent;
    /** The last '- ' marker's offset, or -1. */
    int dash = -1;
    int keyStart = -1;
    int keyEnd = -1;
    /** The first character of the value (after '- ' or ': '), or -1 when there is none. */
    int valueStart = -1;

    private Line(int number, int humanNumber, int start, int end, int indent) {
      this.number = number;
      this.humanNumber = humanNumber;
      this.start = start;
      this.end = end;
      this.indent = indent;
    }

    static List<Line> split(String yaml, int firstLine) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (true) {
        int newline = yaml.indexOf('\n', start);
        int end = newline < 0 ? yaml.length() : newline;
        if (end > start && yaml.charAt(end - 1) == '\r') {
          end--;
        }
        lines.add(read(yaml, lines.size(), firstLine + lines.size(), start, end));
        if (newline < 0) {
          return lines;
        }
        start = newline + 1;
      }
    }

    private static Line read(String yaml, int number, int humanNumber, int start, int end) {
      int i = start;
      while (i < end && yaml.charAt(i) == ' ') {
        i++;
      }
      Line line = new Line(number, humanNumber, start, end, i - start);
      while (i < end && yaml.charAt(i) == '-' && (i + 1 == end || isBlank(yaml.charAt(i + 1)))) {
        line.dash = i;
        i++;
        while (i < end && isBlank(yaml.charAt(i))) {
          i++;
        }
      }
      if (i == end || yaml.charAt(i) == '#') {
        return line;
      }
      int colon = keyColon(yaml, i, end);
      if (colon < 0) {
        line.valueStart = i;
        return line;
      }
      int keyEnd = colon;
      while (keyEnd > i && isBlank(yaml.charAt(keyEnd - 1))) {
        keyEnd--;
      }
      line.keyStart = i;
      line.keyEnd = keyEnd;
      int value = colon + 1;
      while (value < end && isBlank(yaml.charAt(value))) {
        value++;
      }
      line.valueStart = value < end && yaml.charAt(value) != '#' ? value : -1;
      return line;
    }

    /** The colon that ends a key on this line: followed by a blank or the line's end. */
    private static int keyColon(String yaml, int from, int end) {
      char first = yaml.charAt(from);
      int i = from;
      if (first == '"' || first == '\'') {
        int close = yaml.indexOf(first, from + 1);
        if (close < 0 || close >= end) {
          return -1;
        }
        i = close + 1;
        while (i < end && isBlank(yaml.charAt(i))) {
          i++;
        }
        return i < end && yaml.charAt(i) == ':' && (i + 1 == end || isBlank(yaml.charAt(i + 1)))
            ? i : -1;
      }
      if ("[{\"'|>*&!%@`".indexOf(first) >= 0) {
        return -1;
      }
      for (; i < end; i++) {
        char c = yaml.charAt(i);
        if (c == '#' && i > from && isBlank(yaml.charAt(i - 1))) {
          return -1;
        }
        if (c == ':' && (i + 1 == end || isBlank(yaml.charAt(i + 1)))) {
          return i;
        }
      }
      return -1;
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t';
    }

    char charAt(String yaml, int offset) {
      return offset >= start && offset < end ? yaml.charAt(offset) : 0;
    }

    /** Where the content ends, before trailing blanks. */
    int contentEnd(String yaml) {
      int i = end;
      while (i > start && isBlank(yaml.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    boolean isItem() {
      return dash >= 0;
    }

    /** The column of what this line starts: its '- ' marker, or its key; -1 for neither. */
    int nodeColumn() {
      return dash >= 0 ? dash - start : keyStart >= 0 ? keyStart - start : -1;
    }

    String describeNode(String yaml) {
      return dash >= 0 ? "the list item" : "'" + yaml.substring(keyStart, keyEnd) + "'";
    }

    int humanNumber() {
      return humanNumber;
    }
  }
}
