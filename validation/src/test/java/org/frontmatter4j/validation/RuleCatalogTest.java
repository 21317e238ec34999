package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.internal.ValidatorBootstrap;
import org.hibernate.validator.HibernateValidatorFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of the rule catalog, {@code docs/rules.md}: each bad example must report
 * exactly the line the catalog shows, each good example nothing, and every rule must be there.
 * YAML examples are files of the catalog's example site, checked by {@link SiteValidator}.
 */
class RuleCatalogTest {
  private static final Path CATALOG = Path.of("..", "docs", "rules.md");
  private static final Pattern RULE = Pattern.compile("### `([a-z.-]+)`");
  private static final Pattern REPORTS = Pattern.compile("Reports: `(.*)`");
  private static final Pattern FILE = Pattern.compile("# file: (.*)\n");

  record Example(String language, String text) {}

  record Entry(String rule, Example bad, String reports, Example good) {}

  /** A value for {@code date.format} and {@code date.zone}, which only text dates can break. */
  public static final class TextDate {
    /** The date as text. */
    @PublicationDate
    public String value;

    TextDate(String value) {
      this.value = value;
    }
  }

  @Test
  void everyRuleHasOneEntry() throws IOException {
    List<String> documented = entries().stream().map(Entry::rule).toList();

    assertThat(documented).containsExactlyElementsOf(
        Arrays.stream(ContentRule.values()).map(ContentRule::id).toList());
  }

  @TestFactory
  Stream<DynamicTest> badExamplesReportExactlyTheLineShown() throws IOException {
    String base = base();
    return entries().stream().map(entry -> DynamicTest.dynamicTest(entry.rule(), () ->
        assertThat(run(base, entry.bad())).containsExactly(entry.reports())));
  }

  @TestFactory
  Stream<DynamicTest> goodExamplesReportNothing() throws IOException {
    String base = base();
    return entries().stream().map(entry -> DynamicTest.dynamicTest(entry.rule(), () ->
        assertThat(run(base, entry.good())).isEmpty()));
  }

  private static List<String> run(String base, Example example) throws IOException {
    if (example.language().equals("text")) {
      return textDate(example.text().strip());
    }
    Matcher file = FILE.matcher(example.text());
    String sourceName = file.lookingAt() ? file.group(1) : "news.md";
    String fragment = file.lookingAt() ? example.text().substring(file.end()) : example.text();
    Path site = exampleSite();
    try {
      if (sourceName.equals("_config.yml")) {
        Files.writeString(site.resolve(sourceName), fragment);
        Files.writeString(site.resolve("news.md"), "---\n" + base + "---\n");
      } else {
        Path path = site.resolve(sourceName);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "---\n" + merge(base, fragment) + "---\n");
      }
      String prefix = site + site.getFileSystem().getSeparator();
      List<String> reports = new ArrayList<>();
      SiteValidator.builder().validator(Fixtures.validator()).build().validate(List.of(site),
          report -> report.problems().stream().map(Problem::toString)
              .map(line -> line.replace(prefix, "")).forEach(reports::add));
      return reports;
    } finally {
      try (Stream<Path> walk = Files.walk(site)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** The catalog's example site: its _config.yml and the two images the catalog names. */
  private static Path exampleSite() throws IOException {
    Path site = Files.createTempDirectory("rule-catalog");
    String catalog = Files.readString(CATALOG);
    Files.writeString(site.resolve("_config.yml"),
        block(catalog.split("\n"), indexOfLine(catalog, catalog.indexOf("## Example site")),
            null).text());
    Files.createDirectories(site.resolve("assets/images"));
    Files.write(site.resolve("assets/images/responsive.png"), ImageBytes.png(800, 533));
    Files.write(site.resolve("assets/images/corrupt.png"), ImageBytes.corruptPng());
    return site;
  }

  private static List<String> textDate(String value) {
    var validator = ValidatorBootstrap.factory().unwrap(HibernateValidatorFactory.class)
        .usingContext().clockProvider(() -> Fixtures.CLOCK).getValidator();
    List<String> reports = new ArrayList<>();
    for (ConstraintViolation<TextDate> violation : validator.validate(new TextDate(value))) {
      reports.add(violation.getMessage() + " [" + ContentRule.of(violation).orElseThrow() + "]");
    }
    return reports;
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

  private static String base() throws IOException {
    String catalog = Files.readString(CATALOG);
    int at = catalog.indexOf("## Base file");
    return block(catalog.split("\n"), indexOfLine(catalog, at), null).text();
  }

  private static int indexOfLine(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
  }

  static List<Entry> entries() throws IOException {
    String[] lines = Files.readString(CATALOG).split("\n");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher rule = RULE.matcher(lines[i]);
      if (rule.matches()) {
        entries.add(entry(rule.group(1), lines, i + 1));
      }
    }
    return entries;
  }

  private static Entry entry(String rule, String[] lines, int from) {
    Example bad = null;
    String reports = null;
    Example good = null;
    for (int i = from; i < lines.length && !lines[i].startsWith("## ")
        && !lines[i].startsWith("### "); i++) {
      Matcher report = REPORTS.matcher(lines[i]);
      if (lines[i].equals("Bad:")) {
        bad = block(lines, i, rule);
      } else if (lines[i].equals("Good:")) {
        good = block(lines, i, rule);
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
  private static Example block(String[] lines, int from, String rule) {
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
