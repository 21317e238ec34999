package org.frontmatter4j.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.model.Kind;

/**
 * What the editor offers while an author types: completion of keys and values, hover on a key,
 * and quick fixes for problems that have one obvious fix. Works on the text line by line, by
 * indentation, so that it helps in a file that does not parse yet (the author is mid-way
 * through a key); parsing is only used to tell the file's kind.
 */
final class Editing {
  /** A key line: indentation, list dashes, the key, the rest. */
  private static final Pattern KEY_LINE =
      Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(?:\\s+(.*))?$");
  /** Where a key is being typed: indentation, dashes, the start of the key. */
  private static final Pattern KEY_PREFIX = Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z0-9_]*)$");
  /** Where a key's value is being typed. */
  private static final Pattern VALUE_PREFIX =
      Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z_][A-Za-z0-9_]*):\\s+([^\\s'\"]*)$");
  /** Where a list item is being typed. */
  private static final Pattern ITEM_PREFIX = Pattern.compile("^(\\s*)-\\s+([^\\s'\"]*)$");
  /** The top-level lines that tell a file's kind when its folder does not. */
  private static final Pattern TELLING_LINE = Pattern.compile("(?m)^(?:category|type):[^\\n]*$");
  private static final Pattern DID_YOU_MEAN =
      Pattern.compile("unknown key '([^']+)'.*did you mean '([^']+)'\\?");
  private static final Pattern RENAME = Pattern.compile("rename the file to ([^,;\\s]+)");

  private final FrontMatterParser parser;
  private final WorkspaceFiles files;
  private final RuleDocs docs = RuleDocs.shipped();

  Editing(FrontMatterParser parser, WorkspaceFiles files) {
    this.parser = parser;
    this.files = files;
  }

  /**
   * Completions at a position: keys at a key position, values at a value position, and the
   * files of the site at an item of a collection's {@code items}.
   */
  List<CompletionItem> complete(OpenDocument document, Position position) {
    Optional<Kind> kind = kindOf(document);
    Optional<ContentKeys> model = kind.map(found -> ContentKeys.of(found.type()));
    String[] lines = frontMatterLines(document.text());
    int line = position.getLine();
    if (model.isEmpty() || line < 1 || line >= lines.length) {
      return List.of();
    }
    String before = lines[line].substring(0, Math.min(position.getCharacter(), lines[line].length()));
    Matcher key = KEY_PREFIX.matcher(before);
    if (key.matches()) {
      int column = key.group(1).length();
      Optional<ContentKeys> level = model.get().at(parents(lines, line, column));
      Set<String> present = siblings(lines, line, column);
      Range typed = new Range(new Position(line, column), position);
      if (level.isPresent()) {
        return level.get().keys().stream()
            .filter(candidate -> !present.contains(candidate.name()))
            .map(candidate -> keyItem(candidate, typed))
            .toList();
      }
      // No mapping here: an item of a list of values (levels, items) is being typed.
    }
    Matcher value = VALUE_PREFIX.matcher(before);
    Matcher item = ITEM_PREFIX.matcher(before);
    Optional<ContentKeys.Key> valued = Optional.empty();
    int valueStart = 0;
    if (value.matches()) {
      valued = model.get().at(parents(lines, line, value.group(1).length()))
          .flatMap(keys -> keys.key(value.group(2)));
      valueStart = value.start(3);
    } else if (item.matches()) {
      List<String> path = parents(lines, line, item.group(1).length() + 1);
      if (!path.isEmpty()) {
        valued = model.get().at(path.subList(0, path.size() - 1))
            .flatMap(keys -> keys.key(path.get(path.size() - 1)));
      }
      valueStart = item.start(2);
    }
    Range typed = new Range(new Position(line, valueStart), position);
    if (item.matches() && kind.get() == Kind.COLLECTION
        && valued.filter(found -> found.name().equals("items")).isPresent()
        && parents(lines, line, item.group(1).length() + 1).size() == 1) {
      return files.itemsFor(document.path()).stream().map(name -> {
        CompletionItem completion = new CompletionItem(name);
        completion.setKind(CompletionItemKind.File);
        completion.setDetail("a file of this site: _learning/" + name);
        completion.setTextEdit(Either.forLeft(new TextEdit(typed, name)));
        return completion;
      }).toList();
    }
    return valued.map(found -> found.values().stream().map(text -> {
      CompletionItem completion = new CompletionItem(text);
      completion.setKind(found.closed() ? CompletionItemKind.EnumMember : CompletionItemKind.Value);
      completion.setDetail(found.name() + ": " + found.type());
      completion.setTextEdit(Either.forLeft(new TextEdit(typed, text)));
      return completion;
    }).toList()).orElse(List.of());
  }

  private static CompletionItem keyItem(ContentKeys.Key key, Range typed) {
    CompletionItem item = new CompletionItem(key.name());
    item.setKind(CompletionItemKind.Property);
    item.setDetail(key.type() + (key.required() ? ", required" : ", optional"));
    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, key.meaning()));
    item.setTextEdit(Either.forLeft(new TextEdit(typed, key.name() + ": ")));
    // Required keys first, then the model's order.
    item.setSortText((key.required() ? "0" : "1") + key.name());
    return item;
  }

  /** The meaning, type and rules of the key under the cursor. */
  Optional<Hover> hover(OpenDocument document, Position position) {
    Optional<ContentKeys> model = keysOf(document);
    String[] lines = frontMatterLines(document.text());
    int line = position.getLine();
    if (model.isEmpty() || line < 1 || line >= lines.length) {
      return Optional.empty();
    }
    Matcher key = KEY_LINE.matcher(lines[line]);
    if (!key.matches() || position.getCharacter() < key.start(2)
        || position.getCharacter() > key.end(2)) {
      return Optional.empty();
    }
    int column = key.group(1).length();
    return model.get().at(parents(lines, line, column))
        .flatMap(keys -> keys.key(key.group(2)))
        .map(found -> {
          StringBuilder text = new StringBuilder("**").append(found.name()).append("**: ")
              .append(found.type()).append(found.required() ? ", required" : ", optional");
          if (!found.meaning().isEmpty()) {
            text.append("\n\n").append(found.meaning());
          }
          if (!found.values().isEmpty()) {
            text.append(found.closed() ? "\n\nValues: `" : "\n\nUsual values: `")
                .append(String.join("`, `", found.values())).append('`');
          }
          List<String> rules = docs.rulesFor(found.name());
          if (!rules.isEmpty()) {
            text.append("\n\nRules:");
            for (String rule : rules) {
              text.append("\n- [`").append(rule).append("`](").append(docs.link(rule).orElseThrow())
                  .append(") ").append(docs.summary(rule).orElse(""));
            }
          }
          Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString()));
          hover.setRange(new Range(new Position(line, key.start(2)), new Position(line, key.end(2))));
          return hover;
        });
  }

  /**
   * Quick fixes for the diagnostics the editor shows at a place: an unknown key that has a
   * likely meant key is renamed to it; a news file whose name's date is not its publication date
   * is renamed as the problem says.
   */
  List<CodeAction> fixes(OpenDocument document, List<Diagnostic> diagnostics) {
    List<CodeAction> actions = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      String code = diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? ""
          : diagnostic.getCode().getLeft();
      Matcher meant = DID_YOU_MEAN.matcher(diagnostic.getMessage());
      Matcher rename = RENAME.matcher(diagnostic.getMessage());
      if (code.equals("schema.unknown-key") && meant.find()
          && textAt(document.text(), diagnostic.getRange()).equals(meant.group(1))) {
        CodeAction action = new CodeAction("Change '" + meant.group(1) + "' to '"
            + meant.group(2) + "'");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setIsPreferred(true);
        TextDocumentEdit edit = new TextDocumentEdit(
            new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(document.uri(), null),
            List.of(new TextEdit(diagnostic.getRange(), meant.group(2))));
        action.setEdit(new WorkspaceEdit(List.of(Either.forLeft(edit))));
        actions.add(action);
      } else if (code.equals("file.date") && rename.find()
          && document.uri().startsWith("file:")) {
        Path renamed = document.path().resolveSibling(rename.group(1));
        CodeAction action = new CodeAction("Rename the file to " + rename.group(1));
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(List.of(Either.forRight(
            new RenameFile(document.uri(), renamed.toUri().toString())))));
        actions.add(action);
      }
    }
    return actions;
  }

  private static String textAt(String text, Range range) {
    int start = TextPositions.offset(text, range.getStart());
    int end = TextPositions.offset(text, range.getEnd());
    return end < start ? "" : text.substring(start, end);
  }

  /** The keys of the document's kind; empty for a file of no kind. */
  private Optional<ContentKeys> keysOf(OpenDocument document) {
    return kindOf(document).map(found -> ContentKeys.of(found.type()));
  }

  /** The document's kind, as {@code validate} tells it; empty for a file of no kind. */
  private Optional<Kind> kindOf(OpenDocument document) {
    Optional<Kind> kind;
    try {
      kind = Kind.detect(document.path(),
          parser.parse(document.text(), document.path().toString()).frontMatter());
    } catch (FrontMatterException e) {
      // Mid-way through an edit the file may not parse: its folder, or its category and type
      // lines alone, tell its kind.
      kind = Kind.fromPath(document.path()).or(() -> kindFromLines(document.text()));
    }
    return kind;
  }

  private Optional<Kind> kindFromLines(String text) {
    StringBuilder telling = new StringBuilder("---\n");
    Matcher line = TELLING_LINE.matcher(text);
    while (line.find()) {
      telling.append(line.group()).append('\n');
    }
    try {
      return Kind.fromFrontMatter(parser.parse(telling.append("---\n").toString(), "kind")
          .frontMatter());
    } catch (FrontMatterException e) {
      return Optional.empty();
    }
  }

  /**
   * The lines of the front matter: line 0 is the opening {@code ---}; the closing line and the
   * body are left out. Without a closing line, every line is front matter.
   */
  static String[] frontMatterLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (start <= text.length()) {
      int end = TextPositions.lineEnd(text, start);
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      if (!lines.isEmpty() && (line.equals("---") || line.equals("..."))) {
        break;
      }
      if (lines.isEmpty() && !line.equals("---")) {
        return new String[0];
      }
      lines.add(line);
      start = end + 1;
    }
    return lines.toArray(String[]::new);
  }

  /**
   * The keys that hold a line's mapping, outermost first, found by indentation: going up, each
   * line that starts left of the current column and ends in {@code key:} holds it. A list item's
   * dash counts as indentation, so {@code images} holds the keys of each of its items.
   */
  static List<String> parents(String[] lines, int line, int column) {
    List<String> path = new ArrayList<>();
    int at = column;
    for (int i = line - 1; i >= 1 && at > 0; i--) {
      String text = lines[i];
      int indent = text.length() - text.stripLeading().length();
      if (text.isBlank() || text.stripLeading().startsWith("#") || indent >= at) {
        continue;
      }
      Matcher key = KEY_LINE.matcher(text);
      if (key.matches() && key.group(1).length() < at) {
        String rest = key.group(3) == null ? "" : key.group(3).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
          return List.of();
        }
        path.add(0, key.group(2));
      }
      at = indent;
    }
    return path;
  }

  /** The keys already in the mapping a line belongs to (the same column, no shallower line between). */
  private static Set<String> siblings(String[] lines, int line, int column) {
    Set<String> keys = new HashSet<>();
    for (int step : new int[] {-1, 1}) {
      for (int i = line + step; i >= 1 && i < lines.length; i += step) {
        String text = lines[i];
        if (text.isBlank() || text.stripLeading().startsWith("#")) {
          continue;
        }
        Matcher key = KEY_LINE.matcher(text);
        int keyColumn = key.matches() ? key.group(1).length() : text.length() - text.stripLeading().length();
        int indent = text.length() - text.stripLeading().length();
        boolean sibling = key.matches() && keyColumn == column;
        if (indent < column && !(sibling && step < 0)) {
          break; // the mapping's parent, or the next list item
        }
        if (sibling) {
          keys.add(key.group(2));
          if (indent < column) {
            break; // the first key of this list item: the item starts here
          }
        }
      }
    }
    return keys;
  }
}
