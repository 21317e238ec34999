package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontmatter4j.model.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real file of every kind binds strictly to its kind's model: the historic versions of
 * power-apps, the files of artificial-intelligence and the power-apps-site checkout.
 */
class KindsCorpusTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();
  private final ContentReader reader = ContentReader.builder().build();

  @ParameterizedTest(name = "{0} in {1}: {2} files")
  @CsvSource({
      "news, power-apps/news, 2437, 0",
      "news, power-apps-site/_news, 192, 0",
      "person, power-apps/people, 4177, 0",
      "person, artificial-intelligence/people, 12, 0",
      "person, power-apps-site/_people, 6, 0",
      "course, power-apps/learning-courses, 1198, 0",
      "course, artificial-intelligence/learning-courses, 12, 0",
      "course, power-apps-site/_learning/courses, 82, 0",
      "video, power-apps/learning-videos, 2854, 0",
      "video, artificial-intelligence/learning-videos, 6, 0",
      "video, power-apps-site/_learning/videos, 331, 0",
      "collection, power-apps/learning-collections, 213, 0",
      "collection, artificial-intelligence/learning-collections, 6, 3",
      "collection, power-apps-site/_learning/collections, 35, 0",
      "book, artificial-intelligence/learning-books, 4, 0",
      "article, artificial-intelligence/learning-articles, 1, 0",
      "sample, power-apps/samples, 290, 0",
      "sample, power-apps-site/_samples, 107, 0",
      "newsletter, power-apps/newsletters, 66, 0",
      "newsletter, power-apps-site/_newsletters, 31, 0",
      "community, power-apps/communities, 12, 0",
      "community, power-apps-site/_communities, 5, 0",
      "event, artificial-intelligence/events, 11, 0"})
  void everyFileBindsStrictly(String id, String folder, int files, int broken) throws Exception {
    Kind kind = Kind.byId(id).orElseThrow();
    List<Path> paths = files(folder);
    List<String> problems = new ArrayList<>();
    int bound = 0;
    for (Path path : paths) {
      FrontMatterDocument document;
      try {
        document = parser.parse(path);
      } catch (FrontMatterException e) {
        e.problems().forEach(problem -> problems.add(problem.toString()));
        continue;
      }
      BindResult<?> result = reader.bind(document, kind.type());
      result.problems().forEach(problem -> problems.add(problem.toString()));
      bound += result.value().isPresent() && result.problems().isEmpty() ? 1 : 0;
    }
    System.out.printf("%s in %s: %d of %d bound, %d problems%n", id, folder, bound, paths.size(),
        problems.size());
    problems.stream().limit(10).forEach(System.out::println);
    assertThat(paths).hasSize(files);
    assertThat(bound).isEqualTo(files - broken);
  }

  static List<Path> files(String folder) {
    try (Stream<Path> walk = Files.walk(Corpus.root().resolve(folder))) {
      return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
