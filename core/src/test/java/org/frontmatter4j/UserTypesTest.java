package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.FrontMatterKey;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.junit.jupiter.api.Test;

/** Records, Immutables types and JavaBeans end to end through the one generic binder. */
class UserTypesTest {
  record Author(String name, Optional<String> email) {}

  record Post(@Quoted String title, LocalDate date, List<String> tags, Optional<Author> author,
      boolean draft, @FrontMatterKey("last_modified_at") Optional<LocalDate> lastModified,
      @BlankLineBefore Map<String, String> params, @Extras Map<String, YamlNode> extra,
      @Body String body) {}

  /** A JavaBean: no-argument constructor, getters and setters, declared in a non-sorted order. */
  public static final class Page {
    private String zeta;
    private int alpha;
    private boolean mid;
    private Optional<String> note = Optional.empty();

    public String getZeta() {
      return zeta;
    }

    public void setZeta(String zeta) {
      this.zeta = zeta;
    }

    public int getAlpha() {
      return alpha;
    }

    public void setAlpha(int alpha) {
      this.alpha = alpha;
    }

    public boolean isMid() {
      return mid;
    }

    public void setMid(boolean mid) {
      this.mid = mid;
    }

    public Optional<String> getNote() {
      return note;
    }

    public void setNote(Optional<String> note) {
      this.note = note;
    }

    /** Read-only: not a property. */
    public String getSummary() {
      return zeta + alpha;
    }
  }

  record JekyllPost(String title, LocalDate lastModifiedAt, String layout) {}

  private static final String POST = "---\n"
      + "title: Hello\n"
      + "date: 2024-01-15\n"
      + "tags: [java, yaml]\n"
      + "author:\n"
      + "  name: Ada\n"
      + "draft: false\n"
      + "last_modified_at: 2024-02-01\n"
      + "---\n"
      + "Body text\n";

  private static List<String> problems(BindResult<?> result) {
    return result.problems().stream().map(p -> p.line() + ":" + p.column() + " "
        + p.propertyPath() + " " + p.ruleId() + " " + p.severity().label() + " " + p.message())
        .toList();
  }

  private static <T> BindResult<T> bind(ContentReader reader, String text, Class<T> type) {
    return reader.bind(reader.parser().parse(text, "p.md"), type);
  }

  @Test
  void recordWithKeyBodyAndOptionalNestedRecord() {
    Post post = ContentReader.builder().build().read(POST, "p.md", Post.class);

    assertThat(post).isEqualTo(new Post("Hello", LocalDate.of(2024, 1, 15),
        List.of("java", "yaml"), Optional.of(new Author("Ada", Optional.empty())), false,
        Optional.of(LocalDate.of(2024, 2, 1)), Map.of(), Map.of(), "Body text\n"));
  }

  @Test
  void missingAndMistypedValuesAreReportedAtOnceWithPaths() {
    String text = POST.replace("title: Hello\n", "").replace("  name: Ada\n", "  nme: Ada\n")
        .replace("draft: false", "draft: no");

    assertThat(problems(bind(ContentReader.builder().build(), text, Post.class))).containsExactly(
        "2:1 title schema.required error a post needs 'title'; add a 'title:' line",
        "5:3 author.nme schema.unknown-key error unknown key 'nme' in an author; did you mean"
            + " 'name'?",
        "5:3 author.name schema.required error an author needs 'name'; add a 'name:' line",
        "6:8 draft schema.type error 'draft' must be true or false, but it is the string \"no\":"
            + " YAML 1.2 reads 'no' as text, though Jekyll's YAML 1.1 reads it as false; write"
            + " true or false");
  }

  @Test
  void lenientReaderKeepsUnknownKeysInTheExtrasInSourceOrder() {
    String text = POST.replace("draft: false\n", "draft: false\nweight: 3\nslug: hello\n");
    BindResult<Post> result = bind(ContentReader.builder().lenient(true).build(), text,
        Post.class);

    assertThat(problems(result)).containsExactly(
        "8:1 weight schema.unknown-key warning unknown key 'weight' in a post",
        "9:1 slug schema.unknown-key warning unknown key 'slug' in a post");
    assertThat(result.orElseThrow().extra()).containsOnlyKeys("weight", "slug");
    assertThat(List.copyOf(result.orElseThrow().extra().keySet())).containsExactly("weight",
        "slug");
    assertThat(result.orElseThrow().extra().get("slug"))
        .isInstanceOfSatisfying(YamlScalar.class, s -> assertThat(s.value()).isEqualTo("hello"));
  }

