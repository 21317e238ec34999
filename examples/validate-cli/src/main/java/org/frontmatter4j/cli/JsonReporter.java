package org.frontmatter4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.SiteReport;

/**
 * One JSON object for the whole run:
 * {@code {"files", "errors", "warnings", "roundTrip": {"checked", "identical"}, "problems": [...]}}.
 */
final class JsonReporter implements Reporter {
  private final PrintWriter out;
  private final List<String> problems = new ArrayList<>();

  JsonReporter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileReport report) {
    report.failure().ifPresent(why -> problems.add(entry(report.path().toString(), 0, 0, "error",
        "file.unreadable", "", "cannot read: " + why)));
    for (Problem p : report.problems()) {
      problems.add(entry(p.sourceName(), p.line(), p.column(), p.severity().label(), p.ruleId(),
          p.propertyPath(), p.message()));
    }
    if (report.roundTrip() == RoundTrip.DIFFERENT) {
      problems.add(entry(report.path().toString(), 0, 0, "error", "roundtrip.mismatch", "",
          "writing this file back does not reproduce its bytes"));
    }
  }

  private static String entry(String path, int line, int column, String severity, String rule,
      String property, String message) {
    return "{\"path\": " + Json.quote(path) + ", \"line\": " + line + ", \"column\": " + column
        + ", \"severity\": " + Json.quote(severity) + ", \"rule\": " + Json.quote(rule)
        + ", \"property\": " + Json.quote(property) + ", \"message\": " + Json.quote(message) + "}";
  }

  @Override
  public void finish(SiteReport site, double seconds) {
    out.println("{");
    out.println("  \"files\": " + site.files() + ",");
    out.println("  \"errors\": " + (site.errors() + site.failures().size()) + ",");
    out.println("  \"warnings\": " + site.warnings() + ",");
    out.println("  \"roundTrip\": {\"checked\": " + site.roundTripChecked()
        + ", \"identical\": " + site.roundTripIdentical() + "},");
    out.println("  \"problems\": [" + (problems.isEmpty() ? "]" : ""));
    for (int i = 0; i < problems.size(); i++) {
      out.println("    " + problems.get(i) + (i + 1 < problems.size() ? "," : ""));
    }
    if (!problems.isEmpty()) {
      out.println("  ]");
    }
    out.println("}");
  }
}
