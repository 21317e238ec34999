package org.frontmatter4j.model;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;

/**
 * The kinds of content a Smartable site holds: the one table of each kind's id, model type, site
 * folders and the {@code category:} and {@code type:} values that tell it. Readers, validators,
 * the command-line tool, the Maven plugin and editors all decide a file's kind from here.
 *
 * <p>A file's kind comes from the nearest kind folder among its parent folders
 * ({@code site/_people/april-dunnam.md} is a {@link #PERSON}), else from its {@code category:} or
 * {@code type:} where that value belongs to one kind only ({@code type: profile}); a file that
 * neither tells is of no kind.
 *
 * <pre>{@code
 * Optional<Kind> kind = Kind.detect(path, document.frontMatter());
 * Kind forced = Kind.byId("video").orElseThrow();          // as given to --kind
 * Class<? extends Content> type = forced.type();            // Video.class
 * }</pre>
 */
public enum Kind {
  /** News articles, in {@code _news} (also {@code _archive/_news}); {@code category: news}. */
  NEWS("news", "news", NewsArticle.class, List.of("_news"), List.of("news"), List.of()),
  /** People, in {@code _people}; {@code type: profile}. */
  PERSON("person", "people", Person.class, List.of("_people"), List.of(), List.of("profile")),
  /** Courses, in {@code _learning/courses}; {@code type: course}. */
  COURSE("course", "courses", Course.class, List.of("_learning/courses"), List.of(),
      List.of("course")),
  /** Videos, in {@code _learning/videos}; {@code type: video} without {@code category: news}. */
  VIDEO("video", "videos", Video.class, List.of("_learning/videos"), List.of(),
      List.of("video")),
  /** Collections of learning items, in {@code _learning/collections}; {@code type: collection}. */
  COLLECTION("collection", "collections", LearningCollection.class,
      List.of("_learning/collections"), List.of(), List.of("collection")),
  /** Books, in {@code _learning/books}; {@code type: book}. */
  BOOK("book", "books", Book.class, List.of("_learning/books"), List.of(), List.of("book")),
  /**
   * Articles to learn from, in {@code _learning/articles}. Their {@code type: article} is also
   * what news and newsletters write, so only the folder tells this kind.
   */
  ARTICLE("article", "articles", LearningArticle.class, List.of("_learning/articles"), List.of(),
      List.of()),
  /** Downloadable samples, in {@code _samples}; {@code type: download}. */
  SAMPLE("sample", "samples", Sample.class, List.of("_samples"), List.of(), List.of("download")),
  /** Newsletters ({@code .html} files), in {@code _newsletters}. */
  NEWSLETTER("newsletter", "newsletters", Newsletter.class, List.of("_newsletters"), List.of(),
      List.of()),
  /** Communities, in {@code _communities}; {@code type: forum}. */
  COMMUNITY("community", "communities", Community.class, List.of("_communities"), List.of(),
      List.of("forum")),
  /** Events, in {@code _events}; {@code type: conference}. */
  EVENT("event", "events", Event.class, List.of("_events"), List.of(), List.of("conference"));

  private final String id;
  private final String plural;
  private final Class<? extends Content> type;
  private final List<String> folders;
  /** {@link #folders}, each split at '/': split once, not for every folder of every file. */
  private final String[][] folderNames;
  private final List<String> categories;
  private final List<String> types;

  Kind(String id, String plural, Class<? extends Content> type, List<String> folders,
      List<String> categories, List<String> types) {
    this.id = id;
    this.plural = plural;
    this.type = type;
    this.folders = folders;
    this.folderNames = new String[folders.size()][];
    for (int i = 0; i < folders.size(); i++) {
      folderNames[i] = folders.get(i).split("/");
    }
    this.categories = categories;
    this.types = types;
  }

  /**
   * The id used by the command line ({@code --kind person}), JSON reports and schemas.
   *
   * @return the id used by the command line ({@code --kind person}), JSON reports and schemas
   */
  public String id() {
    return id;
  }

  /**
   * A count of files of this kind in words: {@code 1 person}, {@code 6 people}, {@code 2 news},
   * {@code 1,204 news}.
   *
   * @param files how many files of this kind
   * @return the count followed by the id (one file) or the plural (any other number)
   */
  public String count(int files) {
    return String.format(Locale.ROOT, "%,d %s", files, files == 1 ? id : plural);
  }

  /**
   * The model type files of this kind bind to, such as {@code Person.class}.
   *
   * @return the model type files of this kind bind to, such as {@code Person.class}
   */
  public Class<? extends Content> type() {
    return type;
  }

