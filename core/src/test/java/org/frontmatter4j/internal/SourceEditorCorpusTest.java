package org.frontmatter4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.testing.Corpus;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;
import org.junit.jupiter.api.Test;

/**
 * Re-renders every value of every corpus file through the editor at once, as if each had been
 * changed: the spans the tree recorded must be exact for the result to parse back to the same
 * tree. Where a value's source style reproduces its text, the file even stays byte-identical.
 */
class SourceEditorCorpusTest {
  private static final int ALL_FILES = 11_247;

  @Test
  void rewritingEveryValueInPlaceKeepsEveryTree() throws Exception {
    FrontMatterParser parser = FrontMatterParser.builder().build();
    List<Path> files = Corpus.files("");
    List<String> broken = new ArrayList<>();
    int identical = 0;
    long scalars = 0;
    for (Path file : files) {
      FrontMatterDocument document = parser.parse(file);
      SourceEditor editor = new SourceEditor(document);
      scalars += rewrite(editor, document.frontMatter(), false);
      String written = editor.result();
      FrontMatterDocument reread = parser.parse(written, file.toString());
      if (!Trees.same(document.frontMatter(), reread.frontMatter())
          || !reread.body().equals(document.body())) {
        broken.add(file.toString());
      } else if (written.equals(document.text())) {
        identical++;
      }
    }
    System.out.printf("every value re-rendered in place: %d files, %d values, tree kept in all,"
        + " %d byte-identical%n", files.size(), scalars, identical);
    assertThat(broken).isEmpty();
    assertThat(files).hasSize(ALL_FILES);
    assertThat(scalars).isGreaterThan(ALL_FILES);
  }

  private static long rewrite(SourceEditor editor, YamlNode node, boolean flow) {
    if (node instanceof YamlScalar scalar) {
      editor.replaceScalar(scalar, scalar.type() == ScalarType.STRING
          ? Out.Scalar.plain(scalar.value()) : Out.Scalar.typed(scalar.value(), scalar.type()),
          flow);
      return 1;
    }
    long count = 0;
    if (node instanceof YamlMapping mapping) {
      for (YamlEntry entry : mapping.entries()) {
        count += rewrite(editor, entry.value(), mapping.flow());
      }
    } else {
      YamlSequence sequence = (YamlSequence) node;
      for (YamlNode item : sequence.items()) {
        count += rewrite(editor, item, sequence.flow());
      }
    }
    return count;
  }
}
