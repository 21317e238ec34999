package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.junit.jupiter.api.Test;

/** What a parsed document holds: tree, positions, styles, types, body. */
class DocumentTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();

  @Test
  void scalarsKeepStyleTypeAndPosition() {
    FrontMatterDocument document = parser.parse("---\n"
        + "a: plain\n"
        + "b: 'single'\n"
        + "c: \"double\"\n"
        + "d: |\n  literal\n"
        + "e: >\n  folded\n"
        + "f: 12\n"
        + "g: 1.5\n"
        + "h: true\n"
        + "i: null\n"
        + "j:\n"
        + "---\n", "f.md");

    List<String> described = document.frontMatter().entries().stream()
        .map(e -> e.name() + "=" + ((YamlScalar) e.value()).value().replace("\n", "\\n") + " "
            + ((YamlScalar) e.value()).style() + " " + ((YamlScalar) e.value()).type() + " "
            + e.value().start())
        .toList();
    assertThat(described).containsExactly(
        "a=plain PLAIN STRING 2:4",
        "b=single SINGLE_QUOTED STRING 3:4",
        "c=double DOUBLE_QUOTED STRING 4:4",
        "d=literal\\n LITERAL STRING 5:4",
        "e=folded\\n FOLDED STRING 7:4",
        "f=12 PLAIN INTEGER 9:4",
        "g=1.5 PLAIN FLOAT 10:4",
        "h=true PLAIN BOOLEAN 11:4",
        "i=null PLAIN NULL 12:4",
        "j= PLAIN NULL 13:3");
  }

  @Test
  void yaml12JsonSchemaKeepsYaml11LookalikesAsStrings() {
    FrontMatterDocument document = parser.parse(
        "---\na: yes\nb: 087\nc: 2020-09-23\nd: ~\ne: 0x1F\nf: .5\ng: -0\nh: 1e3\n---\n", "f.md");

    assertThat(document.frontMatter().entries().stream()
        .map(e -> e.name() + ":" + ((YamlScalar) e.value()).type()).toList())
        .containsExactly("a:STRING", "b:STRING", "c:STRING", "d:STRING", "e:STRING", "f:STRING",
            "g:INTEGER", "h:FLOAT");
  }

  @Test
  void bodyIsEverythingAfterTheClosingLineExactly() {
    String text = "---\na: 1\n---\n\n# Title\n---\nmore\n...\n";
    FrontMatterDocument document = parser.parse(text, "f.md");

    assertThat(document.body()).isEqualTo("\n# Title\n---\nmore\n...\n");
    assertThat(document.bodyStartLine()).isEqualTo(4);
    assertThat(document.frontMatterText()).isEqualTo("a: 1\n");
    assertThat(document.text()).isEqualTo(text);
  }

  @Test
  void dotsCloseTheFrontMatterToo() {
    FrontMatterDocument document = parser.parse("---\na: 1\n...\nbody", "f.md");

    assertThat(document.body()).isEqualTo("body");
  }

  @Test
  void closingLineWithoutNewlineAtEndOfFileLeavesAnEmptyBody() {
    FrontMatterDocument document = parser.parse("---\r\na: 1\r\n---", "f.md");

    assertThat(document.body()).isEmpty();
    assertThat(document.lineEnding()).isEqualTo(LineEnding.CRLF);
  }

  @Test
  void collectionsKeepFlowStyleAndPropertyPathsLocateNodes() {
    FrontMatterDocument document = parser.parse("---\n"
        + "topics: [a, b]\n"
        + "related:\n"
        + "  - title: x\n"
        + "  - title: y\n"
        + "    images:\n"
        + "      - width: 5\n"
        + "---\n", "f.md");

    assertThat(((YamlSequence) document.frontMatter().get("topics").orElseThrow()).flow()).isTrue();
    assertThat(document.locate("related[1].images[0].width").orElseThrow().start())
        .isEqualTo(new SourcePosition(7, 16, 81));
    assertThat(document.locate("related[2]")).isEmpty();
    assertThat(document.positionOf("related[1].images[0].height").line()).isEqualTo(7);
    assertThat(document.positionOf("related[1].missing")).isEqualTo(new SourcePosition(5, 5, 45));
    assertThat(document.locate("")).containsInstanceOf(YamlMapping.class);
  }

  @Test
  void problemAtBuildsACaretSnippet() {
    FrontMatterDocument document = parser.parse("---\ntitle: x\nheat: 9\n---\n", "f.md");

    Problem problem = document.problemAt(document.positionOf("heat"), "heat", "r.id",
        Severity.WARNING, "too hot");

    assertThat(problem.format()).isEqualTo("f.md:3:7: warning: too hot [r.id]"
        + System.lineSeparator() + "heat: 9" + System.lineSeparator() + "      ^");
  }

  @Test
  void scalarTypesOnlyApplyToPlainScalars() {
    YamlScalar quoted = (YamlScalar) parser.parse("---\nq: \"12\"\n---\n", "f")
        .frontMatter().get("q").orElseThrow();

    assertThat(quoted.type()).isEqualTo(ScalarType.STRING);
    assertThat(quoted.style()).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
  }
}
