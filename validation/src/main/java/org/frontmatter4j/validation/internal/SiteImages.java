package org.frontmatter4j.validation.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.frontmatter4j.validation.ContentRule;

/**
 * Checks the images a file refers to inside its own site: every mapping with a {@code url} and
 * a {@code width} or {@code height} (or any mapping in an {@code images} list), wherever it is in
 * the front matter, so that every kind is covered (a news article's {@code images} and
 * {@code provider.images}, a person's {@code affiliation.images}, {@code related[].images}). A
 * site path ({@code /assets/x.jpg}) or an absolute link into the site ({@code url} +
 * {@code baseurl} + path) must name a file of the site, and the file's pixel size must be the
 * declared {@code width} and {@code height}. Other links are never fetched.
 *
 * <p>One instance serves one run, from many threads: each image's size is read once, however
 * many files refer to it.
 */
public final class SiteImages {
  private final Map<Path, ImageHeaders.Result> sizes = new ConcurrentHashMap<>();
  private final AtomicInteger checked = new AtomicInteger();

  /** How many references into a site this instance has checked. */
  public int referencesChecked() {
    return checked.get();
  }

  /** How many distinct image files it has read. */
  public int imagesRead() {
    return sizes.size();
  }

  /** The problems of the images {@code document} refers to in {@code site}, in source order. */
  public List<Problem> check(FrontMatterDocument document, SiteConfig site) {
    List<Problem> problems = new ArrayList<>();
    visit(document.frontMatter(), new ArrayList<>(), false, document, site, problems);
    return problems;
  }

  /**
   * Walks the tree with the keys and indexes that lead to each node on a stack; the property path
   * is built only for an image, not for each of the ~100 nodes of a file.
   */
  private void visit(YamlNode node, List<Object> path, boolean inImages,
      FrontMatterDocument document, SiteConfig site, List<Problem> problems) {
    if (node instanceof YamlMapping mapping) {
      if (isImage(mapping, inImages)) {
        checkImage(mapping, path, document, site, problems);
      }
      for (YamlEntry entry : mapping.entries()) {
        if (entry.value() instanceof YamlScalar) {
          continue;
        }
        path.add(entry.name());
        visit(entry.value(), path, entry.name().equals("images"), document, site, problems);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof YamlSequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        path.add(i);
        visit(sequence.items().get(i), path, inImages, document, site, problems);
        path.remove(path.size() - 1);
      }
    }
  }

  /** {@code provider.images[0]} from its keys and indexes. */
  private static String propertyPath(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }

  private static boolean isImage(YamlMapping mapping, boolean inImages) {
    return mapping.get("url").orElse(null) instanceof YamlScalar
        && (inImages || mapping.get("width").isPresent() || mapping.get("height").isPresent());
  }

  private void checkImage(YamlMapping image, List<Object> steps, FrontMatterDocument document,
      SiteConfig site, List<Problem> problems) {
    YamlScalar url = (YamlScalar) image.get("url").orElseThrow();
    Optional<String> sitePath = sitePath(url.value(), site);
    if (sitePath.isEmpty()) {
      return;
    }
    checked.incrementAndGet();
    String path = propertyPath(steps);
    String urlPath = path + ".url";
    Path file = resolve(site.root(), sitePath.get());
    if (file != null && !file.startsWith(site.root())) {
      problems.add(problem(document, url, urlPath, ContentRule.IMAGE_NOT_FOUND, "'" + urlPath
          + "' points outside the site: '" + url.value() + "' climbs above its root folder"));
      return;
    }
    if (file == null || !Files.isRegularFile(file)) {
      problems.add(problem(document, url, urlPath, ContentRule.IMAGE_NOT_FOUND, "'" + urlPath
          + "' names " + sitePath.get() + ", which is not in the site; add the file or fix"
          + " the link"));
      return;
    }
    ImageHeaders.Result result = sizes.computeIfAbsent(file, ImageHeaders::read);
    if (result instanceof ImageHeaders.Unreadable unreadable) {
      problems.add(problem(document, url, urlPath, ContentRule.IMAGE_UNREADABLE, "'" + urlPath
          + "' names " + sitePath.get() + ", which is not a readable image: "
          + unreadable.reason()));
    } else if (result instanceof ImageHeaders.Size size) {
      compare(image, "width", size.width(), "wide", size, path, sitePath.get(), document, problems);
      compare(image, "height", size.height(), "high", size, path, sitePath.get(), document,
          problems);
    }
  }

