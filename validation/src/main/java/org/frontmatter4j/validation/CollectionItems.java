package org.frontmatter4j.validation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.LearningCollection;

/**
 * The rule {@code collection.item-not-found}: each {@code items} entry of a collection names a
 * file of the same site. An entry {@code videos/x} names {@code _learning/videos/x.md} (or
 * {@code .markdown}, {@code .html}) beside the collection's own {@code _learning} folder; a
 * collection that is not in a {@code _learning/collections} folder belongs to no site (a copy, a
 * dump of historic versions) and is not checked.
 *
 * <p>The files of the site come from the file system ({@link #onDisk()}, what
 * {@link SiteValidator} uses by default), from a list of paths ({@link #among(Collection)}), for
 * callers that hold a site's file list but no file system, such as a Spark job over an object
 * store, or from a test of each path ({@link #matching(Predicate)}); {@link #or(CollectionItems)}
 * looks in two places, as an editor does (the disk, and the files it holds unsaved):
 *
 * <pre>{@code
 * CollectionItems items = CollectionItems.among(List.of(
 *     "s3://bucket/site/_learning/collections/first-steps.md",
 *     "s3://bucket/site/_learning/videos/timer-controls.md"));
 * List<Problem> problems = items.check("s3://bucket/site/_learning/collections/first-steps.md",
 *     collection, document);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CollectionItems {
  private static final String COLLECTIONS = "/_learning/collections/";
  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".html");

  private final Predicate<String> exists;

  private CollectionItems(Predicate<String> exists) {
    this.exists = exists;
  }

  /** {@return a check that looks items up in the file system} */
  public static CollectionItems onDisk() {
    return new CollectionItems(path -> {
      try {
        return Files.isRegularFile(Path.of(path));
      } catch (InvalidPathException e) {
        return false;
      }
    });
  }

  /**
   * Items are looked up among {@code paths}: every file of the site, named as
   * {@link #check} will name the collection (the same prefix, {@code /} or {@code \} between
   * folders). Nothing else is read.
   *
   * @param paths every file of the site
   * @return a check that looks items up among {@code paths}
   */
  public static CollectionItems among(Collection<String> paths) {
    requireNonNull(paths, "paths must not be null");
    Set<String> files = new HashSet<>();
    for (String path : paths) {
      files.add(slashes(requireNonNull(path, "paths must not contain null")));
    }
    return new CollectionItems(files::contains);
  }

  /**
   * Items are looked up with a test of each path an item may name: the collection's
   * {@code _learning} folder, the item and an extension ({@code .md}, {@code .markdown},
   * {@code .html}), with the collection path's prefix and {@code /} between folders. The test is
   * asked at each {@link #check}, so it may answer from state that changes, such as an editor's
   * open documents; it must be thread-safe.
   *
   * <pre>{@code
   * Set<String> open = ConcurrentHashMap.newKeySet();
   * CollectionItems items = CollectionItems.onDisk().or(CollectionItems.matching(open::contains));
   * }</pre>
   *
   * @param exists whether a file of the site has this path
   * @return a check that looks items up with {@code exists}
   */
  public static CollectionItems matching(Predicate<String> exists) {
    return new CollectionItems(requireNonNull(exists, "exists must not be null"));
  }

  /**
   * {@return a check that finds an item where this one or {@code other} does}
   *
   * @param other where else to look
   */
  public CollectionItems or(CollectionItems other) {
    requireNonNull(other, "other must not be null");
    return new CollectionItems(this.exists.or(other.exists));
  }

  /**
   * The problems of one collection: an error at each {@code items} entry that names no file.
   *
   * @param collectionPath where the collection is, such as
   *                       {@code site/_learning/collections/first-steps.md}
   * @param collection     the collection, bound from {@code document}
   * @param document       its parsed file, which locates each problem
   * @return the problems in item order; empty when the collection is in no site
   */
  public List<Problem> check(String collectionPath, LearningCollection collection,
      FrontMatterDocument document) {
    requireNonNull(collectionPath, "collectionPath must not be null");
    requireNonNull(collection, "collection must not be null");
    requireNonNull(document, "document must not be null");
    String path = slashes(collectionPath);
    boolean relative = !path.startsWith("/");
    String rooted = relative ? "/" + path : path;
    int at = rooted.lastIndexOf(COLLECTIONS);
    if (at < 0 || rooted.indexOf('/', at + COLLECTIONS.length()) >= 0) {
      return List.of();
    }
    String learning = rooted.substring(relative ? 1 : 0, at + 1) + "_learning/";
    List<Problem> problems = new ArrayList<>();
    List<String> items = collection.items();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if (!names(learning, item)) {
        String property = "items[" + i + "]";
        problems.add(document.problemAt(document.positionOf(property), property,
            ContentRule.COLLECTION_ITEM_NOT_FOUND.id(),
            ContentRule.COLLECTION_ITEM_NOT_FOUND.severity(),
            "'" + property + "' names no file of this site: there is no _learning/" + item
                + ".md; write a folder and a file name such as videos/my-video, or remove"
                + " the item"));
      }
    }
    return problems;
  }

  /** Whether the item names a file under {@code learning}, without leaving it. */
  private boolean names(String learning, String item) {
    if (item.isEmpty() || item.startsWith("/") || item.contains("\\")
        || ("/" + item + "/").contains("/../") || ("/" + item + "/").contains("/./")) {
      return false;
    }
    for (String extension : EXTENSIONS) {
      if (exists.test(learning + item + extension)) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
