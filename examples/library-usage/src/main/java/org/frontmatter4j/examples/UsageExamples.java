package org.frontmatter4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.Severity;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteValidator;

/**
 * The README's code examples, compiled and run by {@code UsageExampleTest}, which also checks
 * that every Java block in the README appears here word for word.
 */
public final class UsageExamples {
  private UsageExamples() {}

  /** README: the first-screen example. */
  public static NewsArticle quickStart(Path path) throws IOException {
    // README:quick-start
    ContentReader reader = ContentReader.builder().build();
    NewsArticle article = reader.readNews(path);
    System.out.println(article.title() + " by " + article.provider().name());
    // README:end
    return article;
  }

  /** README: "Editing and writing back". */
  public static boolean editAndWriteBack(Path path) throws IOException {
    // README:writing
    FrontMatterParser parser = FrontMatterParser.builder().build();
    ContentReader reader = ContentReader.builder().parser(parser).build();
    FrontMatterWriter writer = FrontMatterWriter.builder().build();

    FrontMatterDocument document = parser.parse(path);
    NewsArticle article = reader.readNews(document);
    NewsArticle edited = NewsArticle.builder().from(article.withHeat(120))
        .addTopics("Privacy")
        .build();
    boolean written = writer.writeTo(path, edited, document);   // atomic; only 2 lines change
    // README:end
    return written;
  }

  /** README: "Embedding in a build tool". */
  public static SiteReport embedInBuildTool(Path content) {
    // README:embedding
    SiteValidator site = SiteValidator.builder()
        .excludes(List.of("**/drafts/**"))
        .validator(ContentValidator.builder().lenient(true).build())
        .build();
    SiteReport report = site.validate(List.of(content),
        file -> file.problems().forEach(problem -> System.err.println(problem)));
    System.err.println(report);                   // 12 files (12 news), 1 error, 0 warnings
    if (report.failsAt(Severity.ERROR)) {
      throw new IllegalStateException("front matter: " + report);
    }
    // README:end
    return report;
  }

  /** README: "Reading files". */
  public static BindResult<NewsArticle> readingFiles(Path post) throws IOException {
    // README:reading-files
    FrontMatterParser parser = FrontMatterParser.builder()   // immutable, thread-safe: share it
        .maxDepth(16)                                          // every limit has a safe default
        .build();
    FrontMatterDocument document = parser.parse(post);
    document.frontMatter();      // the tree: YamlMapping / YamlSequence / YamlScalar with positions
    document.body();             // everything after the closing line, exactly
    document.lineEnding();       // LF, CRLF or MIXED

    ContentReader reader = ContentReader.builder().parser(parser).lenient(false).build();
    BindResult<NewsArticle> result = reader.bindNews(document);   // never throws for content
    result.problems().forEach(problem -> System.err.println(problem.format()));
    // README:end
    return result;
  }
}
