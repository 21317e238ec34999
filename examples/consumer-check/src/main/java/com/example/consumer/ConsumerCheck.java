package com.example.consumer;

import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.TypeDescription;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.FrontMatterKey;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.ValidationReport;

/**
 * Issue 12's API exactly as a user outside the project calls it; exits non-zero when anything
 * does not do what the issue promises.
 */
public final class ConsumerCheck {
  private ConsumerCheck() {}

  /** A user's post. */
  public record Post(@NotBlank String title, LocalDate date, List<@NotBlank String> tags,
      Optional<String> author, @FrontMatterKey("last_modified_at") Optional<LocalDate> modified,
      @Body String body) {}

  public static void main(String[] args) throws IOException {
    Path path = Files.createTempFile("post", ".md");
    try {
      Files.writeString(path, "---\ntitle: Hello\ndate: 2024-01-15\ntags: [java, \" \"]\n"
          + "last_modified_at: 2024-02-01\n---\nHi\n");

      ContentReader reader = ContentReader.builder().build();
      Post post = reader.read(path, Post.class);
      Post same = reader.read(Files.readString(path), "post.md", Post.class);
      FrontMatterDocument document = reader.parser().parse(path);
      BindResult<Post> bound = reader.bind(document, Post.class);
      ValidationReport report = ContentValidator.builder().build().validate(path, Post.class);
      ValidationReport again = ContentValidator.builder().build().validate(document, Post.class);
      FrontMatterWriter writer = FrontMatterWriter.builder().build();
      String text = writer.writeCanonical(post);
      Post edited = new Post("Hello again", post.date(), post.tags(), post.author(),
          post.modified(), post.body());
      String changed = writer.write(edited, document);
      ContentReader snake = ContentReader.builder().keyNaming(KeyNaming.SNAKE_CASE).build();

      check(post.equals(same) && post.equals(bound.orElseThrow()), "read and bind agree");
      check(report.problems().size() == 1 && again.problems().equals(report.problems()),
          "one constraint violation: " + report.problems());
      check(report.problems().get(0).propertyPath().equals("tags[1]")
          && report.problems().get(0).line() == 4, "violation at tags[1], line 4");
      check(reader.read(text, "post.md", Post.class).equals(post), "canonical text reads back");
      check(changed.equals(Files.readString(path).replace("title: Hello", "title: Hello again")),
          "one changed value changes one line");
      check(TypeDescription.of(Post.class).properties().get(4).key().equals("last_modified_at"),
          "the description names the key");
      check(snake.keyNaming() == KeyNaming.SNAKE_CASE, "key naming is kept");
      System.out.println("consumer check: issue 12's API works from outside the project");
    } finally {
      Files.deleteIfExists(path);
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("consumer check failed: " + what);
      System.exit(1);
    }
  }
}
