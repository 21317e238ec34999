package org.frontmatter4j.examples;

import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.Severity;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.FrontMatterKey;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteValidator;
import org.frontmatter4j.validation.ValidationReport;

/**
 * The README's code examples, compiled and run by {@code UsageExampleTest}, which also checks
 * that every Java block in the README appears here word for word.
 */
public final class UsageExamples {
  private UsageExamples() {}

  // README:post-type
  public record Post(@NotBlank String title, OffsetDateTime date, boolean draft,
      List<@NotBlank String> tags, Optional<String> description, @Body String body) {}
  // README:end

  // README:jekyll-type
  public record JekyllPost(String title, String layout, OffsetDateTime date,
      Optional<LocalDate> lastModifiedAt, List<String> categories,
      @FrontMatterKey("permalink") Optional<URI> link, @Body String content) {}
  // README:end

  /** What the "Your own types" example gives back, for its test. */
  public record PostExample(Post post, ValidationReport report, String text) {}

  /** README: "Your own types", a Hugo-style post. */
  public static PostExample ownTypes(Path path) throws IOException {
    // README:own-types
    ContentReader reader = ContentReader.builder().build();
    Post post = reader.read(path, Post.class);               // FrontMatterException lists every problem
    System.out.println(post.title() + " " + post.tags());

    ValidationReport report = ContentValidator.builder().build()
        .validate(path, Post.class);                         // + the constraints declared on Post
    String text = FrontMatterWriter.builder().build()
        .writeCanonical(post);                               // reads back as an equal Post
    // README:end
    return new PostExample(post, report, text);
  }

  /** README: "Your own types", a Jekyll post. */
  public static JekyllPost jekyll(Path path) throws IOException {
    // README:jekyll
    ContentReader jekyll = ContentReader.builder().keyNaming(KeyNaming.SNAKE_CASE).build();
    JekyllPost post = jekyll.read(path, JekyllPost.class);
    System.out.println(post.date() + " " + post.lastModifiedAt().orElseThrow());
    // README:end
    return post;
  }

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