  @Test
  void strictReaderRejectsUnknownKeysEvenWithExtras() {
    String text = POST.replace("draft: false\n", "draft: false\nweight: 3\n");

    assertThat(problems(bind(ContentReader.builder().build(), text, Post.class)))
        .containsExactly("8:1 weight schema.unknown-key error unknown key 'weight' in a post;"
            + " remove it");
  }

  @Test
  void lenientReaderDropsUnknownKeysWithAWarningWhenTheTypeHasNoExtras() {
    BindResult<Author> result = bind(ContentReader.builder().lenient(true).build(),
        "---\nname: Ada\nsite: x\n---\n", Author.class);

    assertThat(problems(result)).containsExactly(
        "3:1 site schema.unknown-key warning unknown key 'site' in an author");
    assertThat(result.orElseThrow()).isEqualTo(new Author("Ada", Optional.empty()));
  }

  @Test
  void immutablesTypeThroughItsGeneratedBuilder() {
    Talk talk = ContentReader.builder().build().read("---\ntitle: Records\ndate: 2024-03-01\n"
        + "speakers:\n  - Ada\n  - Alan\n---\n", "t.md", Talk.class);

    assertThat(talk).isEqualTo(ImmutableTalk.builder().title("Records")
        .date(LocalDate.of(2024, 3, 1)).addSpeakers("Ada", "Alan").build());
    assertThat(talk.minutes()).isEqualTo(45);
    assertThat(TypeDescription.of(Talk.class).properties())
        .extracting(TypeDescription.Property::key, TypeDescription.Property::required)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", true),
            org.assertj.core.groups.Tuple.tuple("date", true),
            org.assertj.core.groups.Tuple.tuple("speakers", false),
            org.assertj.core.groups.Tuple.tuple("room", false),
            org.assertj.core.groups.Tuple.tuple("minutes", false));
  }

  @Test
  void javaBeanThroughItsSetters() {
    Page page = ContentReader.builder().build().read("---\nalpha: 2\nzeta: z\nmid: true\n---\n",
        "b.md", Page.class);

    assertThat(page.getZeta()).isEqualTo("z");
    assertThat(page.getAlpha()).isEqualTo(2);
    assertThat(page.isMid()).isTrue();
    assertThat(page.getNote()).isEmpty();
  }

  @Test
  void propertiesAreInDeclarationOrderForRecordsImmutablesAndBeans() {
    assertThat(TypeDescription.of(Post.class).properties()).extracting(
        TypeDescription.Property::key).containsExactly("title", "date", "tags", "author",
        "draft", "last_modified_at", "params");
    assertThat(TypeDescription.of(Page.class).properties()).extracting(
        TypeDescription.Property::key).containsExactly("zeta", "alpha", "mid", "note");
    assertThat(TypeDescription.of(org.frontmatter4j.model.NewsArticle.class).properties())
        .extracting(TypeDescription.Property::key).containsExactly("category", "title",
            "excerpt", "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl", "cdnAmpWebUrl",
            "type", "quality", "heat", "published", "featuredContent", "provider", "topics",
            "images", "related", "secured");
  }

  @Test
  void descriptionTellsLayoutAndNestedTypes() {
    TypeDescription post = TypeDescription.of(Post.class);

    assertThat(post.properties().get(0).quoted()).isTrue();
    assertThat(post.properties().get(6).blankLineBefore()).isTrue();
    assertThat(post.properties().get(3).nested()).hasValueSatisfying(
        d -> assertThat(d.type()).isEqualTo(Author.class));
    assertThat(post.extras()).hasValueSatisfying(p -> assertThat(p.javaName()).isEqualTo("extra"));
    assertThat(post.body()).hasValueSatisfying(p -> assertThat(p.javaName()).isEqualTo("body"));
    assertThat(post.properties().get(2).genericType().getTypeName())
        .isEqualTo("java.util.List<java.lang.String>");
  }

  @Test
  void keyNamingMapsAWholeSitesStyle() {
    String snake = "---\ntitle: T\nlast_modified_at: 2024-01-15\nlayout: post\n---\n";
    String kebab = "---\ntitle: T\nlast-modified-at: 2024-01-15\nlayout: post\n---\n";
    JekyllPost expected = new JekyllPost("T", LocalDate.of(2024, 1, 15), "post");

    assertThat(ContentReader.builder().keyNaming(KeyNaming.SNAKE_CASE).build()
        .read(snake, "j.md", JekyllPost.class)).isEqualTo(expected);
    assertThat(ContentReader.builder().keyNaming(KeyNaming.KEBAB_CASE).build()
        .read(kebab, "j.md", JekyllPost.class)).isEqualTo(expected);
    assertThat(problems(bind(ContentReader.builder().build(), snake, JekyllPost.class)))
        .startsWith("2:1 lastModifiedAt schema.required error a jekyll post needs"
            + " 'lastModifiedAt'; add a 'lastModifiedAt:' line");
    assertThat(TypeDescription.of(Post.class, KeyNaming.SNAKE_CASE).properties().get(5).key())
        .as("@FrontMatterKey wins over the naming").isEqualTo("last_modified_at");
  }

  @Test
  void canonicalWritingInDeclarationOrderReadsBackEqual() {
    Post post = new Post("Hello: world", LocalDate.of(2024, 1, 15), List.of("java", "yes"),
        Optional.of(new Author("Ada", Optional.of("ada@example.com"))), true, Optional.empty(),
        Map.of("weight", "3"), Map.of(), "Body\n");
    FrontMatterWriter writer = FrontMatterWriter.builder().build();

    String text = writer.writeCanonical(post);

    assertThat(text).isEqualTo("---\n"
        + "title: \"Hello: world\"\n"
        + "date: 2024-01-15\n"
        + "tags:\n"
        + "  - java\n"
        + "  - \"yes\"\n"
        + "author:\n"
        + "  name: Ada\n"
        + "  email: ada@example.com\n"
        + "draft: true\n"
        + "\n"
        + "params:\n"
        + "  weight: \"3\"\n"
        + "---\n"
        + "Body\n");
    assertThat(ContentReader.builder().build().read(text, "p.md", Post.class)).isEqualTo(post);
  }

  @Test
  void canonicalWritingUsesTheKeyNaming() {
    JekyllPost post = new JekyllPost("T", LocalDate.of(2024, 1, 15), "post");

    String text = FrontMatterWriter.builder().keyNaming(KeyNaming.SNAKE_CASE).build()
        .writeCanonical(post);

    assertThat(text).isEqualTo("---\ntitle: T\nlast_modified_at: 2024-01-15\nlayout: post\n---\n");
    assertThat(ContentReader.builder().keyNaming(KeyNaming.SNAKE_CASE).build()
        .read(text, "j.md", JekyllPost.class)).isEqualTo(post);
  }

  @Test
  void preservingWriterChangesOneLineOfAUserType() {
    String source = POST.replace("title: Hello\n", "title: Hello   # greeting\n");
    ContentReader reader = ContentReader.builder().build();
    FrontMatterDocument document = reader.parser().parse(source, "p.md");
    Post post = reader.bind(document, Post.class).orElseThrow();
    Post edited = new Post(post.title(), post.date(), List.of("java", "yaml", "records"),
        post.author(), true, post.lastModified(), post.params(), post.extra(), post.body());

    String written = FrontMatterWriter.builder().build().write(edited, document);

    assertThat(written).isEqualTo(source.replace("tags: [java, yaml]", "tags: [java, yaml, records]")
        .replace("draft: false", "draft: true"));
    assertThat(reader.read(written, "p.md", Post.class)).isEqualTo(edited);
  }

  @Test
  void immutablesAndBeansWriteCanonicallyToo() {
    Talk talk = ImmutableTalk.builder().title("Records").date(LocalDate.of(2024, 3, 1))
        .addSpeakers("Ada").minutes(30).build();
    FrontMatterWriter writer = FrontMatterWriter.builder().build();

    assertThat(writer.writeCanonical(talk)).isEqualTo("---\ntitle: Records\ndate: 2024-03-01\n"
        + "speakers:\n  - Ada\nminutes: 30\n---\n");
    Page page = new Page();
    page.setZeta("z");
    page.setAlpha(1);
    assertThat(writer.writeCanonical(page)).isEqualTo("---\nzeta: z\nalpha: 1\nmid: false\n---\n");
  }

  record Cyclic(String name, List<Cyclic> children) {}

  record HoldsCyclic(Cyclic root) {}

  record RawList(@SuppressWarnings("rawtypes") List items) {}

  record IntKeys(Map<Integer, String> byNumber) {}

  record Anything(Object value) {}

  record Array(String[] values) {}

  abstract static class Shape {
    abstract String name();
  }

  record HoldsShape(Shape shape) {}

  static final class NoDefaultConstructor {
    NoDefaultConstructor(String name) {}

    public String getName() {
      return "";
    }

    public void setName(String name) {}
  }

  record Twice(@Extras Map<String, YamlNode> a, @Extras Map<String, YamlNode> b) {}

  @Test
  void typesThatCannotBindAreRefusedWithWhatToChange() {
    assertThatThrownBy(() -> TypeDescription.of(Cyclic.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot bind " + Cyclic.class.getName() + ": its property children holds "
            + Cyclic.class.getName() + ": it contains itself (Cyclic -> Cyclic), and front matter"
            + " is a finite tree; declare the recursive property as YamlNode");
    assertThatThrownBy(() -> TypeDescription.of(HoldsCyclic.class))
        .hasMessageContaining("it contains itself (Cyclic -> Cyclic)");
    assertThatThrownBy(() -> TypeDescription.of(RawList.class)).hasMessage("Cannot bind "
        + RawList.class.getName() + ": its property items: a raw List does not say what it"
        + " holds; declare its type arguments, such as List<String>");
    assertThatThrownBy(() -> TypeDescription.of(IntKeys.class)).hasMessage("Cannot bind "
        + IntKeys.class.getName() + ": its property byNumber: a Map's keys are front-matter"
        + " keys, which are text; declare Map<String, ...> instead of Map<java.lang.Integer,"
        + " ...>");
    assertThatThrownBy(() -> TypeDescription.of(Anything.class)).hasMessage("Cannot bind "
        + Anything.class.getName() + ": its property value: Object says nothing about the value;"
        + " declare its type, or YamlNode for a value of any shape");
    assertThatThrownBy(() -> TypeDescription.of(Array.class)).hasMessage("Cannot bind "
        + Array.class.getName() + ": its property values: arrays are not supported; declare a"
        + " List<...> instead");
    assertThatThrownBy(() -> TypeDescription.of(HoldsShape.class)).hasMessage("Cannot bind "
        + HoldsShape.class.getName() + ": its property shape holds " + Shape.class.getName()
        + ": it is abstract and has no builder (a static builder() method whose result has"
        + " build(), as Immutables generates); make it a record, an Immutables type, or a class"
        + " with a no-argument constructor and setters");
    assertThatThrownBy(() -> TypeDescription.of(NoDefaultConstructor.class)).hasMessage(
        "Cannot bind " + NoDefaultConstructor.class.getName() + ": it has no usable constructor;"
            + " make it a record, give it a static builder() (as Immutables does), or give it a"
            + " no-argument constructor and setters");
    assertThatThrownBy(() -> TypeDescription.of(Twice.class)).hasMessage("Cannot bind "
        + Twice.class.getName() + ": both a and b are @Extras; keep one");
    assertThatThrownBy(() -> ContentReader.builder().build().read(POST, "p.md", Anything.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  record Checked(String title) {
    Checked {
      if (title.isBlank()) {
        throw new IllegalArgumentException("a checked needs a title that is not blank");
      }
    }
  }

  @Test
  void theTypesOwnCheckIsReportedAtItsMapping() {
    assertThat(problems(bind(ContentReader.builder().build(), "---\ntitle: \" \"\n---\n",
        Checked.class))).containsExactly(
            "2:1  schema.invalid error a checked needs a title that is not blank");
  }
}
