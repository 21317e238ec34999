package org.frontmatter4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.tree.YamlMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The table of kinds: ids, models, folders, and how a file's kind is told. */
class KindTest {
  private static final FrontMatterParser PARSER = FrontMatterParser.builder().build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "site/_news/2020-09-23-x.md, news",
      "site/_archive/_news/2020-09-23-x.md, news",
      "site/_people/april-dunnam.md, person",
      "_learning/courses/x.md, course",
      "/srv/site/_learning/videos/x.md, video",
      "_learning/collections/x.md, collection",
      "_learning/books/x.md, book",
      "_learning/articles/x.md, article",
      "_samples/x.md, sample",
      "_newsletters/power-apps-smartable-2020-10-07.html, newsletter",
      "_communities/x.md, community",
      "_events/2020-07-12-rss-2020.md, event",
      // the nearest kind folder wins
      "_news/_people/x.md, person",
      "_people/drafts/x.md, person"})
  void theNearestKindFolderTellsTheKind(String path, String id) {
    assertThat(Kind.fromPath(Path.of(path))).map(Kind::id).contains(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "x.md",
      "site/people/x.md",
      "courses/x.md",               // not under _learning
      "_learning/x.md",
      "_learning/podcasts/x.md",
      "site/_news.md"})            // a file, not a folder
  void otherFoldersTellNothing(String path) {
    assertThat(Kind.fromPath(Path.of(path))).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "category: news\\ntype: video | news",
      "type: \"profile\" | person",
      "type: course | course",
      "type: video | video",
      "type: collection | collection",
      "type: book | book",
      "type: download | sample",
      "type: forum | community",
      "type: conference | event"})
  void categoryOrTypeTellsTheKind(String yaml, String id) {
    assertThat(Kind.fromFrontMatter(frontMatter(yaml.replace("\\n", "\n")))).map(Kind::id)
        .contains(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "type: article",          // news, newsletters and learning articles all write it
      "category: people",       // Jekyll's category from _config.yml, not a key of a person
      "category: event",
      "category: posts",
      "title: x",
      "type:\\n  - course"})
  void ambiguousOrMissingValuesTellNothing(String yaml) {
    assertThat(Kind.fromFrontMatter(frontMatter(yaml.replace("\\n", "\n")))).isEmpty();
  }

  @Test
  void theFolderWinsOverTheFrontMatter() {
    YamlMapping course = frontMatter("type: course");
    assertThat(Kind.detect(Path.of("_learning/videos/x.md"), course)).contains(Kind.VIDEO);
    assertThat(Kind.detect(Path.of("elsewhere/x.md"), course)).contains(Kind.COURSE);
    assertThat(Kind.detect(Path.of("elsewhere/x.md"), frontMatter("type: article"))).isEmpty();
  }

  @Test
  void idsModelsAndFoldersFormOneTable() {
    assertThat(Arrays.stream(Kind.values()).map(Kind::id)).containsExactly("news", "person",
        "course", "video", "collection", "book", "article", "sample", "newsletter", "community",
        "event");
    assertThat(Arrays.stream(Kind.values()).map(Kind::type)).containsExactly(NewsArticle.class,
        Person.class, Course.class, Video.class, LearningCollection.class, Book.class,
        LearningArticle.class, Sample.class, Newsletter.class, Community.class, Event.class);
    assertThat(Kind.COLLECTION.folders()).containsExactly("_learning/collections");
    assertThat(Kind.byId("video")).contains(Kind.VIDEO);
    assertThat(Kind.byId("videos")).isEmpty();
    assertThat(Kind.VIDEO).hasToString("video");
    // Content is sealed: its permitted subtypes are exactly the kinds' models
    assertThat(Content.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Arrays.stream(Kind.values()).map(Kind::type)
            .toArray(Class<?>[]::new));
  }

  @Test
  void aModelKnowsItsKind() {
    Community community = Community.builder().name("Power Apps Community").excerpt("Forum")
        .originalUrl("https://powerusers.microsoft.com/").webUrl("https://powerusers.microsoft.com/")
        .members(12).provider(Provider.builder().name("Microsoft").domain("microsoft.com").build())
        .addTopics("Power Apps").build();
    assertThat(Kind.of(community)).isEqualTo(Kind.COMMUNITY);
    assertThat(Kind.ofType(ImmutableCommunity.class)).contains(Kind.COMMUNITY);
    assertThat(Kind.ofType(String.class)).isEmpty();
    Event event = Event.builder().name("RSS 2020").excerpt("Robotics").type("conference")
        .startDateTime(OffsetDateTime.parse("2020-07-12T08:00:00-08:00"))
        .endDateTime(OffsetDateTime.parse("2020-07-16T18:00:00-08:00"))
        .provider(Provider.builder().name("RSS").domain("roboticsconference.org").build())
        .build();
    assertThat(Kind.of(event.withLocation("Online"))).isEqualTo(Kind.EVENT);
    assertThat(event.body()).isEmpty();
    assertThat(event.secured()).isEqualTo(Optional.empty());
  }

  @Test
  void nullsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> Kind.byId(null)).hasMessage("id must not be null");
    assertThatThrownBy(() -> Kind.fromPath(null)).hasMessage("file must not be null");
  }

  private static YamlMapping frontMatter(String yaml) {
    return PARSER.parse("---\n" + yaml + "\n---\n", "test.md").frontMatter();
  }
}
