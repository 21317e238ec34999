package org.frontmatter4j.schema;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.model.Action;
import org.frontmatter4j.model.Book;
import org.frontmatter4j.model.Course;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.LearningArticle;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Newsletter;
import org.frontmatter4j.model.Video;

/**
 * The values that some keys of Smartable's files take, where the files show a small set: the one
 * table that the JSON Schemas ({@code enum}, for a {@link Values#closed() closed} set) and the
 * language server (completion, hover) read. Each set was taken from the real files of both
 * Smartable sites (power-apps, every version of every file; artificial-intelligence), and says
 * where it comes from. A set that the two sites do not share, or that a single site shows but
 * the format does not fix, is open: offered while typing, never enforced.
 *
 * <pre>{@code
 * KnownValues.of(Course.class, "levels");
 * // Values[values=[Beginner, Intermediate, Advanced], closed=true, source=...]
 * KnownValues.of(Course.class, "price").map(Values::closed);  // Optional[false]
 * }</pre>
 */
public final class KnownValues {
  private static final Values LEVELS = new Values(List.of("Beginner", "Intermediate", "Advanced"),
      true, "every course, collection, book and learning article of both sites writes these and"
          + " no other level");
  private static final Values PRICE = new Values(List.of("Free", "Free+"), false,
      "courses, videos and collections write Free (power-apps) or Free+ (artificial-intelligence"
          + " courses); books write amounts such as $33.43");

  private static final Map<Class<?>, Map<String, Values>> TABLE = table();

  private KnownValues() {}

  /**
   * A set of values.
   *
   * @param values the values, in the order an editor offers them
   * @param closed whether a file may hold no other value: a schema then lists them as its
   *               {@code enum}; an open set is only offered while typing
   * @param source where the set comes from, in words
   */
  public record Values(List<String> values, boolean closed, String source) {
    /**
     * Copies the values.
     *
     * @param values the values, in the order an editor offers them
     * @param closed whether a file may hold no other value
     * @param source where the set comes from, in words
     */
    public Values {
      values = List.copyOf(values);
      requireNonNull(source, "source must not be null");
    }
  }

  /**
   * {@return the values of a key of a type (of each item, for a list), if the files show a small
   * set; empty for any other key, and for every key of the user's own types}
   *
   * @param type a model type, such as {@code Course.class}, or a type it nests, such as
   *             {@code Action.class}
   * @param key  the key as files write it, such as {@code levels}
   */
  public static Optional<Values> of(Class<?> type, String key) {
    requireNonNull(type, "type must not be null");
    requireNonNull(key, "key must not be null");
    Map<String, Values> keys = TABLE.get(type);
    return keys == null ? Optional.empty() : Optional.ofNullable(keys.get(key));
  }

  private static Map<Class<?>, Map<String, Values>> table() {
    Map<Class<?>, Map<String, Values>> table = new HashMap<>();
    // The type: value a kind's files write is the one that tells the kind (the Kind table).
    for (Kind kind : Kind.values()) {
      if (!kind.types().isEmpty()) {
        put(table, kind.type(), "type", new Values(kind.types(), true,
            "the type: that tells a " + kind.id() + " (Kind." + kind.name() + "); every "
                + kind.id() + " file of the sites writes it"));
      }
    }
    put(table, NewsArticle.class, "category", new Values(Kind.NEWS.categories(), true,
        "the category: that tells a news article (Kind.NEWS); every news file writes it"));
    put(table, NewsArticle.class, "type", new Values(List.of("article", "video"), true,
        "every news file of power-apps (2,629 versions) is an article or a video"));
    for (Class<?> shared : List.of(Newsletter.class, LearningArticle.class)) {
      put(table, shared, "type", new Values(List.of("article"), true,
          "every newsletter and learning article writes type: article, as news articles do"));
    }
    for (Class<?> learning : List.of(Course.class, LearningCollection.class, Book.class,
        LearningArticle.class)) {
      put(table, learning, "levels", LEVELS);
    }
    for (Class<?> priced : List.of(Course.class, Video.class, LearningCollection.class,
        Book.class, LearningArticle.class)) {
      put(table, priced, "price", PRICE);
    }
    put(table, Action.class, "type", new Values(List.of("download"), false,
        "every sample action of power-apps, the only site with samples, is a download"));
    return Map.copyOf(table);
  }

  private static void put(Map<Class<?>, Map<String, Values>> table, Class<?> type, String key,
      Values values) {
    table.computeIfAbsent(type, any -> new HashMap<>()).put(key, values);
  }
}
