package org.frontmatter4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.FileReport.RoundTrip;
import org.frontmatter4j.validation.SiteReport;

/**
 * The {@code reportFile} of the validate goal, in the validate command's JSON or SARIF 2.1.0
 * layout, chosen by the file's extension. Fed one file report at a time, written at the end.
 *
 * <p>A copy of the command-line tool's reporters rather than a dependency on them: the tool is an
 * application (its classes are not public), and the plugin must not drag picocli along.
 */
final class ReportFile {
  static final String RULES_DOC =
      "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md";

  /** The layouts, by file extension. */
  enum Format { JSON, SARIF }

  /** One problem, or one unreadable file, flattened for either layout. */
  private record Entry(Path path, int line, int column, String severity, String rule,
      String property, String message) {}

  private final Path path;
  private final Format format;
  private final Path base;
  private final String version;
  private final List<Entry> entries = new ArrayList<>();

  private ReportFile(Path path, Format format, Path base, String version) {
    this.path = path;
    this.format = format;
    this.base = base;
    this.version = version;
  }

  /**
   * A report written to {@code path}, SARIF or JSON by its extension.
   *
   * @param base    SARIF locations are relative to it
   * @param version the plugin version SARIF names
   */
  static ReportFile forPath(Path path, Path base, String version) throws MojoExecutionException {
    return new ReportFile(path, formatOf(path), base, version == null ? "unknown" : version);
  }

  static Format formatOf(Path path) throws MojoExecutionException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
      return Format.SARIF;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    throw new MojoExecutionException("reportFile must end in .sarif (SARIF 2.1.0) or .json"
        + " (JSON), got " + path);
  }

  Path path() {
    return path;
  }

  Format format() {
    return format;
  }

  void add(FileReport report) {
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

  /** Writes the report, creating its folder. */
  void write(SiteReport site) throws MojoExecutionException {
    String text = format == Format.SARIF ? sarif() : json(site);
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write reportFile " + path + ": " + e, e);
    }
  }

  private String json(SiteReport site) {
    StringBuilder out = new StringBuilder("{\n")
        .append("  \"files\": ").append(site.files()).append(",\n")
        .append("  \"errors\": ").append(site.errors() + site.failures().size()).append(",\n")
        .append("  \"warnings\": ").append(site.warnings()).append(",\n")
        .append("  \"roundTrip\": {\"checked\": ").append(site.roundTripChecked())
        .append(", \"identical\": ").append(site.roundTripIdentical()).append("},\n")
        .append("  \"problems\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"path\": ").append(quote(e.path().toString()))
          .append(", \"line\": ").append(e.line()).append(", \"column\": ").append(e.column())
          .append(", \"severity\": ").append(quote(e.severity()))
          .append(", \"rule\": ").append(quote(e.rule()))
          .append(", \"property\": ").append(quote(e.property()))
          .append(", \"message\": ").append(quote(e.message())).append('}');
    }
    return out.append(entries.isEmpty() ? "]\n" : "\n  ]\n").append("}\n").toString();
  }

  private String sarif() {
    Map<String, String> rules = new TreeMap<>();
    entries.forEach(e -> rules.putIfAbsent(e.rule(), e.message()));
    StringBuilder out = new StringBuilder("{\n")
        .append("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
        .append("  \"version\": \"2.1.0\",\n")
        .append("  \"runs\": [{\n")
        .append("    \"tool\": {\"driver\": {\"name\": \"frontmatter4j\", \"version\": ")
        .append(quote(version)).append(", \"informationUri\": ")
        .append(quote("https://github.com/frontmatter4j/frontmatter4j")).append(", \"rules\": [");
    int i = 0;
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      out.append(i++ == 0 ? "\n" : ",\n").append("      {\"id\": ").append(quote(rule.getKey()))
          .append(", \"shortDescription\": {\"text\": ").append(quote(rule.getValue()))
          .append("}, \"helpUri\": ")
          .append(quote(RULES_DOC + "#" + rule.getKey().replace('.', '-'))).append('}');
    }
    out.append(rules.isEmpty() ? "]}},\n" : "\n    ]}},\n")
        .append("    \"columnKind\": \"unicodeCodePoints\",\n")
        .append("    \"results\": [");
    for (int r = 0; r < entries.size(); r++) {
      Entry e = entries.get(r);
      out.append(r == 0 ? "\n" : ",\n").append("      {\"ruleId\": ").append(quote(e.rule()))
          .append(", \"level\": ").append(quote(e.severity()))
          .append(", \"message\": {\"text\": ").append(quote(e.message()))
          .append("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
          .append(quote(uri(e.path()))).append("}, \"region\": {\"startLine\": ")
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

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
