package org.frontmatter4j.validation;

/** A collection for the tests of {@code collection.item-not-found}, here and in the editor's. */
public final class CollectionFixture {
  /**
   * A valid collection naming {@code videos/timer-controls} (line 7) and
   * {@code courses/canvas-apps} (line 8).
   */
  public static final String TEXT = """
      ---
      title: "First steps with Power Apps"
      excerpt: "A course and a video to start with."
      type: collection
      heat: 70
      items:
        - videos/timer-controls
        - courses/canvas-apps
      topics:
        - Power Apps
      ---
      """;

  private CollectionFixture() {}
}
