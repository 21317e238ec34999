package org.frontmatter4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Content files for the tests, and a way to lay them out as a site. */
final class Sites {
  /** A news article in the canonical style, named after its publication date. */
  static final String NEWS_NAME = "2021-05-13-responsive-canvas-apps.md";

  static final String NEWS = """
      ---
      category: news
      title: "Power Apps adds responsive canvas apps"
      excerpt: "Makers can now build canvas apps that adapt to any screen."
      publishedDateTime: 2021-05-13T18:03:00Z
      webUrl: "https://powerapps.microsoft.com/en-us/blog/responsive-canvas-apps/"
      type: article

      provider:
        name: Microsoft Power Apps
        domain: powerapps.microsoft.com

      topics:
        - Power Apps
      ---
      Body text.
      """;

  /** A person in the canonical style (no signature: a blank line stays before the end). */
  static final String PERSON = """
      ---
      name: "April Dunnam"
      bio: "Power Platform advocate"
      location: Tulsa
      type: "profile"
      heat: 90

      twitter:
        username: aprildunnam
        url: https://twitter.com/aprildunnam
        followers: 5273

      topics:
        - Power Apps

      ---
      """;

  /** A newsletter issue in the canonical style: an HTML file with front matter. */
  static final String NEWSLETTER = """
      ---
      title: "Power Apps Smartable (2020-10-07)"
      excerpt: "Three news"
      publishedDateTime: 2020-10-07T19:41:02Z
      webUrl: "https://smartable.ai/apps/powerapps/newsletter/power-apps-smartable-2020-10-07/"
      type: article

      topics:
        - Power Apps

      ---
      <html></html>
      """;

  /** A page of another kind: its syntax is checked, nothing else. */
  static final String PAGE = "---\ntitle: About\nlayout: page\n---\nText.\n";

  private Sites() {}

  /**
   * {@code mojo} set up as Maven would for a site in {@code root}, with the descriptor's defaults
   * (see PluginDescriptorTest) and two threads, logging to {@code log}.
   */
  static <M extends AbstractContentMojo> M configure(M mojo, Path root, RecordingLog log) {
    mojo.directories = List.of(root.resolve("content").toFile());
    mojo.includes = List.of("**/*.md", "**/*.markdown", "**/_newsletters/*.html");
    mojo.threads = 2;
    mojo.setLog(log);
    return mojo;
  }

  /** Writes the news article to its place in the site at {@code root}. */
  static Path news(Path root, String text) throws IOException {
    return write(root, "content/_news/" + NEWS_NAME, text);
  }

  /** Writes {@code text} to {@code relative} under {@code root}, making its folders. */
  static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** The canonical article, with one line replaced. */
  static String news(String key, String line) {
    return NEWS.lines().map(l -> l.startsWith(key + ":") ? line : l)
        .reduce("", (a, b) -> a + b + "\n");
  }
}