  /**
   * The site folders that hold this kind, relative to the site, such as {@code _learning/videos}.
   *
   * @return the site folders that hold this kind, relative to the site, such as {@code
   *     _learning/videos}
   */
  public List<String> folders() {
    return folders;
  }

  /**
   * The {@code category:} values that tell this kind, such as {@code news}; often none.
   *
   * @return the {@code category:} values that tell this kind, such as {@code news}; often none
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * The {@code type:} values that tell this kind and no other, such as {@code profile}.
   *
   * @return the {@code type:} values that tell this kind and no other, such as {@code profile}
   */
  public List<String> types() {
    return types;
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * The kind with this id, such as {@code person}.
   *
   * @return the kind with this id, such as {@code person}
   * @param id the id, as {@link #id()} gives it
   */
  public static Optional<Kind> byId(String id) {
    requireNonNull(id, "id must not be null");
    for (Kind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of a model.
   *
   * @return the kind of a model
   * @param content any model instance
   */
  public static Kind of(Content content) {
    requireNonNull(content, "content must not be null");
    return ofType(content.getClass()).orElseThrow();
  }

  /**
   * The kind whose model is {@code type} or a supertype of it (an Immutables implementation).
   *
   * @return the kind whose model is {@code type} or a supertype of it (an Immutables
   *     implementation)
   * @param type a model type, such as {@code NewsArticle.class}
   */
  public static Optional<Kind> ofType(Class<?> type) {
    requireNonNull(type, "type must not be null");
    for (Kind kind : values()) {
      if (kind.type.isAssignableFrom(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind a file's folders tell: that of the nearest parent folder that is a kind folder, so
   * {@code site/_learning/videos/x.md} is a {@link #VIDEO} and {@code _archive/_news/x.md} a {@link
   * #NEWS}. Relative paths are resolved against the working directory.
   *
   * @return the kind a file's folders tell: that of the nearest parent folder that is a kind
   *     folder, so {@code site/_learning/videos/x.md} is a {@link #VIDEO} and {@code
   *     _archive/_news/x.md} a {@link #NEWS}
   * @param file the file
   */
  public static Optional<Kind> fromPath(Path file) {
    requireNonNull(file, "file must not be null");
    Path path = file.toAbsolutePath().normalize();
    String[] pathNames = new String[path.getNameCount()];
    for (int i = 0; i < pathNames.length; i++) {
      pathNames[i] = path.getName(i).toString();
    }
    for (int folder = pathNames.length - 2; folder >= 0; folder--) {
      for (Kind kind : values()) {
        for (String[] kindFolder : kind.folderNames) {
          if (endsAt(pathNames, folder, kindFolder)) {
            return Optional.of(kind);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code pathNames} up to index {@code last} end with {@code folderNames}. */
  private static boolean endsAt(String[] pathNames, int last, String[] folderNames) {
    if (folderNames.length > last + 1) {
      return false;
    }
    for (int i = 0; i < folderNames.length; i++) {
      if (!pathNames[last - folderNames.length + 1 + i].equals(folderNames[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The kind a front matter's {@code category:} tells, else its {@code type:} where that value
   * belongs to one kind only; empty for {@code type: article}, which news, newsletters and learning
   * articles all write.
   *
   * @return the kind a front matter's {@code category:} tells, else its {@code type:} where that
   *     value belongs to one kind only; empty for {@code type: article}, which news, newsletters
   *     and learning articles all write
   * @param frontMatter a file's front matter
   */
  public static Optional<Kind> fromFrontMatter(YamlMapping frontMatter) {
    requireNonNull(frontMatter, "frontMatter must not be null");
    Optional<String> category = text(frontMatter, "category");
    if (category.isPresent()) {
      for (Kind kind : values()) {
        if (kind.categories.contains(category.get())) {
          return Optional.of(kind);
        }
      }
    }
    Optional<String> type = text(frontMatter, "type");
    if (type.isPresent()) {
      for (Kind kind : values()) {
        if (kind.types.contains(type.get())) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of a file: from its folders, else from its front matter.
   *
   * @return the kind of a file: from its folders, else from its front matter
   * @param file the file
   * @param frontMatter the file's front matter
   */
  public static Optional<Kind> detect(Path file, YamlMapping frontMatter) {
    Optional<Kind> byFolder = fromPath(file);
    return byFolder.isPresent() ? byFolder : fromFrontMatter(frontMatter);
  }

  private static Optional<String> text(YamlMapping mapping, String key) {
    Optional<YamlNode> node = mapping.get(key);
    return node.isPresent() && node.get() instanceof YamlScalar scalar
        ? Optional.of(scalar.value()) : Optional.empty();
  }
}
