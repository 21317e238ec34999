package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.model.Community;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.Person;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.TwitterAccount;
import org.junit.jupiter.api.Test;

/**
 * The two layout annotations that say more than "this key": {@code @Quoted(keys = ...)}, which
 * quotes strings inside a nested value, and {@code @BlankLineBefore(keptWhenAbsent = true)}, which
 * keeps the blank line of an absent key.
 */
class CanonicalLayoutAnnotationsTest {
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();
  private final ContentReader reader = ContentReader.builder().build();

  record Logo(String url, Optional<String> alt) {}

  record Brand(String name, List<Logo> logos, Optional<Logo> main) {}

  record Page(String title, @Quoted(keys = {"logos.url", "main.alt"}) Brand brand,
      @Quoted(keys = "url") List<Logo> pictures, @BlankLineBefore List<String> tags,
      @BlankLineBefore(keptWhenAbsent = true) Optional<String> signature) {}

  @Test
  void quotedKeysQuoteOnlyThosePathsThroughListsAndOptionals() {
    Page page = new Page("t", new Brand("b", List.of(new Logo("/a.png", Optional.of("x")),
        new Logo("/b.png", Optional.empty())), Optional.of(new Logo("/c.png", Optional.of("y")))),
        List.of(new Logo("/d.png", Optional.of("z"))), List.of("k"), Optional.of("s"));

    String written = writer.writeCanonical(page);

    assertThat(written).isEqualTo("""
        ---
        title: t
        brand:
          name: b
          logos:
            - url: "/a.png"
              alt: x
            - url: "/b.png"
          main:
            url: /c.png
            alt: "y"
        pictures:
          - url: "/d.png"
            alt: z

        tags:
          - k

        signature: s
        ---
        """);
    assertThat(reader.read(written, "page.md", Page.class)).isEqualTo(page);
  }

  @Test
  void anAbsentKeyKeptWhenAbsentLeavesItsBlankLineBeforeTheClosingDelimiter() {
    Page page = new Page("t", new Brand("b", List.of(), Optional.empty()), List.of(),
        List.of("k"), Optional.empty());

    String written = writer.writeCanonical(page);

    assertThat(written).isEqualTo("""
        ---
        title: t
        brand:
          name: b

        tags:
          - k

        ---
        """);
    assertThat(reader.read(written, "page.md", Page.class)).isEqualTo(page);
  }

  @Test
  void aPersonQuotesItsAffiliationsLogoButNotItsPortrait() {
    Image logo = Image.builder().url("/assets/images/organizations/microsoft.com-50x50.jpg")
        .width(50).height(50).build();
    Person person = Person.builder().name("April Dunnam").bio("Bio").location("Tulsa")
        .type("profile").heat(90)
        .affiliation(Provider.builder().name("Microsoft").domain("microsoft.com")
            .addImages(logo).build())
        .twitter(TwitterAccount.builder().username("aprildunnam")
            .url("https://twitter.com/aprildunnam").followers(5273).build())
        .addTopics("Power Apps")
        .addImages(Image.builder().url("https://pbs.twimg.com/a.jpg").width(400).height(400)
            .title("April Dunnam").build())
        .build();

    assertThat(writer.writeCanonical(person)).isEqualTo("""
        ---
        name: "April Dunnam"
        bio: "Bio"
        location: Tulsa
        type: "profile"
        heat: 90

        affiliation:
          name: Microsoft
          domain: microsoft.com
          images:
            - url: "/assets/images/organizations/microsoft.com-50x50.jpg"
              width: 50
              height: 50

        twitter:
          username: aprildunnam
          url: https://twitter.com/aprildunnam
          followers: 5273

        topics:
          - Power Apps

        images:
          - url: https://pbs.twimg.com/a.jpg
            width: 400
            height: 400
            title: "April Dunnam"

        ---
        """);
  }

  @Test
  void aCommunityIsWrittenAsTheNewerGenerationWritesIt() {
    Community community = Community.builder().name("Power Apps in Stack Overflow")
        .excerpt("Q&A").originalUrl("https://stackoverflow.com/questions/tagged/powerapps")
        .webUrl("https://stackoverflow.com/questions/tagged/powerapps").type("forum")
        .members(3000).heat(190)
        .provider(Provider.builder().name("Stack Overflow").domain("stackoverflow.com")
            .addImages(Image.builder().url("https://example.com/so-50x50.jpg").width(50)
                .height(50).build())
            .build())
        .addTopics("Power Apps").body("\n").build();

    assertThat(writer.writeCanonical(community)).isEqualTo("""
        ---
        name: "Power Apps in Stack Overflow"
        excerpt: "Q&A"
        originalUrl: https://stackoverflow.com/questions/tagged/powerapps
        webUrl: https://stackoverflow.com/questions/tagged/powerapps
        type: forum
        members: 3000
        heat: 190

        provider:
          name: Stack Overflow
          domain: stackoverflow.com
          images:
            - url: https://example.com/so-50x50.jpg
              width: 50
              height: 50

        topics:
          - Power Apps

        ---

        """);
  }
}
