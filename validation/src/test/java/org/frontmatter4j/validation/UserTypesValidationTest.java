package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jakarta constraints a user declares on their own record, Immutables type or bean, each
 * violation at the line and column of the value it concerns.
 */
class UserTypesValidationTest {
  private static final ContentValidator VALIDATOR = ContentValidator.builder()
      .clock(Fixtures.CLOCK).build();

  private static List<String> problems(ContentValidator validator, String text, Class<?> type) {
    return validator.validate(FrontMatterParser.builder().build().parse(text, "p.md"), type)
        .problems().stream().map(UserTypesValidationTest::describe).toList();
  }

  private static String describe(Problem p) {
    return p.line() + ":" + p.column() + " " + p.propertyPath() + " " + p.ruleId() + " "
        + p.severity().label() + " " + p.message();
  }

  @Test
  void recordConstraintsOnComponentsElementsCascadesAndTheClass() {
    String text = "---\n"
        + "title: \"java\"\n"
        + "date: 2999-01-01\n"
        + "tags:\n"
        + "  - java\n"
        + "  - \" \"\n"
        + "contact: not-an-address\n"
        + "author:\n"
        + "  name: Ada\n"
        + "  email: ada-at-example\n"
        + "weight: 11\n"
        + "---\n";

    assertThat(problems(VALIDATOR, text, UserPost.class)).containsExactlyInAnyOrder(
        "2:1  constraint error the title must not also be a tag",
        "3:7 date constraint error 'date' must be a date in the past or in the present",
        "6:5 tags[1] constraint error 'tags[1]' must not be blank",
        "7:10 contact constraint error 'contact' must be a well-formed email address",
        "10:10 author.email constraint error 'email' must be a well-formed email address",
        "11:9 weight constraint error 'weight' must be less than or equal to 10");
  }

  @Test
  void aValidRecordHasNoProblem() {
    assertThat(problems(VALIDATOR, "---\ntitle: Hello\ndate: 2020-01-01\nweight: 1\n---\n",
        UserPost.class)).isEmpty();
  }

  @Test
  void bindingProblemsComeFirstAndStopValidation() {
    assertThat(problems(VALIDATOR, "---\ntitle: Hello\ndate: 2020-01-01\nweight: heavy\n---\n",
        UserPost.class)).containsExactly("4:9 weight schema.type error 'weight' must be an"
            + " integer, but it is the string \"heavy\"");
  }

  @Test
  void immutablesConstraintsOnAccessors() {
    assertThat(problems(VALIDATOR, "---\ntitle: \"\"\nspeakers: []\nminutes: 1\n---\n",
        UserTalk.class)).containsExactlyInAnyOrder(
            "2:8 title constraint error 'title' must not be blank",
            "3:11 speakers constraint error 'speakers' size must be between 1 and 2147483647",
            "4:10 minutes constraint error 'minutes' must be greater than or equal to 5");
  }

  @Test
  void beanConstraintsOnFieldsAndGetters() {
    assertThat(problems(VALIDATOR, "---\ntitle: \" \"\norder: 0\n---\n", UserPage.class))
        .containsExactlyInAnyOrder("2:8 title constraint error 'title' must not be blank",
            "3:8 order constraint error 'order' must be greater than 0");
  }

  @Test
  void pathsUseTheKeysOfTheKeyNaming(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("t.md"),
        "---\ntitle: T\nspeakers:\n  - \" \"\nminutes: 30\n---\n");
    ContentValidator snake = ContentValidator.builder().keyNaming(KeyNaming.SNAKE_CASE).build();

    assertThat(snake.validate(file, UserTalk.class).problems()).extracting(Problem::propertyPath)
        .containsExactly("speakers[0]");
  }
}
