package org.frontmatter4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.tree.YamlScalar;

/**
 * Checks one file: parse, optionally write it back and compare, then bind when it is news. Safe
 * to share between threads.
 */
final class Checker {
  private final ContentReader reader;
  private final boolean allNews;
  private final FrontMatterWriter writer;

  Checker(boolean allNews, boolean lenient, boolean checkRoundTrip) {
    this.reader = ContentReader.builder().lenient(lenient).build();
    this.allNews = allNews;
    this.writer = checkRoundTrip ? FrontMatterWriter.builder().build() : null;
  }

  FileResult check(Path file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return FileResult.unreadable(file, "is a directory");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return FileResult.unreadable(file, ContentFiles.describe(e));
    }
    try {
      FrontMatterDocument document = reader.parser().parse(bytes, file.toString());
      Boolean roundTrip = writer == null ? null
          : Arrays.equals(writer.write(document).getBytes(StandardCharsets.UTF_8), bytes);
      if (!allNews && !isNews(file, document)) {
        // A kind this tool does not know yet: its front matter is checked, its schema is not.
        return new FileResult(file, List.of(), null, roundTrip);
      }
      return new FileResult(file, reader.bindNews(document).problems(), null, roundTrip);
    } catch (FrontMatterException e) {
      return new FileResult(file, e.problems(), null, null);
    }
  }

  /** News by folder ({@code _news}) or by its {@code category: news} line. */
  static boolean isNews(Path file, FrontMatterDocument document) {
    for (Path part : file.toAbsolutePath().normalize()) {
      if (part.toString().equals("_news")) {
        return true;
      }
    }
    return document.frontMatter().get("category")
        .filter(node -> node instanceof YamlScalar scalar && scalar.value().equals("news"))
        .isPresent();
  }
}
