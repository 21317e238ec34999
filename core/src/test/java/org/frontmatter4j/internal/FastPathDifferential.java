package org.frontmatter4j.internal;

import java.util.Objects;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;

/**
 * Parses the same input on the fast path ({@link BlockScanner}, falling back to snakeyaml-engine)
 * and on the general path alone, and says how the outcomes differ: documents (tree, positions,
 * styles, types, offsets, body, line endings, byte order mark) or problems must be equal.
 */
public final class FastPathDifferential {
  private final DocumentParser fast;
  private final DocumentParser general;
  private final ParseSettings settings;

  /** Both paths with the settings of {@code parser}. */
  public FastPathDifferential(FrontMatterParser parser) {
    this.settings = new ParseSettings(parser.maxFrontMatterLength(), parser.maxDepth(),
        parser.maxScalarLength(), parser.maxNodes(), parser.maxAliases(),
        parser.allowAnchorsAndAliases(), parser.allowTags());
    this.fast = new DocumentParser(settings, true);
    this.general = new DocumentParser(settings, false);
  }

  /** What comparing both paths on one input found. */
  public record Outcome(boolean tookFastPath, boolean parsed, String difference) {
    /** Whether both paths agree. */
    public boolean same() {
      return difference == null;
    }
  }

  /** Both paths over {@code bytes}. */
  public Outcome compare(byte[] bytes) {
    return compare(() -> fast.parse(bytes, "a.md"), () -> general.parse(bytes, "a.md"));
  }

  /** Both paths over {@code text}. */
  public Outcome compare(String text) {
    return compare(() -> fast.parse(text, "a.md"), () -> general.parse(text, "a.md"));
  }

  private Outcome compare(Parse onFast, Parse onGeneral) {
    Object fastResult = outcome(onFast);
    Object generalResult = outcome(onGeneral);
    boolean tookFastPath = generalResult instanceof FrontMatterDocument document
        && BlockScanner.scan(settings, document.text(), document.frontMatterOffset()) != null;
    String difference = difference(fastResult, generalResult);
    return new Outcome(tookFastPath, generalResult instanceof FrontMatterDocument, difference);
  }

  private static String difference(Object fast, Object general) {
    if (fast instanceof FrontMatterDocument a && general instanceof FrontMatterDocument b) {
      if (!a.frontMatter().equals(b.frontMatter())) {
        return "trees differ:\n fast    " + a.frontMatter() + "\n general " + b.frontMatter();
      }
      if (!a.warnings().equals(b.warnings())) {
        return "warnings differ:\n fast    " + a.warnings() + "\n general " + b.warnings();
      }
      boolean same = a.text().equals(b.text()) && a.hasBom() == b.hasBom()
          && a.frontMatterOffset() == b.frontMatterOffset()
          && a.frontMatterEndOffset() == b.frontMatterEndOffset()
          && a.bodyOffset() == b.bodyOffset() && a.bodyStartLine() == b.bodyStartLine()
          && a.body().equals(b.body()) && a.lineEnding() == b.lineEnding()
          && a.sourceName().equals(b.sourceName());
      return same ? null : "documents differ: " + a + " / " + b;
    }
    if (fast instanceof FrontMatterException a && general instanceof FrontMatterException b) {
      return a.problems().equals(b.problems()) ? null
          : "problems differ:\n fast    " + a.problems() + "\n general " + b.problems();
    }
    return Objects.equals(fast, general) ? null
        : "outcomes differ:\n fast    " + fast + "\n general " + general;
  }

  private static Object outcome(Parse parse) {
    try {
      return parse.run();
    } catch (FrontMatterException e) {
      return e;
    }
  }

  @FunctionalInterface
  private interface Parse {
    FrontMatterDocument run();
  }
}
