package org.frontmatter4j.cli;

import java.io.PrintWriter;
import org.frontmatter4j.Problem;

/** Compiler-style text: {@code path:line:column: error: message [rule]}, snippet, summary. */
final class TextReporter implements Reporter {
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;
  private final boolean quiet;

  TextReporter(PrintWriter out, PrintWriter err, boolean color, boolean quiet) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.quiet = quiet;
  }

  @Override
  public void file(FileResult result) {
    if (result.unreadable() != null) {
      err.println(result.path() + ": cannot read: " + result.unreadable());
    }
    for (Problem problem : result.problems()) {
      out.println(color ? colored(problem) : problem.format());
    }
    if (Boolean.FALSE.equals(result.roundTrip())) {
      out.println(result.path() + ": error: writing this file back does not reproduce its bytes"
          + " [roundtrip.mismatch]");
    }
  }

  private String colored(Problem problem) {
    String severity = problem.isError() ? RED + "error" : YELLOW + "warning";
    String head = BOLD + problem.sourceName() + ":" + problem.line() + ":" + problem.column() + ":"
        + RESET + " " + severity + RESET + ": " + problem.message() + " [" + problem.ruleId() + "]";
    return problem.snippet().isEmpty() ? head : head + System.lineSeparator() + problem.snippet();
  }

  @Override
  public void finish(Totals totals) {
    if (quiet) {
      return;
    }
    String roundTrip = totals.roundTripChecked == 0 ? ""
        : String.format(", %d/%d round trips identical", totals.roundTripIdentical,
            totals.roundTripChecked);
    out.printf("%d file%s, %d error%s, %d warning%s%s (%.2f s)%n", totals.files,
        plural(totals.files), totals.errors, plural(totals.errors), totals.warnings,
        plural(totals.warnings), roundTrip, totals.seconds());
  }

  static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
