package org.frontmatter4j.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontmatter4j.model.Kind;

/**
 * The examples of the rule catalog, {@code docs/rules.md}, as files: one reading of the catalog
 * for every test that runs them ({@link RuleCatalogTest} here, the language server's through this
 * module's test jar).
 */
public final class RuleCatalog {
  private static final Pattern RULE = Pattern.compile("### `([a-z.-]+)`");
  private static final Pattern REPORTS = Pattern.compile("Reports: `(.*)`");
  private static final Pattern FILE = Pattern.compile("# file: (.*)\n");
  /** The name of the example that stands for the example site's config. */
  public static final String SITE_CONFIG = "_config.yml";

  /**
   * A fenced example.
   *
   * @param language the fence's language: {@code yaml} (keys replacing the base file's) or
   *                 {@code text} (the value of a {@code @PublicationDate String})
   * @param text     the example
   */
  public record Example(String language, String text) {}

  /**
   * One rule's entry.
   *
   * @param rule    the rule id
   * @param bad     the example that breaks it
   * @param reports the one problem the bad example reports, as {@code Problem.toString()}
   * @param good    the example that does not
   */
  public record Entry(String rule, Example bad, String reports, Example good) {}

  /**
   * A YAML example as a whole file.
   *
   * @param sourceName the name the catalog reads it as: {@code news.md}, or the example's
   *                   {@code # file:} comment
   * @param text       the base file with the example's keys in place of its own; for
   *                   {@code _config.yml}, the example alone: the example site's config
   */
  public record Document(String sourceName, String text) {}

  private final String catalog;

  private RuleCatalog(String catalog) {
    this.catalog = catalog;
  }

  /** The catalog at {@code path}. */
  public static RuleCatalog read(Path path) throws IOException {
    return new RuleCatalog(Files.readString(path));
  }

  /** Every rule's entry, in the catalog's order. */
  public List<Entry> entries() {
    String[] lines = catalog.split("\n");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher rule = RULE.matcher(lines[i]);
      if (rule.matches()) {
        entries.add(entry(rule.group(1), lines, i + 1));
      }
    }
    return entries;
  }

  /** A YAML example as the file it stands for. */
  public Document document(Example example) {
    if (!example.language().equals("yaml")) {
      throw new IllegalArgumentException("only YAML examples are files, not " + example.language());
    }
    Matcher file = FILE.matcher(example.text());
    String sourceName = file.lookingAt() ? file.group(1) : "news.md";
    String fragment = file.lookingAt() ? example.text().substring(file.end()) : example.text();
    if (sourceName.equals(SITE_CONFIG)) {
      return new Document(sourceName, fragment);
    }
    String kind = Kind.fromPath(Path.of(sourceName)).orElse(Kind.NEWS).id();
    return new Document(sourceName, "---\n" + merge(base(kind), fragment) + "---\n");
  }

  /**
   * Makes {@code folder} the catalog's example site, the one every YAML example is a file of: its
   * {@code _config.yml} as the catalog shows it, and the two images the catalog names.
   */
  public void writeExampleSite(Path folder) throws IOException {
    Files.writeString(folder.resolve(SITE_CONFIG),
        block(catalog.split("\n"), indexOfLine(catalog, catalog.indexOf("## Example site")))
            .text());
    Path images = Files.createDirectories(folder.resolve("assets").resolve("images"));
    Files.write(images.resolve("responsive.png"), ImageBytes.png(800, 533));
    Files.write(images.resolve("corrupt.png"), ImageBytes.corruptPng());
  }

  /** The base file's front matter, without its {@code ---} lines. */
  String base() {
    int at = catalog.indexOf("## Base file");
    return block(catalog.split("\n"), indexOfLine(catalog, at)).text();
  }

  /**
   * The base file of a kind: the news one, or the block that starts {@code # base: <kind id>},
   * without that line.
   */
  String base(String kind) {
    String mark = "```yaml\n# base: " + kind + "\n";
    int at = catalog.indexOf(mark);
    if (at < 0) {
      return base();
    }
    String block = block(catalog.split("\n"), indexOfLine(catalog, at)).text();
    return block.substring(block.indexOf('\n') + 1);
  }

  /** The base file with the fragment's top-level keys in place of its own; new keys last. */
  static String merge(String base, String fragment) {
    Map<String, String> merged = topLevelBlocks(base);
    merged.putAll(topLevelBlocks(fragment));
    return String.join("", merged.values());
  }

  private static Map<String, String> topLevelBlocks(String yaml) {
    Map<String, String> blocks = new LinkedHashMap<>();
    String key = null;
    for (String line : yaml.split("(?<=\n)")) {
      if (!line.startsWith(" ") && !line.startsWith("-") && line.contains(":")) {
        key = line.substring(0, line.indexOf(':'));
        blocks.put(key, line);
      } else {
        blocks.merge(key, line, String::concat);
      }
    }
    return blocks;
  }

  private static int indexOfLine(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
  }

  private static Entry entry(String rule, String[] lines, int from) {
    Example bad = null;
    String reports = null;
    Example good = null;
    for (int i = from; i < lines.length && !lines[i].startsWith("## ")
        && !lines[i].startsWith("### "); i++) {
      Matcher report = REPORTS.matcher(lines[i]);
      if (lines[i].equals("Bad:")) {
        bad = block(lines, i);
      } else if (lines[i].equals("Good:")) {
        good = block(lines, i);
      } else if (report.matches()) {
        reports = report.group(1);
      }
    }
    if (bad == null || reports == null || good == null) {
      throw new IllegalStateException(rule + " needs Bad:, Reports: and Good:");
    }
    return new Entry(rule, bad, reports, good);
  }

  /** The first fenced block after line {@code from}. */
  private static Example block(String[] lines, int from) {
    int open = from;
    while (!lines[open].startsWith("```")) {
      open++;
    }
    StringBuilder text = new StringBuilder();
    int i = open + 1;
    while (!lines[i].equals("```")) {
      text.append(lines[i++]).append('\n');
    }
    return new Example(lines[open].substring(3), text.toString());
  }
}
