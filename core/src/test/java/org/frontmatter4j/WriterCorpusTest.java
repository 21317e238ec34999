package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Both writers over the real corpus: every file must come back byte for byte. */
class WriterCorpusTest {
  private static final int ALL_FILES = 11_247;
  private static final int NEWS_FILES = 2_437;

  private final FrontMatterParser parser = FrontMatterParser.builder().build();
  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter lf = FrontMatterWriter.builder().build();
  private final FrontMatterWriter crlf =
      FrontMatterWriter.builder().lineEnding(LineEnding.CRLF).build();

  @Test
  void everyCorpusFileIsWrittenBackByteForByte() throws Exception {
    List<Path> files = Corpus.files("");
    List<String> different = new ArrayList<>();
    int identical = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String written = lf.write(parser.parse(bytes, file.toString()));
      if (Arrays.equals(written.getBytes(StandardCharsets.UTF_8), bytes)) {
        identical++;
      } else {
        different.add(file.toString());
      }
    }
    System.out.printf("format-preserving writer, unchanged documents: %d of %d identical%n",
        identical, files.size());
    assertThat(different).isEmpty();
    assertThat(identical).isEqualTo(ALL_FILES);
  }

  @Test
  void everyNewsFileIsWrittenBackThroughItsModelByteForByte() throws Exception {
    List<Path> files = Corpus.files("news");
    List<String> different = new ArrayList<>();
    int identical = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      FrontMatterDocument document = parser.parse(bytes, file.toString());
      NewsArticle article = reader.readNews(document);
      String written = lf.write(article, document);
      if (Arrays.equals(written.getBytes(StandardCharsets.UTF_8), bytes)) {
        identical++;
      } else {
        different.add(file.toString());
      }
    }
    assertThat(different).isEmpty();
    assertThat(identical).isEqualTo(NEWS_FILES);
  }

  @Test
  void canonicalWriterAloneReproducesEveryNewsFile() throws Exception {
    List<Path> files = Corpus.files("news");
    List<String> different = new ArrayList<>();
    int identical = 0;
    int crlfFiles = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      FrontMatterDocument document = parser.parse(bytes, file.toString());
      NewsArticle article = reader.readNews(document);
      boolean windows = document.lineEnding() == LineEnding.CRLF;
      crlfFiles += windows ? 1 : 0;
      String written = (windows ? crlf : lf).writeCanonical(article);
      if (Arrays.equals(written.getBytes(StandardCharsets.UTF_8), bytes)) {
        identical++;
      } else if (different.size() < 5) {
        different.add(file + "\n" + firstDifference(new String(bytes, StandardCharsets.UTF_8),
            written));
      }
    }
    System.out.printf("canonical writer, news: %d of %d identical (%d CRLF)%n", identical,
        files.size(), crlfFiles);
    assertThat(different).isEmpty();
    assertThat(identical).isEqualTo(NEWS_FILES);
    assertThat(crlfFiles).isBetween(1, NEWS_FILES - 1);
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    return "expected: " + expected.substring(from, Math.min(expected.length(), i + 60))
        + "\nactual:   " + actual.substring(from, Math.min(actual.length(), i + 60));
  }
}
