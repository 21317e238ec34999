package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;

/**
 * Where {@code collection.item-not-found} looks for the files a collection names: a live test of
 * each path ({@link CollectionItems#matching}), two places at once ({@link CollectionItems#or}),
 * and the {@link SiteValidator} that uses them.
 */
class CollectionItemsTest {
  private static final String COLLECTION = "site/_learning/collections/first-steps.md";
  private static final String TEXT = CollectionFixture.TEXT;

  private static List<Problem> check(CollectionItems items) {
    return SiteValidator.builder().threads(1).collectionItems(items).build()
        .check(Path.of(COLLECTION), TEXT).problems();
  }

  @Test
  void aLiveTestSeesFilesAddedAfterTheCheckWasMade() {
    Set<String> files = ConcurrentHashMap.newKeySet();
    CollectionItems items = CollectionItems.matching(files::contains);
    assertThat(check(items)).extracting(Problem::toString).containsExactly(
        COLLECTION + ":7:5: error: 'items[0]' names no file of this site: there is no"
            + " _learning/videos/timer-controls.md; write a folder and a file name such as"
            + " videos/my-video, or remove the item [collection.item-not-found]",
        COLLECTION + ":8:5: error: 'items[1]' names no file of this site: there is no"
            + " _learning/courses/canvas-apps.md; write a folder and a file name such as"
            + " videos/my-video, or remove the item [collection.item-not-found]");

    files.add("site/_learning/videos/timer-controls.md");
    assertThat(check(items)).extracting(Problem::line).containsExactly(8);
    files.add("site/_learning/courses/canvas-apps.html");
    assertThat(check(items)).isEmpty();
  }

  @Test
  void eitherPlaceFindsAnItem() {
    CollectionItems videos = CollectionItems.among(List.of("site/_learning/videos/timer-controls.md"));
    CollectionItems courses = CollectionItems.matching("site/_learning/courses/canvas-apps.md"::equals);
    assertThat(check(videos)).extracting(Problem::line).containsExactly(8);
    assertThat(check(courses)).extracting(Problem::line).containsExactly(7);
    assertThat(check(videos.or(courses))).isEmpty();
    assertThat(check(courses.or(videos))).isEmpty();
  }

  @Test
  void theDefaultLooksOnDisk() {
    SiteValidator site = SiteValidator.builder().build();
    // Nothing of the relative site exists on disk here: both items are missing.
    assertThat(site.check(Path.of(COLLECTION), TEXT).problems()).extracting(Problem::ruleId)
        .containsExactly("collection.item-not-found", "collection.item-not-found");
  }
}
