package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command in process: exit codes and output. */
class ValidateCommandTest {
  private static final String COLON_IN_VALUE = "the value of 'title' contains ': ', which YAML"
      + " reads as the start of another key: put the value in double quotes";
  static final String VALID = "---\ncategory: news\ntitle: \"T\"\nexcerpt: \"E\"\n"
      + "publishedDateTime: 2020-09-23T16:53:00Z\noriginalUrl: \"https://example.com/a\"\n"
      + "type: article\nprovider:\n  name: Example\n  domain: example.com\ntopics:\n  - AI\n---\n";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void cleanFilesExitZero() throws Exception {
    Files.writeString(dir.resolve("a.md"), VALID);

    assertThat(run("validate", "--quiet", dir.toString())).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void problemsArePrintedLikeACompilerAndExitOne() throws Exception {
    Files.writeString(dir.resolve("b.md"), VALID.replace("title:", "titel:"));

    assertThat(run("validate", dir.toString())).isEqualTo(1);
    String file = dir.resolve("b.md").toString();
    assertThat(out.toString().lines().toList()).containsExactly(
        file + ":2:1: error: a news article needs 'title'; add a 'title:' line [schema.required]",
        "category: news",
        "^",
        file + ":3:1: error: unknown key 'titel' in a news article; did you mean 'title'?"
            + " [schema.unknown-key]",
        "titel: \"T\"",
        "^",
        out.toString().lines().toList().get(6));
    assertThat(out.toString().lines().toList().get(6)).matches("1 file \\(1 news\\), 2 errors, 0 warnings \\(\\d+\\.\\d\\d s\\)");
  }

  @Test
  void syntaxErrorsAreProblemsNotCrashes() throws Exception {
    Files.writeString(dir.resolve("c.md"), "---\ntitle: a: b\n---\n");

    assertThat(run("validate", "-q", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).startsWith(dir.resolve("c.md") + ":2:8: error: " + COLON_IN_VALUE
        + " [yaml.syntax]");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everyOutputShowsTheSameMessage() throws Exception {
    Files.writeString(dir.resolve("c.md"), "---\ntitle: a: b\n---\n");
    Files.writeString(dir.resolve("d.md"), "---\ntitle: Learn C #dotnet today\n---\n");
    String comment = "YAML reads '#dotnet today' as a comment, so the value of 'title' is"
        + " 'Learn C': if the '#' is part of the value, put the whole value in double quotes";

    for (String output : new String[] {"text", "json", "sarif"}) {
      out.getBuffer().setLength(0);
      run("validate", "-q", "--output", output, dir.toString());
      assertThat(out.toString()).as(output).contains(COLON_IN_VALUE).contains(comment)
          .doesNotContain("<scalar>", "while parsing", "while scanning");
    }
  }

  @Test
  void filesOfNoKindGetTheirSyntaxCheckedOnly() throws Exception {
    Files.writeString(dir.resolve("person.md"), "---\ncategory: pages\nlinkedin: x\n---\n");
    Files.writeString(dir.resolve("broken.md"), "---\ncategory: pages\nname: [\n---\n");

    assertThat(run("validate", "-q", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).startsWith(dir.resolve("broken.md") + ":3:7: error: the '[' that"
        + " starts the value of 'name' is never closed");
    assertThat(out.toString()).doesNotContain("person.md");
  }

  @Test
  void aNewsFolderMakesNewsWithoutACategory() throws Exception {
    Path news = Files.createDirectory(dir.resolve("_news"));
    Files.writeString(news.resolve("n.md"), VALID.replace("category: news\n", ""));

    assertThat(run("validate", "-q", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("a news article needs 'category'");
  }

  @Test
  void missingPathExitsTwo() {
    assertThat(run("validate", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope: no such file or directory");
  }

  @Test
  void directoryNamedLikeAFileIsReportedNotCrashed() throws Exception {
    Files.createDirectory(dir.resolve("x.md"));
    Files.writeString(dir.resolve("x.md").resolve("inner.md"), VALID);

    assertThat(run("validate", "-q", dir.resolve("x.md").toString())).isZero();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
    assertThat(run("validate", "--no-such-option", "x")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void helpExitsZero() {
    assertThat(run("validate", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("Exit codes: 0 clean, 1 problems at or above --fail-on, 2 bad usage");
  }
}
