package org.frontmatter4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.SiteReport;

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, a rule per rule id seen, a result
 * per problem with its region. Columns are code points, as the run's columnKind says.
 */
final class SarifReporter implements Reporter {
  static final String RULES_DOC = "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md";

  private final PrintWriter out;
  private final Path base;
  private final String version;
  private final Map<String, String> rules = new TreeMap<>();
  private final List<String> results = new ArrayList<>();

  SarifReporter(PrintWriter out, Path base, String version) {
    this.out = out;
    this.base = base;
    this.version = version;
  }

  @Override
  public void file(FileReport report) {
    report.failure().ifPresent(why -> add("file.unreadable", "error", report.path(), 1, 1,
        "cannot read: " + why, "A file could not be read."));
    for (Problem p : report.problems()) {
      add(p.ruleId(), p.severity().label(), Path.of(p.sourceName()), p.line(), p.column(),
          p.message(), null);
    }
    if (report.roundTrip() == RoundTrip.DIFFERENT) {
      add("roundtrip.mismatch", "error", report.path(), 1, 1,
          "writing this file back does not reproduce its bytes",
          "Writing a parsed file back must reproduce it byte for byte.");
    }
  }

  private void add(String rule, String level, Path path, int line, int column, String message,
      String description) {
    rules.putIfAbsent(rule, description != null ? description : RuleHelp.describe(rule, message));
    results.add("{\"ruleId\": " + Json.quote(rule) + ", \"level\": " + Json.quote(level)
        + ", \"message\": {\"text\": " + Json.quote(message) + "}, \"locations\": [{"
        + "\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + Json.quote(uri(path))
        + "}, \"region\": {\"startLine\": " + Math.max(line, 1) + ", \"startColumn\": "
        + Math.max(column, 1) + "}}}]}");
  }

  /** Relative to the working directory when possible, with forward slashes, as SARIF wants. */
  private String uri(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }

  @Override
  public void finish(SiteReport site, double seconds) {
    out.println("{");
    out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"runs\": [{");
    out.println("    \"tool\": {\"driver\": {\"name\": \"frontmatter4j\", \"version\": "
        + Json.quote(version) + ", \"informationUri\": "
        + Json.quote("https://github.com/frontmatter4j/frontmatter4j") + ", \"rules\": [");
    int i = 0;
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      out.println("      {\"id\": " + Json.quote(rule.getKey()) + ", \"shortDescription\": {\"text\": "
          + Json.quote(rule.getValue()) + "}, \"helpUri\": "
          + Json.quote(RULES_DOC + "#" + rule.getKey().replace('.', '-')) + ", \"help\": {\"text\": "
          + Json.quote(rule.getValue() + " See " + RULES_DOC + ".") + "}}"
          + (++i < rules.size() ? "," : ""));
    }
    out.println("    ]}},");
    out.println("    \"columnKind\": \"unicodeCodePoints\",");
    out.println("    \"results\": [");
    for (int r = 0; r < results.size(); r++) {
      out.println("      " + results.get(r) + (r + 1 < results.size() ? "," : ""));
    }
    out.println("    ]");
    out.println("  }]");
    out.println("}");
  }
}
