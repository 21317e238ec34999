package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of the error catalogue, {@code docs/errors.md}: each mistake must report
 * exactly the lines the catalogue shows (message, line and column), and each fix nothing at all.
 * A {@code yaml} example replaces the top-level keys it names in the catalogue's base file (new
 * keys go at the end); a {@code markdown} example is a whole file. In both, {@code \}{@code uXXXX}
 * stands for a character the page cannot show. Subclasses rerun every example with CRLF line
 * endings and after a byte order mark: the same reports.
 */
class ErrorCatalogTest {
  private static final Path CATALOG = Path.of("..", "docs", "errors.md");
  private static final Pattern ENTRY = Pattern.compile("### (.+)");
  private static final Pattern REPORTS = Pattern.compile("Reports: (``|`)(.*)\\1");
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-F]{4})");
  private static final ContentReader READER = ContentReader.builder().build();

  record Example(String language, String text) {}

  record Entry(String title, Example bad, List<String> reports, Example fix) {}

  /** How this test class changes each file before reading it. */
  String adapt(String text) {
    return text;
  }

  @Test
  void theCatalogueHasItsEntries() throws IOException {
    assertThat(entries()).hasSizeGreaterThan(30);
  }

  @TestFactory
  Stream<DynamicTest> eachMistakeReportsExactlyWhatTheCatalogueShows() throws IOException {
    String base = base();
    return entries().stream().map(entry -> DynamicTest.dynamicTest(entry.title(), () ->
        assertThat(run(base, entry.bad())).containsExactlyElementsOf(entry.reports())));
  }

  @TestFactory
  Stream<DynamicTest> eachFixReportsNothing() throws IOException {
    String base = base();
    return entries().stream().map(entry -> DynamicTest.dynamicTest(entry.title(), () ->
        assertThat(run(base, entry.fix())).isEmpty()));
  }

  /** Every problem of reading the example as a news article, as the command line prints it. */
  private List<String> run(String base, Example example) {
    String file = example.language().equals("markdown") ? unescape(example.text())
        : "---\n" + merge(unescape(base), unescape(example.text())) + "---\n";
    byte[] bytes = adapt(file).getBytes(StandardCharsets.UTF_8);
    try {
      FrontMatterDocument document = READER.parser().parse(bytes, "news.md");
      return READER.bindNews(document).problems().stream().map(Problem::toString).toList();
    } catch (FrontMatterException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
  }

  private static String unescape(String text) {
    Matcher escape = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(out,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
    return escape.appendTail(out).toString();
  }

  /** The base file with the fragment's top-level keys in place of its own; new keys last. */
  private static String merge(String base, String fragment) {
    Map<String, String> merged = topLevelBlocks(base);
    merged.putAll(topLevelBlocks(fragment));
    return String.join("", merged.values());
  }

  private static Map<String, String> topLevelBlocks(String yaml) {
    Map<String, String> blocks = new LinkedHashMap<>();
    String key = null;
    for (String line : yaml.split("(?<=\n)")) {
      int colon = line.indexOf(':');
      if (!line.startsWith(" ") && !line.startsWith("\t") && !line.startsWith("-") && colon > 0) {
        // A key with an invisible character in it replaces the visible one.
        key = line.substring(0, colon).replaceAll("[\\s\\u200B\\uFEFF]", "");
        blocks.put(key, line);
      } else {
        blocks.merge(key, line, String::concat);
      }
    }
    return blocks;
  }

  private static String base() throws IOException {
    String[] lines = Files.readString(CATALOG).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("## Base file")) {
        return block(lines, i).text();
      }
    }
    throw new IllegalStateException("no '## Base file' in " + CATALOG);
  }

  static List<Entry> entries() throws IOException {
    String[] lines = Files.readString(CATALOG).split("\n");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher entry = ENTRY.matcher(lines[i]);
      if (entry.matches()) {
        entries.add(entry(entry.group(1), lines, i + 1));
      }
    }
    return entries;
  }

  private static Entry entry(String title, String[] lines, int from) {
    Example bad = null;
    List<String> reports = new ArrayList<>();
    Example fix = null;
    for (int i = from; i < lines.length && !lines[i].startsWith("## ")
        && !lines[i].startsWith("### "); i++) {
      Matcher report = REPORTS.matcher(lines[i]);
      if (lines[i].equals("Bad:")) {
        bad = block(lines, i);
      } else if (lines[i].equals("Fix:")) {
        fix = block(lines, i);
      } else if (report.matches()) {
        reports.add(report.group(2));
      }
    }
    if (bad == null || reports.isEmpty() || fix == null) {
      throw new IllegalStateException(title + " needs Bad:, Reports: and Fix:");
    }
    return new Entry(title, bad, reports, fix);
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
