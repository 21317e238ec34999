package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format command in process, over files of several kinds: exact output and bytes. */
class FormatCommandTest {
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
      Her page.
      """;

  static final String COURSE = """
      ---
      title: "Build a canvas app"
      excerpt: "Learn canvas apps."
      webUrl: https://docs.microsoft.com/learn/paths/create-powerapps/
      type: course
      price: Free
      length: PT2H21M
      ratings:
        count: 120
        average: 4.7
      heat: 50

      provider:
        name: Microsoft Learn
        domain: docs.microsoft.com

      levels:
        - Beginner

      topics:
        - Power Apps

      secured: "c2lnbmF0dXJl;DmL2QmapHHNghgiRKWlFkw=="
      ---
      """;

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

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path file(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  @Test
  void checkListsTheFilesOfEveryKindThatWouldChange() throws Exception {
    file("_people/april-dunnam.md", PERSON);
    file("_learning/courses/canvas.md", COURSE);
    file("_newsletters/power-apps-smartable-2020-10-07.html", NEWSLETTER);
    Path person = file("_people/reza.md", PERSON.replace("name: \"April Dunnam\"",
        "name: April Dunnam"));
    Path course = file("_learning/courses/sloppy.md", COURSE.replace("\n\nlevels:", "\nlevels:"));
    file("about.md", "---\nlayout:   page\n---\n");

    assertThat(run("format", "--check", dir.toString())).isEqualTo(1);

    assertThat(out.toString().lines().toList()).containsExactly(
        course.toString(), person.toString(),
        out.toString().lines().toList().get(2));
    assertThat(out.toString().lines().toList().get(2)).matches("5 files \\(2 people, 2 courses,"
        + " 1 newsletter\\), 3 canonical, 2 would change, 0 with errors \\(\\d+\\.\\d\\d s\\)");
    assertThat(Files.readString(person)).isNotEqualTo(PERSON);
  }

  @Test
  void writeRewritesEveryKindKeepingCrlfAndTheByteOrderMark() throws Exception {
    String crlfNewsletter = "\uFEFF" + NEWSLETTER.replace("\n", "\r\n");
    Path newsletter = file("_newsletters/crlf.html", crlfNewsletter.replace("\r\n\r\ntopics:",
        "\r\ntopics:"));
    Path person = file("_people/reza.md", PERSON.replace("type: \"profile\"", "type: profile"));
    Path course = file("_learning/courses/canvas.md", COURSE.replace("price: Free\n", "")
        .replace("length: PT2H21M\n", "length: PT2H21M\nprice: Free\n"));

    assertThat(run("format", "--write", "-q", dir.toString())).isZero();

    assertThat(out.toString().lines().sorted().toList()).containsExactly(
        "formatted " + course, "formatted " + newsletter, "formatted " + person);
    assertThat(Files.readAllBytes(newsletter))
        .isEqualTo(crlfNewsletter.getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(person)).isEqualTo(PERSON);
    assertThat(Files.readString(course)).isEqualTo(COURSE);
  }

  @Test
  void kindReadsEveryFileAsThatKind() throws Exception {
    Path draft = file("drafts/issue.html", NEWSLETTER.replace("\n\n---\n", "\n---\n"));

    assertThat(run("format", "--check", "-q", dir.toString())).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(run("format", "--check", "--kind", "newsletter", "--output", "json",
        dir.toString())).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("""
        {
          "files": 1,
          "canonical": 0,
          "changed": [%s],
          "invalid": []
        }
        """.formatted("\"" + draft + "\""));
  }

  @Test
  void anUnknownKindIsBadUsage() {
    assertThat(run("format", "--check", "--kind", "blog", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--kind must be auto or one of news, person, course,"
        + " video, collection, book, article, sample, newsletter, community, event, not 'blog'");
  }
}
