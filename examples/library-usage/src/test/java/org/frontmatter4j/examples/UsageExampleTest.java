package org.frontmatter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.model.NewsArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's examples and checks the README shows exactly the code that ran. */
class UsageExampleTest {
  static final Path README = Path.of("..", "..", "README.md");
  static final Path EXAMPLES = Path.of("src", "main", "java", "org", "frontmatter4j", "examples",
      "UsageExamples.java");
  static final Path SEED = Path.of("..", "..", "seeds", "_news",
      "2020-09-23-facebook-removes-chinese-network-of-fake-accounts-that-used-ai-generated-faces.md");

  @TempDir
  Path dir;

  private static String normalize(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  static List<String> readmeJavaBlocks() throws Exception {
    Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(normalize(blocks.group(1)));
    }
    return found;
  }

  static List<String> exampleBlocks() throws Exception {
    Matcher blocks = Pattern.compile("// README:[a-z-]+\\n(.*?)// README:end", Pattern.DOTALL)
        .matcher(Files.readString(EXAMPLES));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(normalize(blocks.group(1)));
    }
    return found;
  }

  @Test
  void everyJavaBlockInTheReadmeIsCompiledHere() throws Exception {
    List<String> readme = readmeJavaBlocks();

    assertThat(readme).isNotEmpty();
    assertThat(exampleBlocks()).containsAll(readme);
  }

  /** An example that may throw. */
  @FunctionalInterface
  interface Example<T> {
    T run() throws Exception;
  }

  /** Runs {@code example} with standard output going to {@code out}. */
  private static <T> T printingTo(ByteArrayOutputStream out, Example<T> example)
      throws Exception {
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      return example.run();
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void ownTypesBindValidateAndWriteAHugoPost() throws Exception {
    Path path = Files.writeString(dir.resolve("hello.md"), "---\n"
        + "title: Hello\n"
        + "date: 2024-01-15T10:00:00+01:00\n"
        + "draft: false\n"
        + "tags: [java, \" \"]\n"
        + "---\n"
        + "Hi!\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UsageExamples.PostExample example = printingTo(out, () -> UsageExamples.ownTypes(path));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("Hello [java,  ]" + System.lineSeparator());
    assertThat(example.report().problems()).extracting(Object::toString).containsExactly(
        path + ":5:14: error: 'tags[1]' must not be blank [constraint]");
    assertThat(example.text()).isEqualTo("---\ntitle: Hello\ndate: 2024-01-15T10:00:00+01:00\n"
        + "draft: false\ntags:\n  - java\n  - \" \"\n---\nHi!\n");
    assertThat(ContentReader.builder().build().read(example.text(), "hello.md",
        UsageExamples.Post.class)).isEqualTo(example.post());
  }

  @Test
  void jekyllPostWithSnakeCaseKeysAndJekyllDates() throws Exception {
    Path path = Files.writeString(dir.resolve("2024-01-15-hello.md"), "---\n"
        + "layout: post\n"
        + "title: Hello\n"
        + "date: 2024-01-15 10:00:00 +0100\n"
        + "last_modified_at: 2024-02-01\n"
        + "categories: [java]\n"
        + "permalink: /hello/\n"
        + "---\n"
        + "Hi!\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UsageExamples.JekyllPost post = printingTo(out, () -> UsageExamples.jekyll(path));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("2024-01-15T10:00+01:00 2024-02-01" + System.lineSeparator());
    assertThat(post.link()).contains(java.net.URI.create("/hello/"));
    assertThat(post.content()).isEqualTo("Hi!\n");
  }

  @Test
  void quickStartReadsTheSeed() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    NewsArticle article;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      article = UsageExamples.quickStart(SEED);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Facebook removes Chinese network"
        + " of fake accounts that used AI-generated faces by The Next Web" + System.lineSeparator());
    assertThat(article.heat()).hasValue(107);
  }

  @Test
  void editAndWriteBackChangesExactlyTheEditedLines() throws Exception {
    Path post = dir.resolve("post.md");
    Files.copy(SEED, post);
    List<String> before = Files.readAllLines(post);

    assertThat(UsageExamples.editAndWriteBack(post)).isTrue();

    List<String> after = Files.readAllLines(post);
    List<String> expected = new ArrayList<>(before);
    expected.set(expected.indexOf("heat: 107"), "heat: 120");
    expected.add(expected.indexOf("  - Facebook AI") + 1, "  - Privacy");
    assertThat(after).isEqualTo(expected);
  }

  @Test
  void embeddingFailsTheBuildOnAnErrorAndIgnoresDrafts() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content").resolve("_news"));
    Files.copy(SEED, content.resolve(SEED.getFileName()));
    Path drafts = Files.createDirectories(content.resolve("drafts"));
    Files.writeString(drafts.resolve("broken.md"), "no front matter");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(UsageExamples.embedInBuildTool(dir.resolve("content")).files()).isEqualTo(1);
      Files.writeString(content.resolve("2020-09-23-x.md"),
          Files.readString(SEED).replace("\nwebUrl: \"https", "\nwebUrl: \"javascript:https"));
      assertThatThrownBy(() -> UsageExamples.embedInBuildTool(dir.resolve("content")))
          .hasMessage("front matter: 2 files (2 news), 1 error, 0 warnings");
    } finally {
      System.setErr(original);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2020-09-23-x.md:7:9: error: 'webUrl' must be an http or https link");
  }

  @Test
  void readingFilesReportsProblemsWithoutThrowing() throws Exception {
    Path post = dir.resolve("post.md");
    Files.writeString(post, Files.readString(SEED).replace("excerpt:", "exerpt:"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    BindResult<NewsArticle> result;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      result = UsageExamples.readingFiles(post);
    } finally {
      System.setErr(original);
    }

    assertThat(result.hasErrors()).isTrue();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(post + ":4:1: error: unknown key"
        + " 'exerpt' in a news article; did you mean 'excerpt'? [schema.unknown-key]");
  }
}
