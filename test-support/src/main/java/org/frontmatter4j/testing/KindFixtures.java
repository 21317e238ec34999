package org.frontmatter4j.testing;

/**
 * Small files of the Smartable kinds in their canonical layout, as the canonical writer writes
 * them: the fixtures the format tests of the library, the command line and the Maven plugin
 * share. Real files stay in the corpus; these are written by hand.
 */
public final class KindFixtures {
  /**
   * A person without a signature: the blank line that precedes {@code secured} stays before the
   * closing {@code ---}, as Smartable writes it; a one-line body.
   */
  public static final String PERSON = """
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
      Her page.
      """;

  /** A newsletter issue: an HTML file with front matter, its URL quoted, no signature. */
  public static final String NEWSLETTER = """
      ---
      title: "Power Apps Smartable (2020-10-07)"
      excerpt: "Three news"
      publishedDateTime: 2020-10-07T19:41:02Z
      webUrl: "https://smartable.ai/apps/powerapps/newsletter/power-apps-smartable-2020-10-07/"
      type: article

      topics:
        - Power Apps

      ---
      <html>
      </html>
      """;

  private KindFixtures() {}
}
