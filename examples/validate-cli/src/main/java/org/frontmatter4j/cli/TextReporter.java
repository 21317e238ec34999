package org.frontmatter4j.cli;

import java.io.PrintWriter;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.SiteReport;

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
  public void file(FileReport report) {
    report.failure().ifPresent(why -> err.println(report.path() + ": cannot read: " + why));
    for (Problem problem : report.problems()) {
      out.println(color ? colored(problem) : problem.format());
    }
    if (report.roundTrip() == RoundTrip.DIFFERENT) {
      out.println(report.path() + ": error: writing this file back does not reproduce its bytes"
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
  public void finish(SiteReport site, double seconds) {
    if (quiet) {
      return;
    }
    String roundTrip = site.roundTripChecked() == 0 ? ""
        : String.format(", %d/%d round trips identical", site.roundTripIdentical(),
            site.roundTripChecked());
    // The summary counts the files of each kind: 2,035 files (675 news, ...), 0 errors, ...
    out.printf("%s%s (%.2f s)%n", site, roundTrip, seconds);
  }

  static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
