package org.frontmatter4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.LineDiff;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlSequence;
import org.frontmatter4j.testing.Corpus;
import org.frontmatter4j.testing.Generators;
import org.frontmatter4j.testing.Property;
import org.frontmatter4j.testing.SeededCase;
import org.frontmatter4j.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random single-field edits of real news files: the result reads back as the edited model, and
 * the only source lines that change are those of the edited field.
 */
class PreservingEditPropertyTest {
  private static List<Path> files;

  private final ContentReader reader = ContentReader.builder().build();
  private final FrontMatterWriter writer = FrontMatterWriter.builder().build();

  /** Skips the whole class where the corpus is absent (on CI its absence fails). */
  @BeforeAll
  static void corpus() {
    files = Corpus.files("news");
  }

  static Stream<SeededCase> cases() {
    return Seeds.cases(1500);
  }

  /** What to change. */
  enum Change {
    TITLE, EXCERPT, SECURED, TYPE, CATEGORY, HEAT, QUALITY, PUBLISHED, DATE, WEB_URL, AMP_URL,
    FEATURED, PROVIDER_NAME, PROVIDER_LOGO_WIDTH, ADD_TOPIC, REMOVE_TOPIC, REPLACE_TOPIC,
    IMAGE_WIDTH, REMOVE_IMAGES, ADD_IMAGE, ADD_RELATED, BODY
  }

  /**
   * An edit and the source lines it may touch: {@code [from, to)}, 0-based; an empty range means
   * new lines only.
   */
  private record Edit(UnaryOperator<NewsArticle> change, int from, int to) {}

