package org.frontmatter4j.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule catalog, {@code docs/rules.md}, as shipped in this jar: which rules it documents, the
 * link to each rule's section and the section's first paragraph. The catalog is the one table of
 * documented rules; a rule it does not document gets no link.
 */
final class RuleDocs {
  /** Where the catalog is published; each rule's section is an anchor in it. */
  static final String CATALOG_URL =
      "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md";
  private static final Pattern HEADING = Pattern.compile("(?m)^### `([a-z0-9.-]+)`\\n\\n((?:.+\\n)+)");

  private static final Pattern GROUP = Pattern.compile("(?m)^## ");
  /** Last: it reads the catalog with the patterns above. */
  private static final RuleDocs SHIPPED = load();

  private final Map<String, String> summaries;
  /** Each rule's section with the introduction of its group, where the keys it checks are named. */
  private final Map<String, String> sections;

  RuleDocs(String catalog) {
    String text = catalog.replace("\r\n", "\n");
    Map<String, String> found = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String group : GROUP.split(text)) {
      int firstRule = group.indexOf("\n### ");
      String introduction = firstRule < 0 ? group : group.substring(0, firstRule);
      Matcher matcher = HEADING.matcher(group);
      while (matcher.find()) {
        found.put(matcher.group(1), matcher.group(2).strip().replace('\n', ' '));
        int end = group.indexOf("\n### ", matcher.end());
        texts.put(matcher.group(1),
            introduction + group.substring(matcher.start(), end < 0 ? group.length() : end));
      }
    }
    this.summaries = Collections.unmodifiableMap(found);
    this.sections = Map.copyOf(texts);
  }

  /**
   * The documented rules that check a key: those whose section (or its group's introduction)
   * names it in backticks or has it as a key in an example.
   */
  List<String> rulesFor(String key) {
    Pattern named = Pattern.compile("`" + Pattern.quote(key) + "`|(?m)^\\s*(?:- )?"
        + Pattern.quote(key) + ":");
    return summaries.keySet().stream()
        .filter(rule -> named.matcher(sections.get(rule)).find())
        .toList();
  }

  /** The catalog in this jar. */
  static RuleDocs shipped() {
    return SHIPPED;
  }

  private static RuleDocs load() {
    try (InputStream in = RuleDocs.class.getResourceAsStream("rules.md")) {
      if (in == null) {
        throw new IllegalStateException("rules.md is missing from the jar");
      }
      return new RuleDocs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The link to a documented rule's section, such as {@code ...rules.md#urlscheme}. */
  Optional<String> link(String ruleId) {
    return summaries.containsKey(ruleId) ? Optional.of(CATALOG_URL + "#" + anchor(ruleId))
        : Optional.empty();
  }

  /** The first paragraph of a documented rule's section: its severity and what it finds. */
  Optional<String> summary(String ruleId) {
    return Optional.ofNullable(summaries.get(ruleId));
  }

  /** The ids the catalog documents, in its order. */
  Set<String> ruleIds() {
    return summaries.keySet();
  }

  /** GitHub's anchor of a heading {@code `id`}: lower case, punctuation but '-' and '_' dropped. */
  static String anchor(String ruleId) {
    return ruleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }
}
