package org.frontmatter4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which folder a collection's items are looked up in, and which files each folder holds. */
class LearningFoldersTest {
  @Test
  void aCollectionNamesItemsInItsSitesLearningFolder() {
    assertThat(LearningFolders.ofCollection("/s/_learning/collections/first.md"))
        .isEqualTo("/s/_learning/");
    assertThat(LearningFolders.ofCollection("/s/_learning/x/_learning/collections/first.md"))
        .isEqualTo("/s/_learning/x/_learning/");
  }

  @Test
  void aFileOutsideACollectionsFolderOrBelowItIsNoCollectionOfASite() {
    assertThat(LearningFolders.ofCollection("/s/_learning/videos/first.md")).isNull();
    assertThat(LearningFolders.ofCollection("/s/_learning/collections/old/first.md")).isNull();
    assertThat(LearningFolders.ofCollection("/dump/learning-collections/first.md")).isNull();
  }

  @Test
  void eachFolderGetsTheFilesBelowItAndNestedFoldersShareThem() {
    List<String> paths = List.of("/s/_learning/collections/c.md", "/s/_learning/videos/v.md",
        "/s/_news/n.md", "/t/_learning/videos/w.md", "/s/_learning/x/_learning/collections/d.md");

    var rows = LearningFolders.files(paths,
        new LinkedHashSet<>(List.of("/s/_learning/", "/s/_learning/x/_learning/")));

    // Rows made on the driver hold the Java list Spark converts when it reads them.
    assertThat(rows).extracting(row -> row.getString(0) + " " + row.get(1)).containsExactly(
        "/s/_learning/ [/s/_learning/collections/c.md, /s/_learning/videos/v.md,"
            + " /s/_learning/x/_learning/collections/d.md]",
        "/s/_learning/x/_learning/ [/s/_learning/x/_learning/collections/d.md]");
  }
}
