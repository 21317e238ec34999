package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A {@code ---} line inside a value ends the front matter there, as Jekyll does; when the lines
 * after it go on like front matter up to another delimiter, the author meant that one, and the
 * parser says so. Markdown bodies that merely look alike stay silent.
 */
class ClosedEarlyTest {
  private final FrontMatterParser parser = FrontMatterParser.builder().build();

  private String warnings(String source) {
    return String.join("\n", parser.parse(source, "post.md").warnings().stream()
        .map(Problem::toString).toList());
  }

  @Test
  void anIndentedLineAfterTheDelimiterContinuesABlockValue() {
    String source = "---\ntitle: Post\nexcerpt: |\n  First part\n---\n  second part\n---\nBody\n";

    assertThat(warnings(source)).isEqualTo("post.md:5:1: warning: this '---' line ends the"
        + " front matter, but line 6 after it continues it, up to the '---' on line 7: a line of"
        + " only '---' ends the front matter even inside a value; to keep it in a value, indent"
        + " it like the value's other lines, else remove it [frontmatter.closed-early]");
    FrontMatterDocument document = parser.parse(source, "post.md");
    assertThat(document.body()).isEqualTo("  second part\n---\nBody\n");
  }

  @Test
  void keysAfterAStrayDelimiterAndTheDocumentEndMarker() {
    String source = "---\r\ntitle: Post\r\n...\r\ntype: article\r\ntags:\r\n- a\r\n---\r\n";

    assertThat(warnings(source)).isEqualTo("post.md:3:1: warning: this '...' line ends the"
        + " front matter, but lines 4 to 6 after it continue it, up to the '---' on line 7: a"
        + " line of only '...' ends the front matter even inside a value; to keep it in a value,"
        + " indent it like the value's other lines, else remove it [frontmatter.closed-early]");
  }

  @Test
  void markdownThatOnlyLooksAlikeIsNotReported() {
    // A setext heading, a horizontal rule after a paragraph, a rule right after the front
    // matter, a blank line first, text that is not YAML, and no second delimiter at all.
    assertThat(warnings("---\ntitle: Post\n---\nNote: read this\n---\n")).isEmpty();
    assertThat(warnings("---\ntitle: Post\n---\nSome text.\n\n---\n")).isEmpty();
    assertThat(warnings("---\ntitle: Post\n---\n---\ntype: a\nb: c\n---\n")).isEmpty();
    assertThat(warnings("---\ntitle: Post\n---\n\n  indented\n---\n")).isEmpty();
    assertThat(warnings("---\ntitle: Post\n---\n  indented\nplain text\n---\n")).isEmpty();
    assertThat(warnings("---\ntitle: Post\n---\n  indented\ntype: article\n")).isEmpty();
  }

  @Test
  void theDelimiterTheAuthorMeantMustComeSoon() {
    StringBuilder source = new StringBuilder("---\ntitle: Post\n---\n");
    for (int line = 0; line < 60; line++) {
      source.append("  indented line\n");
    }
    assertThat(warnings(source.append("---\n").toString())).isEmpty();
  }

  @Test
  void mixedLineEndingsAreReportedOnceAtTheFirstOddLine() {
    assertThat(warnings("---\ntitle: Post\r\ntype: a\r\n---\nBody\r\n")).isEqualTo(
        "post.md:2:12: warning: line 2 ends with CRLF (Windows) but line 1 with LF (Unix): the"
            + " front matter mixes line endings, left by a paste from another editor; save the"
            + " file with one kind of line ending [frontmatter.mixed-line-endings]");
    assertThat(warnings("---\r\ntitle: Post\r\ntype: a\n---\r\n")).isEqualTo(
        "post.md:3:8: warning: line 3 ends with LF (Unix) but line 1 with CRLF (Windows): the"
            + " front matter mixes line endings, left by a paste from another editor; save the"
            + " file with one kind of line ending [frontmatter.mixed-line-endings]");
    // The body is the author's: only the front matter and its delimiters are looked at.
    assertThat(warnings("---\ntitle: Post\n---\r\nBody\r\n")).contains("line 3 ends");
    assertThat(warnings("---\ntitle: Post\n---\nBody\r\nmore\n")).isEmpty();
    assertThat(warnings("---\r\ntitle: Post\r\n---\r\nBody\nmore\n")).isEmpty();
  }
}