  /** One random edit: which file, which change, and the values it may use. */
  private record EditCase(int fileIndex, Change change, String value, int number,
      OffsetDateTime date, int position) {
    static EditCase generate(SplittableRandom random, int size) {
      return new EditCase(random.nextInt(100_001), Generators.oneOf(random, Change.values()),
          newValue(random, size), Generators.anyInt(random), newDate(random), random.nextInt(21));
    }

    @Override
    public String toString() {
      return change + " of file " + (fileIndex % files.size()) + " (" + files.get(
          fileIndex % files.size()).getFileName() + "), value \"" + value + "\", number "
          + number + ", date " + date + ", position " + position;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void singleFieldEditChangesOnlyThatFieldsLines(SeededCase seeded) {
    Property.check(seeded, EditCase::generate, this::editChangesOnlyThatFieldsLines);
  }

  private void editChangesOnlyThatFieldsLines(EditCase edited) throws Exception {
    editChangesOnlyThatFieldsLines(edited.fileIndex(), edited.change(), edited.value(),
        edited.number(), edited.date(), edited.position());
  }

  private void editChangesOnlyThatFieldsLines(int fileIndex, Change change, String value,
      int number, OffsetDateTime date, int position) throws Exception {
    Path file = files.get(fileIndex % files.size());
    FrontMatterDocument document = reader.parser().parse(file);
    NewsArticle article = reader.readNews(document);
    Edit edit = edit(document, article, change, value, number, date, position);
    if (edit == null) {
      return;
    }
    NewsArticle edited = edit.change().apply(article);

    String written = writer.write(edited, document);

    if (edited.equals(article)) {
      assertThat(written).isEqualTo(document.text());
      return;
    }
    assertThat(reader.readNews(written, file.toString())).isEqualTo(edited);
    LineDiff diff = LineDiff.of(document.text(), written);
    if (edit.from() == edit.to()) {
      assertThat(diff.to() - diff.from()).as("source lines changed by an insertion").isZero();
    } else {
      assertThat(diff.from()).as("first changed line").isGreaterThanOrEqualTo(edit.from());
      assertThat(diff.to()).as("end of changed lines").isLessThanOrEqualTo(edit.to());
    }
  }

  private Edit edit(FrontMatterDocument document, NewsArticle a, Change change, String value,
      int number, OffsetDateTime date, int position) {
    Lines lines = new Lines(document);
    YamlMapping root = document.frontMatter();
    return switch (change) {
      case TITLE -> lines.scalar(root, "title", n -> n.withTitle(value));
      case EXCERPT -> lines.scalar(root, "excerpt", n -> n.withExcerpt(value));
      case SECURED -> lines.scalar(root, "secured", n -> n.withSecured(value));
      case TYPE -> lines.scalar(root, "type", n -> n.withType(value));
      case CATEGORY -> lines.scalar(root, "category", n -> n.withCategory(value));
      case HEAT -> lines.scalar(root, "heat", n -> n.withHeat(number));
      case QUALITY -> number % 3 == 0 ? lines.removal(root, "quality",
          n -> n.withQuality(java.util.OptionalInt.empty()))
          : lines.scalar(root, "quality", n -> n.withQuality(number));
      case PUBLISHED -> lines.scalar(root, "published", n -> n.withPublished(number % 2 == 0));
      case DATE -> lines.scalar(root, "publishedDateTime", n -> n.withPublishedDateTime(date));
      case WEB_URL -> optional(lines, root, "webUrl", a.webUrl(), number,
          n -> n.withWebUrl(value), n -> n.withWebUrl(Optional.empty()));
      case AMP_URL -> optional(lines, root, "ampWebUrl", a.ampWebUrl(), number,
          n -> n.withAmpWebUrl(value), n -> n.withAmpWebUrl(Optional.empty()));
      case FEATURED -> optional(lines, root, "featuredContent", a.featuredContent(), number,
          n -> n.withFeaturedContent(value), n -> n.withFeaturedContent(Optional.empty()));
      case PROVIDER_NAME -> lines.scalar(mapping(root, "provider"), "name",
          n -> n.withProvider(n.provider().withName(value)));
      case PROVIDER_LOGO_WIDTH -> a.provider().images().isEmpty() ? null
          : lines.scalar(item(mapping(root, "provider"), "images", 0), "width",
              n -> n.withProvider(n.provider().withImages(
                  n.provider().images().get(0).withWidth(number))));
      case ADD_TOPIC -> {
        List<String> topics = new ArrayList<>(a.topics());
        topics.add(position % (topics.size() + 1), value);
        yield new Edit(n -> n.withTopics(topics), 0, 0);
      }
      case REMOVE_TOPIC -> {
        if (a.topics().size() < 2) {
          yield null;
        }
        int index = position % a.topics().size();
        List<String> topics = new ArrayList<>(a.topics());
        topics.remove(index);
        YamlNode node = ((YamlSequence) root.get("topics").orElseThrow()).items().get(index);
        yield lines.node(node, n -> n.withTopics(topics));
      }
      case REPLACE_TOPIC -> {
        int index = position % a.topics().size();
        List<String> topics = new ArrayList<>(a.topics());
        topics.set(index, value);
        YamlNode node = ((YamlSequence) root.get("topics").orElseThrow()).items().get(index);
        yield topics.equals(a.topics()) ? null : lines.node(node, n -> n.withTopics(topics));
      }
      case IMAGE_WIDTH -> a.images().isEmpty() ? null : lines.scalar(item(root, "images", 0),
          "width", n -> n.withImages(n.images().get(0).withWidth(number)));
      case REMOVE_IMAGES -> a.images().isEmpty() ? null
          : lines.removal(root, "images", n -> n.withImages(List.<Image>of()));
      case ADD_IMAGE -> new Edit(n -> n.withImages(concat(n.images(),
          Image.builder().url(value).width(number).height(position).build())), 0, 0);
      case ADD_RELATED -> new Edit(n -> n.withRelated(RelatedArticle.builder().title(value)
          .webUrl("https://example.com/" + number).publishedDateTime(date)
          .provider(Provider.builder().name(value).domain("example.com").build()).build()), 0, 0);
      // NUL marks a binary file: the parser refuses it anywhere in the text.
      case BODY -> new Edit(n -> n.withBody(value.replace('\0', ' ')),
          lines.lineOf(document.bodyOffset()),
          Integer.MAX_VALUE);
    };
  }

  private static Edit optional(Lines lines, YamlMapping root, String key, Optional<String> old,
      int number, UnaryOperator<NewsArticle> set, UnaryOperator<NewsArticle> remove) {
    if (old.isEmpty()) {
      return new Edit(set, 0, 0);
    }
    return number % 2 == 0 ? lines.removal(root, key, remove) : lines.scalar(root, key, set);
  }

  private static YamlMapping mapping(YamlMapping parent, String key) {
    return (YamlMapping) parent.get(key).orElseThrow();
  }

  private static YamlMapping item(YamlMapping parent, String key, int index) {
    return (YamlMapping) ((YamlSequence) parent.get(key).orElseThrow()).items().get(index);
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  /** Source line ranges of tree nodes. */
  private static final class Lines {
    private final FrontMatterDocument document;
    private final SourceEditor editor;

    Lines(FrontMatterDocument document) {
      this.document = document;
      this.editor = new SourceEditor(document);
    }

    int lineOf(int offset) {
      int line = 0;
      for (int i = document.text().indexOf('\n'); i >= 0 && i < offset;
          i = document.text().indexOf('\n', i + 1)) {
        line++;
      }
      return line;
    }

    Edit scalar(YamlMapping mapping, String key, UnaryOperator<NewsArticle> change) {
      YamlEntry entry = mapping.entry(key).orElse(null);
      if (entry == null) {
        return new Edit(change, 0, 0);
      }
      return node(entry.value(), change);
    }

    Edit node(YamlNode node, UnaryOperator<NewsArticle> change) {
      return new Edit(change, lineOf(node.start().offset()),
          lineOf(editor.contentEnd(node)) + 1);
    }

    /**
     * The entry's lines and the blank lines around it: a line diff cannot tell which of two blank
     * lines went with a section.
     */
    Edit removal(YamlMapping mapping, String key, UnaryOperator<NewsArticle> change) {
      YamlEntry entry = mapping.entry(key).orElse(null);
      if (entry == null) {
        return null;
      }
      int from = lineOf(entry.key().start().offset());
      String[] text = document.text().split("\n", -1);
      while (from > 0 && text[from - 1].isBlank()) {
        from--;
      }
      int to = lineOf(editor.entryEnd(entry.value()) - 1) + 1;
      while (to < text.length && text[to].isBlank()) {
        to++;
      }
      return new Edit(change, from, to);
    }
  }

  private static String newValue(SplittableRandom random, int size) {
    return switch (random.nextInt(3)) {
      case 0 -> Generators.oneOf(random, "", "true", "087", "~", "null", "a: b", "x #y",
          "- item", "'q'", "\"dq\"", "back\\slash", "multi\nline", "trailing ", " leading",
          "😀 emoji", "\u2028", "é");
      case 1 -> Generators.anyString(random, Math.min(24, size));
      default -> Generators.string(random, Math.min(30, size),
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,:-#'\"");
    };
  }

  private static OffsetDateTime newDate(SplittableRandom random) {
    long seconds = random.nextLong(0, 4_102_444_800L + 1);
    int nanos = Generators.oneOf(random, 0, 500_000_000);
    int offset = Generators.oneOf(random, 0, 3600, -19800);
    return Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(offset));
  }
}
