package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Every real news file parses and binds strictly, with no problem at all. */
class NewsCorpusTest {
  private static final int NEWS_FILES = 2437;

  @Test
  void everyNewsFileBindsStrictlyWithoutProblems() throws Exception {
    ContentReader reader = ContentReader.builder().build();
    List<Path> files = Corpus.files("news");
    List<String> failures = new ArrayList<>();
    int crlf = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      FrontMatterDocument document = reader.parser().parse(Files.readAllBytes(file), file.toString());
      BindResult<NewsArticle> result = reader.bindNews(document);
      if (!result.problems().isEmpty()) {
        failures.add(result.problems().get(0).toString());
      }
      if (document.lineEnding() == LineEnding.CRLF) {
        crlf++;
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("news corpus: %d files bound strictly, %d CRLF, 0 problems, %d ms%n",
        files.size(), crlf, millis);
    assertThat(failures).isEmpty();
    assertThat(files).hasSize(NEWS_FILES);
    assertThat(crlf).isBetween(1, NEWS_FILES - 1);
  }

  @Test
  void everyCorpusFileParses() throws Exception {
    FrontMatterParser parser = FrontMatterParser.builder().build();
    List<Path> files = Corpus.files("");
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        parser.parse(file);
      } catch (FrontMatterException e) {
        failures.add(e.problems().get(0).toString());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(files).hasSize(11247);
  }
}
