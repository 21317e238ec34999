package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per delimiter and YAML rule: the exact problem (position, rule, message) the parser
 * reports. Subclasses rerun every case with CRLF line endings and with a byte order mark.
 */
class ParserRulesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        problem("empty file", "", "1:1 frontmatter.missing no front matter: the file is empty"),
        problem("no opening line", "title: x\n",
            "1:1 frontmatter.missing no front matter: the file must start with a '---' line"),
        problem("blank line before the opening line", "\n---\ntitle: x\n---\n",
            "1:1 frontmatter.missing no front matter: the '---' line must be the very first"
                + " line, with nothing before it"),
        problem("opening line with a language", "---js\ntitle: x\n---\n",
            "1:1 frontmatter.missing no front matter: the first line must be exactly '---', not"
                + " '---js'"),
        problem("only the opening line", "---",
            "1:1 frontmatter.unclosed the front matter opened on line 1 is never closed: add a"
                + " line '---' after its last line"),
        problem("never closed", "---\ntitle: x\n",
            "1:1 frontmatter.unclosed the front matter opened on line 1 is never closed: add a"
                + " line '---' after its last line"),
        problem("a sequence", "---\n- a\n- b\n---\n",
            "2:1 frontmatter.not-mapping the front matter must be a mapping of 'key: value'"
                + " lines, but it is a sequence"),
        problem("a scalar", "---\nhello\n---\n",
            "2:1 frontmatter.not-mapping the front matter must be a mapping of 'key: value'"
                + " lines, but it is the scalar 'hello'"),
        problem("duplicate key", "---\ntitle: a\nexcerpt: b\ntitle: c\n---\n",
            "4:1 yaml.duplicate-key duplicate key 'title': it is first defined on line 2;"
                + " remove one of them"),
        problem("nested duplicate key", "---\nprovider:\n  name: a\n  name: b\n---\n",
            "4:3 yaml.duplicate-key duplicate key 'name': it is first defined on line 3;"
                + " remove one of them"),
        problem("duplicate key in a flow mapping", "---\na: {x: 1, x: 2}\n---\n",
            "2:11 yaml.duplicate-key duplicate key 'x': it is first defined on line 2; remove"
                + " one of them"),
        problem("standard tag", "---\ntitle: !!str 12\n---\n",
            "2:8 yaml.tag explicit tags (!!str) are not allowed; remove the tag, front matter"
                + " holds plain data"),
        problem("java tag", "---\nx: !!java.io.File /etc\n---\n",
            "2:4 yaml.tag explicit tags (!!java.io.File) are not allowed; remove the tag, front"
                + " matter holds plain data"),
        problem("custom tag on a mapping", "---\nx: !custom\n  a: 1\n---\n",
            "2:4 yaml.tag explicit tags (!custom) are not allowed; remove the tag, front matter"
                + " holds plain data"),
        problem("anchor", "---\na: &x 1\nb: *x\n---\n",
            "2:4 yaml.anchor anchors (&x) are not allowed; write the value out, or enable"
                + " allowAnchorsAndAliases; if '&x' is text, put the value of 'a' in double"
                + " quotes"),
        problem("alias without anchor", "---\nb: *x\n---\n",
            "2:4 yaml.anchor aliases (*x) are not allowed; write the value out, or enable"
                + " allowAnchorsAndAliases; if '*x' is text, put the value of 'b' in double"
                + " quotes"),
        problem("colon in a plain value", "---\ntitle: Java: the good parts\n---\n",
            "2:8 yaml.syntax the value of 'title' contains ': ', which YAML reads as the start of"
                + " another key: put the value in double quotes"),
        problem("tab indentation", "---\nprovider:\n\tname: a\n---\n",
            "3:1 yaml.syntax a tab character here; indent with spaces, YAML does not allow"
                + " tabs"),
        problem("unclosed quote", "---\ntitle: \"abc\n---\n",
            "2:12 yaml.syntax the double quote that starts the value of 'title' is never closed:"
                + " close the quote at the end of line 2"),
        problem("a key that is a mapping", "---\n? {a: 1}\n: b\n---\n",
            "2:3 yaml.complex-key a key must be a plain string, not a mapping; is a ':' or '-'"
                + " out of place?"),
        problem("a second document", "---\na: 1\n--- x\n---\n",
            "3:1 yaml.multiple-documents a second YAML document starts here; front matter holds"
                + " exactly one"),
        problem("NUL character", "---\na: x\u0000y\n---\n",
            "2:5 encoding.nul NUL character (U+0000): the file is binary or corrupt; front"
                + " matter files are text"),
        problem("control character", "---\na: x\u0007y\n---\n",
            "2:5 yaml.syntax character U+0007 is not allowed in YAML; remove it or write it as"
                + " an escape in a double-quoted string"),
        problem("empty key", "---\n\"\": 1\n---\n",
            "2:1 yaml.syntax a key must not be empty"),
        // Found by FrontMatterFuzzTest: YAML took the CR for a line break, so every position
        // after it was one line too far down.
        problem("bare CR inside the front matter", "---\ntitle: \"T\"\rexcerpt: e\n---\n",
            "2:11 frontmatter.line-endings a carriage return (CR) without a line feed; end lines"
                + " with LF or CRLF, and write a CR in a value as \\r in double quotes"),
        // Found by FrontMatterFuzzTest: snakeyaml-engine threw NumberFormatException.
        problem("\\U escape beyond an int", "---\nf: \"a \\UFFFFFFFF b\"\n---\n",
            "2:9 yaml.syntax '\\UFFFFFFFF' is not a character, Unicode ends at \\U0010FFFF: if"
                + " the backslash is text, write it twice, or put the value in single quotes"),
        // Found by FrontMatterFuzzTest: the keys on line 2 were reported a column to the left.
        problem("byte order mark after the opening line", "---\n\uFEFFtitle: x\n---\n",
            "2:1 yaml.syntax a byte order mark (U+FEFF, invisible) starts the front matter;"
                + " remove it: only the file itself may start with one"));
  }

  private static Arguments problem(String name, String input, String expected) {
    return Arguments.of(name, input, expected);
  }

  /** How this test class changes each input before parsing. */
  String adapt(String input) {
    return input;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactProblem(String name, String input, String expected) {
    String text = adapt(input);
    FrontMatterException thrown = catchThrowableOfType(FrontMatterException.class,
        () -> FrontMatterParser.builder().build().parse(text, "f.md"));

    assertThat(thrown).as("must throw").isNotNull();
    assertThat(thrown.problems()).hasSize(1);
    Problem problem = thrown.problems().get(0);
    assertThat(problem.line() + ":" + problem.column() + " " + problem.ruleId() + " "
        + problem.message()).isEqualTo(expected);
    assertThat(problem.sourceName()).isEqualTo("f.md");
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bytesGiveTheSameProblemAsText(String name, String input, String expected) {
    String text = adapt(input);
    FrontMatterException fromBytes = catchThrowableOfType(FrontMatterException.class,
        () -> FrontMatterParser.builder().build()
            .parse(text.getBytes(StandardCharsets.UTF_8), "f.md"));

    assertThat(fromBytes).isNotNull();
    Problem problem = fromBytes.problems().get(0);
    assertThat(problem.line() + ":" + problem.column() + " " + problem.ruleId() + " "
        + problem.message()).isEqualTo(expected);
  }
}
