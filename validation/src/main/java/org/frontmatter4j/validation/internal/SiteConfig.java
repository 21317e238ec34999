package org.frontmatter4j.validation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.SourcePosition;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.frontmatter4j.validation.ContentRule;

/**
 * A Jekyll site: its root folder and what its {@code _config.yml} says that checking its files
 * needs, {@code url}, {@code baseurl}, {@code exclude}, {@code include} and {@code collections}.
 * The file is read with the project's own strict parser, anchors and merge keys allowed (real
 * configs share defaults with {@code <<: *default_post_settings}), every limit kept. A broken
 * file gives its problems and a config without the broken values: the site's files are still
 * checked.
 *
 * @param root        the folder that holds {@code _config.yml}
 * @param configFile  {@code root/_config.yml}, whether or not it exists
 * @param url         the site's address without a trailing slash ({@code https://x.github.io}),
 *                    if the config gives a valid one
 * @param baseurl     the path the site is served under, {@code ""} or {@code /name}
 * @param exclude     Jekyll {@code exclude} entries, then Jekyll's own defaults
 * @param include     Jekyll {@code include} entries
 * @param collections the names of the site's collections
 * @param problems    what is wrong with the config file, each at its line
 */
public record SiteConfig(Path root, Path configFile, Optional<URI> url, String baseurl,
    List<String> exclude, List<String> include, Set<String> collections,
    List<Problem> problems) {

  /** The name of the file that makes a folder a site root. */
  public static final String FILE_NAME = "_config.yml";

  /** What Jekyll 4 always excludes, on top of the config's own entries. */
  private static final List<String> JEKYLL_EXCLUDES = List.of(".sass-cache", ".jekyll-cache",
      "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/",
      "vendor/gems/", "vendor/ruby/");

  private static final FrontMatterParser CONFIG_PARSER =
      FrontMatterParser.builder().allowAnchorsAndAliases(true).build();

  /** Reads {@code root/_config.yml}; a missing file is an empty config. Never throws. */
  public static SiteConfig read(Path root) {
    Path file = root.resolve(FILE_NAME);
    String source = file.toString();
    List<Problem> problems = new ArrayList<>();
    YamlMapping tree = new YamlMapping(List.of(), false, SourcePosition.START,
        SourcePosition.START);
    String text = "";
    if (Files.isRegularFile(file)) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        text = new String(bytes, StandardCharsets.UTF_8);
        tree = CONFIG_PARSER.parseYaml(bytes, source);
      } catch (FrontMatterException e) {
        problems.addAll(e.problems());
      } catch (IOException e) {
        problems.add(new Problem(source, 1, 1, "", ContentRule.SITE_CONFIG.id(), Severity.ERROR,
            "cannot read the site's " + FILE_NAME + ": " + SiteFiles.describe(e), ""));
      }
    }
    Reader reader = new Reader(source, text, problems);
    Optional<URI> url = reader.string(tree, "url").flatMap(reader::siteUrl);
    String baseurl = reader.string(tree, "baseurl").map(s -> baseurl(s.value())).orElse("");
    List<String> exclude = new ArrayList<>(reader.strings(tree, "exclude"));
    exclude.addAll(JEKYLL_EXCLUDES);
    List<String> include = reader.strings(tree, "include");
    Set<String> collections = reader.collections(tree);
    return new SiteConfig(root, file, url, baseurl, exclude, include, collections, problems);
  }

  public SiteConfig {
    exclude = List.copyOf(exclude);
    include = List.copyOf(include);
    collections = Set.copyOf(collections);
    problems = List.copyOf(problems);
  }

  /**
   * Whether Jekyll leaves this path out of the site, as its {@code EntryFilter} decides: an
   * entry matches when it is the path (or a folder above it, {@code exclude: [docs]}), a
   * prefix of it ({@code LICENSE} also leaves out {@code LICENSE-source}), or a glob on it where
   * {@code *} crosses folders ({@code File.fnmatch} without {@code FNM_PATHNAME}).
   *
   * @param relative  the path relative to the root, with {@code /}
   * @param directory whether it is a folder ({@code docs/} then matches it too)
   */
  public boolean excludes(String relative, boolean directory) {
    return matches(exclude, relative, directory);
  }

  /** Whether {@code include} names this path: a hidden folder it names is walked. */
  public boolean includes(String relative, boolean directory) {
    return matches(include, relative, directory);
  }

  private static boolean matches(List<String> entries, String relative, boolean directory) {
    if (relative.isEmpty()) {
      return false; // the root itself, or a path outside the site
    }
    for (String entry : entries) {
      String pattern = entry.startsWith("/") ? entry.substring(1) : entry;
      if (pattern.isEmpty()) {
        continue;
      }
      if (relative.startsWith(pattern) || (directory && pattern.equals(relative + "/"))
          || fnmatch(pattern, 0, relative, 0)) {
        return true;
      }
    }
    return false;
  }

  /** Ruby's {@code File.fnmatch} without flags: {@code *}, {@code ?}, {@code [...]}, {@code \}. */
  static boolean fnmatch(String pattern, int p, String text, int t) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      switch (c) {
        case '*' -> {
          while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
          }
          if (p == pattern.length()) {
            return true;
          }
          for (int from = t; from <= text.length(); from++) {
            if (fnmatch(pattern, p, text, from)) {
              return true;
            }
          }
          return false;
        }
        case '?' -> {
          if (t >= text.length()) {
            return false;
          }
          p++;
          t++;
        }
        case '[' -> {
          int close = pattern.indexOf(']', p + 2);
          if (close < 0) {
            if (t >= text.length() || text.charAt(t) != '[') {
              return false; // no class: a plain '['
            }
            p++;
            t++;
          } else {
            if (t >= text.length() || !inClass(pattern.substring(p + 1, close), text.charAt(t))) {
              return false;
            }
            p = close + 1;
            t++;
          }
        }
        default -> {
          if (c == '\\' && p + 1 < pattern.length()) {
            c = pattern.charAt(++p);
          }
          if (t >= text.length() || text.charAt(t) != c) {
            return false;
          }
          p++;
          t++;
        }
      }
    }
    return t == text.length();
  }

  private static boolean inClass(String set, char c) {
    boolean negated = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
    boolean found = false;
    for (int i = negated ? 1 : 0; i < set.length(); i++) {
      if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
        found |= c >= set.charAt(i) && c <= set.charAt(i + 2);
        i += 2;
      } else {
        found |= set.charAt(i) == c;
      }
    }
    return found != negated;
  }

  private static String baseurl(String value) {
    String trimmed = value.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
  }

  /** Reads typed values from the tree, each wrong one a problem at its line. */
  private record Reader(String source, String text, List<Problem> problems) {

    Optional<YamlScalar> string(YamlMapping tree, String key) {
      Optional<YamlNode> node = lookup(tree, key);
      if (node.isEmpty() || isNull(node.get())) {
        return Optional.empty();
      }
      if (node.get() instanceof YamlScalar scalar) {
        return Optional.of(scalar);
      }
      problem(node.get(), key, "'" + key + "' must be a text, such as " + key + ": \"/blog\"");
      return Optional.empty();
    }

    List<String> strings(YamlMapping tree, String key) {
      Optional<YamlNode> node = lookup(tree, key);
      if (node.isEmpty() || isNull(node.get())) {
        return List.of();
      }
      if (!(node.get() instanceof YamlSequence sequence)) {
        problem(node.get(), key, "'" + key + "' must be a list of paths, one '- path' line each;"
            + " Jekyll stops on anything else");
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        YamlNode item = sequence.items().get(i);
        if (item instanceof YamlScalar scalar && scalar.type() != ScalarType.NULL) {
          values.add(scalar.value());
        } else {
          problem(item, key + "[" + i + "]", "'" + key + "' entries must be paths, such as"
              + " - README.md");
        }
      }
      return values;
    }

    Set<String> collections(YamlMapping tree) {
      Optional<YamlNode> node = lookup(tree, "collections");
      Set<String> names = new LinkedHashSet<>();
      if (node.isEmpty() || isNull(node.get())) {
        return names;
      }
      if (node.get() instanceof YamlMapping mapping) {
        mapping.entries().stream().map(YamlEntry::name).filter(n -> !n.equals("<<"))
            .forEach(names::add);
      } else if (node.get() instanceof YamlSequence) {
        names.addAll(strings(tree, "collections"));
      } else {
        problem(node.get(), "collections", "'collections' must be a mapping of collection names"
            + " (people: {output: true}) or a list of names");
      }
      return names;
    }

    Optional<URI> siteUrl(YamlScalar scalar) {
      String value = scalar.value();
      if (value.isBlank()) {
        return Optional.empty();
      }
      try {
        URI uri = new URI(value.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          String path = uri.getRawPath() == null ? "" : uri.getRawPath();
          if (path.isEmpty() || path.equals("/")) {
            return Optional.of(uri);
          }
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      problem(scalar, "url", "'url' must be the site's address, scheme and host only, such as"
          + " https://example.github.io (a path goes in 'baseurl'), not '" + value + "'");
      return Optional.empty();
    }

    private void problem(YamlNode node, String path, String message) {
      int line = node.start().line();
      int column = node.start().column();
      String lineText = text.lines().skip(line - 1).findFirst().orElse("");
      String snippet = lineText + "\n" + " ".repeat(column - 1) + "^";
      problems.add(new Problem(source, line, column, path, ContentRule.SITE_CONFIG.id(),
          Severity.ERROR, message, snippet));
    }

    private static boolean isNull(YamlNode node) {
      return node instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL;
    }

    /** The key's value, or the value a merge key ({@code <<: *base}) brings. */
    private static Optional<YamlNode> lookup(YamlMapping mapping, String key) {
      Optional<YamlNode> own = mapping.get(key);
      if (own.isPresent()) {
        return own;
      }
      Optional<YamlNode> merged = mapping.get("<<");
      if (merged.isPresent() && merged.get() instanceof YamlMapping base) {
        return base.get(key);
      }
      if (merged.isPresent() && merged.get() instanceof YamlSequence bases) {
        for (YamlNode item : bases.items()) {
          if (item instanceof YamlMapping base && base.get(key).isPresent()) {
            return base.get(key);
          }
        }
      }
      return Optional.empty();
    }
  }
}
