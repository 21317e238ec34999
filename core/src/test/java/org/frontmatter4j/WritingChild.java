package org.frontmatter4j;

import java.io.IOException;
import java.nio.file.Path;
import org.frontmatter4j.model.NewsArticle;

/**
 * The child process of {@link AtomicWriteTest}: rewrites one large news file with
 * {@link FrontMatterWriter#writeTo} in a loop, each time with the next {@code heat}, until it is
 * killed. Prints {@code wrote N} after each write.
 *
 * <p>Arguments: the file, and {@code canonical} or {@code preserving}.
 */
public final class WritingChild {
  private WritingChild() {}

  /** Runs until killed. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    boolean canonical = args[1].equals("canonical");
    ContentReader reader = ContentReader.builder().build();
    FrontMatterWriter writer = FrontMatterWriter.builder().build();
    for (int heat = 1; ; heat++) {
      FrontMatterDocument document = reader.parser().parse(file);
      NewsArticle edited = reader.readNews(document).withHeat(heat);
      if (canonical) {
        writer.writeTo(file, edited);
      } else {
        writer.writeTo(file, edited, document);
      }
      System.out.println("wrote " + heat);
      System.out.flush();
    }
  }
}
