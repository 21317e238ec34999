package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.CanonicalFormat.Position;
import org.frontmatter4j.validation.CanonicalFormat.Result;
import org.frontmatter4j.validation.CanonicalFormat.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical style of every kind: each file read as the kind its folder tells, or a forced one. */
class CanonicalFormatKindsTest {
  static final String VIDEO = """
      ---
      title: "3 Uses for Power Apps Timer Controls"
      excerpt: "In this video I demo my top 3 use cases for the Timer Control."
      originalUrl: https://youtube.com/watch?v=OKPNjXh-6Vk
      type: video
      price: Free
      length: PT13M34S
      publishedDateTime: 2020-07-09T03:56:40Z
      heat: 51

      featuredContent: "<iframe src=\\"https://www.youtube.com/embed/OKPNjXh-6Vk\\"></iframe>"

      provider:
        name: April Dunnam
        domain: aprildunnam.com

      topics:
        - Power Apps

      images:
        - url: https://i.ytimg.com/vi/OKPNjXh-6Vk/hqdefault.jpg
          width: 480
          height: 360
          isCached: true

      secured: "c2lnbmF0dXJl;DmL2QmapHHNghgiRKWlFkw=="
      ---
      """;

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
      <html>
      </html>
      """;

  @TempDir
  Path dir;

  private final CanonicalFormat format = new CanonicalFormat(ContentReader.builder().build());

  private Path file(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void everyKindIsCheckedAndWrittenAsItsFolderTells() throws Exception {
    Path video = file("_learning/videos/timer.md", VIDEO);
    Path person = file("_people/april-dunnam.md", PERSON);
    Path newsletter = file("_newsletters/power-apps-smartable-2020-10-07.html", NEWSLETTER);
    // single-quoted title, plain type, no blank line before twitter: all canonical-style changes
    Path sloppyPerson = file("_people/sloppy.md", PERSON.replace("name: \"April Dunnam\"",
        "name: 'April Dunnam'").replace("type: \"profile\"", "type: profile")
        .replace("\n\ntwitter:", "\ntwitter:"));
    // heat before publishedDateTime, the picture's URL quoted
    Path sloppyVideo = file("_learning/videos/sloppy.md", VIDEO.replace(
        "publishedDateTime: 2020-07-09T03:56:40Z\nheat: 51\n",
        "heat: 51\npublishedDateTime: 2020-07-09T03:56:40Z\n").replace(
            "  - url: https://i.ytimg", "  - url: \"https://i.ytimg").replace("hqdefault.jpg\n",
            "hqdefault.jpg\"\n"));
    Path page = file("about.md", "---\nlayout: page\n---\n");

    List<Result> checked = format.all(List.of(video, person, newsletter, sloppyPerson,
        sloppyVideo, page), false, 2);

    assertThat(checked).extracting(Result::state).containsExactly(State.CANONICAL,
        State.CANONICAL, State.CANONICAL, State.CHANGED, State.CHANGED, State.OTHER_KIND);
    assertThat(checked).extracting(result -> result.kind().map(Kind::id).orElse("-"))
        .containsExactly("video", "person", "newsletter", "person", "video", "-");
    assertThat(checked.get(3).firstDifference()).contains(new Position(2, 7));
    assertThat(checked.get(4).firstDifference()).contains(new Position(8, 1));
    assertThat(format.write(sloppyPerson).state()).isEqualTo(State.WRITTEN);
    assertThat(Files.readString(sloppyPerson)).isEqualTo(PERSON);
    assertThat(format.write(sloppyVideo).state()).isEqualTo(State.WRITTEN);
    assertThat(Files.readString(sloppyVideo)).isEqualTo(VIDEO);
    assertThat(format.write(page).state()).isEqualTo(State.OTHER_KIND);
    assertThat(Files.readString(page)).isEqualTo("---\nlayout: page\n---\n");
  }

  @Test
  void aFileThatDoesNotBindToItsKindIsInvalidAndNotRewritten() throws Exception {
    String broken = PERSON.replace("followers: 5273", "followers: many");
    Path person = file("_people/broken.md", broken);

    Result result = format.write(person);

    assertThat(result.state()).isEqualTo(State.INVALID);
    assertThat(result.problems()).extracting(Object::toString).containsExactly(person
        + ":11:14: error: 'followers' must be an integer, but it is the string \"many\""
        + " [schema.type]");
    assertThat(Files.readString(person)).isEqualTo(broken);
  }

  @Test
  void crlfAndTheByteOrderMarkAreKeptForEveryKind() throws Exception {
    String crlf = "\uFEFF" + NEWSLETTER.replace("\n", "\r\n");
    Path newsletter = file("_newsletters/crlf.html", crlf.replace("title: \"Power Apps Smartable"
        + " (2020-10-07)\"", "title: Power Apps Smartable (2020-10-07)"));
    Path person = file("_people/crlf.md", "\uFEFF" + PERSON.replace("\n", "\r\n")
        .replace("\r\n\r\ntopics:", "\r\ntopics:"));

    assertThat(format.check(newsletter).firstDifference()).contains(new Position(2, 8));
    assertThat(format.write(newsletter).state()).isEqualTo(State.WRITTEN);
    assertThat(format.write(person).state()).isEqualTo(State.WRITTEN);

    assertThat(Files.readAllBytes(newsletter)).isEqualTo(crlf.getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(person))
        .isEqualTo("\uFEFF" + PERSON.replace("\n", "\r\n"));
  }

  @Test
  void aForcedKindReadsEveryFileAsThatKindWhateverItsFolder() throws Exception {
    // only the _newsletters folder tells a newsletter: its type, article, is news' type too
    Path draft = file("drafts/issue.html", NEWSLETTER.replace("\n\ntopics:", "\ntopics:"));
    CanonicalFormat asNewsletters =
        new CanonicalFormat(ContentReader.builder().build(), Kind.NEWSLETTER);

    assertThat(format.check(draft).state()).isEqualTo(State.OTHER_KIND);
    assertThat(format.kind()).isEmpty();
    assertThat(asNewsletters.kind()).contains(Kind.NEWSLETTER);
    assertThat(asNewsletters.check(draft).firstDifference()).contains(new Position(7, 1));
    assertThat(asNewsletters.canonicalText(draft, Files.readString(draft))).contains(NEWSLETTER);
    assertThat(new CanonicalFormat(ContentReader.builder().build(), Kind.PERSON).check(draft)
        .problems()).extracting(p -> p.ruleId()).contains("schema.unknown-key");
  }
}