  private static void compare(YamlMapping image, String key, int real, String adjective,
      ImageHeaders.Size size, String path, String file, FrontMatterDocument document,
      List<Problem> problems) {
    if (!(image.get(key).orElse(null) instanceof YamlScalar declared)
        || declared.type() != ScalarType.INTEGER) {
      return; // missing, or not a number: the kind's own rules say so
    }
    if (!declared.value().equals(Integer.toString(real))) {
      String property = path + "." + key;
      problems.add(problem(document, declared, property, ContentRule.IMAGE_SIZE_MISMATCH, "'"
          + property + "' is " + declared.value() + ", but " + file + " is " + real + " pixels "
          + adjective + " (" + size + "); set " + key + ": " + real));
    }
  }

  private static Problem problem(FrontMatterDocument document, YamlScalar at, String path,
      ContentRule rule, String message) {
    return document.problemAt(at.start(), path, rule.id(), rule.severity(), message);
  }

  /**
   * The path inside the site that a link names, relative to the root and decoded, when it is a
   * site path or an absolute link under the site's {@code url} and {@code baseurl}; empty for
   * links elsewhere and for what is not a link at all (the link rules report those).
   */
  static Optional<String> sitePath(String link, SiteConfig site) {
    String value = link.strip();
    int cut = indexOfAny(value, '?', '#');
    value = cut < 0 ? value : value.substring(0, cut);
    String path;
    if (value.startsWith("/") && !value.startsWith("//")) {
      path = value;
    } else if (site.url().isPresent() && mayBeOnHost(value, site.url().get().getHost())) {
      try {
        URI uri = new URI(value.startsWith("//") ? "https:" + value : value);
        URI home = site.url().get();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
            || !uri.getHost().equalsIgnoreCase(home.getHost())
            || port(uri) != port(home) || uri.getRawPath() == null) {
          return Optional.empty();
        }
        path = uri.getRawPath();
        if (!site.baseurl().isEmpty() && !path.startsWith(site.baseurl() + "/")) {
          return Optional.empty(); // the same host, another site
        }
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    if (!site.baseurl().isEmpty() && path.startsWith(site.baseurl() + "/")) {
      path = path.substring(site.baseurl().length());
    }
    return decode(path.substring(1));
  }

  /** The file a site path names; null when the path cannot name a file here (a NUL in it). */
  private static Path resolve(Path root, String sitePath) {
    try {
      return root.resolve(sitePath).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Whether a link may be on {@code host}: a cheap test before parsing it as a URI. */
  private static boolean mayBeOnHost(String link, String host) {
    int start = link.startsWith("//") ? 2
        : link.regionMatches(true, 0, "https://", 0, 8) ? 8
        : link.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
    return start >= 0 && link.regionMatches(true, start, host, 0, host.length());
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static int indexOfAny(String text, char a, char b) {
    int first = text.indexOf(a);
    int second = text.indexOf(b);
    return first < 0 ? second : second < 0 ? first : Math.min(first, second);
  }

  /** Percent-decodes a path as UTF-8; empty when an escape is broken (url.encoding says so). */
  private static Optional<String> decode(String path) {
    if (path.indexOf('%') < 0) {
      return Optional.of(path);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
            || Character.digit(path.charAt(i + 2), 16) < 0) {
          return Optional.empty();
        }
        bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        int end = i + Character.charCount(path.codePointAt(i));
        byte[] encoded = path.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i = end - 1;
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
