package org.frontmatter4j.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.SourcePosition;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Turns the library's problems into the protocol's diagnostics. A problem has a start (line and
 * code-point column); its range runs to the end of the key or value that starts there, or, when
 * none does (a syntax error, a missing key reported at its mapping), to the end of the line.
 */
final class Diagnostics {
  /** The {@code source} of every diagnostic: who reports it. */
  static final String SOURCE = "frontmatter4j";

  private final RuleDocs docs;

  Diagnostics(RuleDocs docs) {
    this.docs = docs;
  }

  /**
   * The diagnostics of {@code problems} found in {@code text}.
   *
   * @param tree the parsed text, to find the extent of each key and value; empty when the text
   *             does not parse
   */
  List<Diagnostic> of(List<Problem> problems, String text, Optional<FrontMatterDocument> tree) {
    List<Diagnostic> diagnostics = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      diagnostics.add(of(problem, text, tree));
    }
    return diagnostics;
  }

  private Diagnostic of(Problem problem, String text, Optional<FrontMatterDocument> tree) {
    Diagnostic diagnostic = new Diagnostic(range(problem, text, tree), problem.message(),
        problem.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE,
        problem.ruleId());
    docs.link(problem.ruleId()).ifPresent(link -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(link)));
    return diagnostic;
  }

  private static Range range(Problem problem, String text, Optional<FrontMatterDocument> tree) {
    Position start = TextPositions.position(text, problem.line(), problem.column());
    Optional<YamlScalar> scalar = tree.flatMap(document ->
        scalarAt(document.frontMatter(), problem.line(), problem.column()));
    if (scalar.isPresent()) {
      SourcePosition end = scalar.get().end();
      return new Range(start, TextPositions.position(text, end.line(), end.column()));
    }
    String line = TextPositions.line(text, start.getLine());
    int end = line.stripTrailing().length();
    if (end <= start.getCharacter()) {
      // Nothing left on the line (a missing value at its end): mark the character before it.
      return new Range(new Position(start.getLine(), Math.max(0, start.getCharacter() - 1)),
          new Position(start.getLine(), Math.max(start.getCharacter(), 1)));
    }
    return new Range(start, new Position(start.getLine(), end));
  }

  /** The key or scalar value that starts at a line and column, if one does. */
  static Optional<YamlScalar> scalarAt(YamlNode node, int line, int column) {
    if (node instanceof YamlScalar scalar) {
      return starts(scalar, line, column) ? Optional.of(scalar) : Optional.empty();
    }
    if (node.end().line() < line || node.start().line() > line) {
      return Optional.empty();
    }
    if (node instanceof YamlMapping mapping) {
      for (YamlEntry entry : mapping.entries()) {
        if (starts(entry.key(), line, column)) {
          return Optional.of(entry.key());
        }
        Optional<YamlScalar> found = scalarAt(entry.value(), line, column);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node instanceof YamlSequence sequence) {
      for (YamlNode item : sequence.items()) {
        Optional<YamlScalar> found = scalarAt(item, line, column);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean starts(YamlScalar scalar, int line, int column) {
    return scalar.start().line() == line && scalar.start().column() == column;
  }
}
