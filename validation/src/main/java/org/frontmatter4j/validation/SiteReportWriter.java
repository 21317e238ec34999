package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.internal.Json;
import org.frontmatter4j.validation.internal.RuleDescriptions;

/**
 * Machine-readable reports of a site run, shared by the command-line tool and build plugins: fed
 * each {@link FileReport}, it gives the whole report at the end.
 *
 * <ul>
 *   <li>{@link Format#JSON}: {@code {"files", "content", "withoutFrontMatter", "errors",
 *       "warnings", "kinds": {"news": 675, "person": 7}, "roundTrip": {"checked",
 *       "identical"}, "problems": [{"path", "line", "column", "severity", "rule", "property",
 *       "message"}]}}; {@code errors} counts unreadable files too.
 *   <li>{@link Format#SARIF}: SARIF 2.1.0 for code scanning (GitHub shows it on pull requests):
 *       one rule per rule id with its description and help link, one result per problem with
 *       its {@code startLine} and {@code startColumn} (code points, as {@code columnKind} says).
 * </ul>
 *
 * <p>Not thread-safe: feed it from the thread that receives the reports in order.
 */
public final class SiteReportWriter {
  /** Where the rule catalog is published; SARIF rules link to their section. */
  public static final String RULES_DOC =
      "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md";

  /** The layouts. */
  public enum Format {
    /** frontmatter4j's own JSON report. */
    JSON,
    /** SARIF 2.1.0, for code scanning tools. */
    SARIF;

    /**
     * {@return the layout a file name asks for: {@code .sarif} or {@code .sarif.json}, else {@code
     * .json}}
     *
     * @param name a file name such as {@code report.sarif}
     */
    public static Optional<Format> forFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".sarif") || lower.endsWith(".sarif.json")) {
        return Optional.of(SARIF);
      }
      return lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
  }

  /** One problem, or one unreadable file, flattened for either layout. */
  private record Entry(Path path, int line, int column, String severity, String rule,
      String property, String message) {}

  private final Format format;
  private final Path base;
  private final String toolVersion;
  private final List<Entry> entries = new ArrayList<>();

  /**
   * A writer.
   *
   * @param format      the layout
   * @param base        SARIF locations are relative to it when inside it
   * @param toolVersion the version SARIF gives for the tool
   */
  public SiteReportWriter(Format format, Path base, String toolVersion) {
    this.format = requireNonNull(format, "format must not be null");
    this.base = requireNonNull(base, "base must not be null").toAbsolutePath().normalize();
    this.toolVersion = requireNonNull(toolVersion, "toolVersion must not be null");
  }

  /** {@return the layout} */
  public Format format() {
    return format;
  }

  /**
   * Adds one file's problems, its failure and its round-trip mismatch, if any.
   *
   * @param report one file's report
   */
  public void add(FileReport report) {
    requireNonNull(report, "report must not be null");
    report.failure().ifPresent(why -> entries.add(new Entry(report.path(), 0, 0, "error",
        "file.unreadable", "", "cannot read: " + why)));
    for (Problem p : report.problems()) {
      entries.add(new Entry(Path.of(p.sourceName()), p.line(), p.column(), p.severity().label(),
          p.ruleId(), p.propertyPath(), p.message()));
    }
    if (report.roundTrip() == RoundTrip.DIFFERENT) {
      entries.add(new Entry(report.path(), 0, 0, "error", "roundtrip.mismatch", "",
          "writing this file back does not reproduce its bytes"));
    }
  }

  /**
   * {@return the whole report, ending with a line break}
   *
   * @param site the counts of the whole run
   */
  public String finish(SiteReport site) {
    requireNonNull(site, "site must not be null");
    return format == Format.SARIF ? sarif() : json(site);
  }

  private String json(SiteReport site) {
    StringBuilder out = new StringBuilder("{\n")
        .append("  \"files\": ").append(site.files()).append(",\n")
        .append("  \"content\": ").append(site.content()).append(",\n")
        .append("  \"withoutFrontMatter\": ").append(site.notContent()).append(",\n")
        .append("  \"errors\": ").append(site.errors() + site.failures().size()).append(",\n")
        .append("  \"warnings\": ").append(site.warnings()).append(",\n")
        .append("  \"kinds\": {").append(kinds(site)).append("},\n")
        .append("  \"roundTrip\": {\"checked\": ").append(site.roundTripChecked())
        .append(", \"identical\": ").append(site.roundTripIdentical()).append("},\n")
        .append("  \"problems\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"path\": ").append(Json.quote(e.path().toString()))
          .append(", \"line\": ").append(e.line()).append(", \"column\": ").append(e.column())
          .append(", \"severity\": ").append(Json.quote(e.severity()))
          .append(", \"rule\": ").append(Json.quote(e.rule()))
          .append(", \"property\": ").append(Json.quote(e.property()))
          .append(", \"message\": ").append(Json.quote(e.message())).append('}');
    }
    return out.append(entries.isEmpty() ? "]\n" : "\n  ]\n").append("}\n").toString();
  }

  /** The files checked as each kind, in {@link Kind} order: {@code "news": 675, "person": 7}. */
  private static String kinds(SiteReport site) {
    StringJoiner kinds = new StringJoiner(", ");
    site.kinds().forEach((kind, count) -> kinds.add(Json.quote(kind.id()) + ": " + count));
    return kinds.toString();
  }

  private String sarif() {
    Map<String, String> rules = new TreeMap<>();
    entries.forEach(e -> rules.putIfAbsent(e.rule(), RuleDescriptions.describe(e.rule(), e.message())));
    StringBuilder out = new StringBuilder("{\n")
        .append("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
        .append("  \"version\": \"2.1.0\",\n")
        .append("  \"runs\": [{\n")
        .append("    \"tool\": {\"driver\": {\"name\": \"frontmatter4j\", \"version\": ")
        .append(Json.quote(toolVersion)).append(", \"informationUri\": ")
        .append(Json.quote("https://github.com/frontmatter4j/frontmatter4j")).append(", \"rules\": [");
    int i = 0;
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      out.append(i++ == 0 ? "\n" : ",\n").append("      {\"id\": ").append(Json.quote(rule.getKey()))
          .append(", \"shortDescription\": {\"text\": ").append(Json.quote(rule.getValue()))
          .append("}, \"helpUri\": ")
          .append(Json.quote(RULES_DOC + "#" + rule.getKey().replace('.', '-')))
          .append(", \"help\": {\"text\": ")
          .append(Json.quote(rule.getValue() + " See " + RULES_DOC + ".")).append("}}");
    }
    out.append(rules.isEmpty() ? "]}},\n" : "\n    ]}},\n")
        .append("    \"columnKind\": \"unicodeCodePoints\",\n")
        .append("    \"results\": [");
    for (int r = 0; r < entries.size(); r++) {
      Entry e = entries.get(r);
      out.append(r == 0 ? "\n" : ",\n").append("      {\"ruleId\": ").append(Json.quote(e.rule()))
          .append(", \"level\": ").append(Json.quote(e.severity()))
          .append(", \"message\": {\"text\": ").append(Json.quote(e.message()))
          .append("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
          .append(Json.quote(uri(e.path()))).append("}, \"region\": {\"startLine\": ")
          .append(Math.max(e.line(), 1)).append(", \"startColumn\": ")
          .append(Math.max(e.column(), 1)).append("}}}]}");
    }
    return out.append(entries.isEmpty() ? "]\n" : "\n    ]\n").append("  }]\n}\n").toString();
  }

  /** Relative to the base when inside it, with forward slashes; a file URI when not. */
  private String uri(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
        : absolute.toUri().toString();
  }
}
