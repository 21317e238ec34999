package org.frontmatter4j.lsp;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.frontmatter4j.validation.CollectionItems;
import org.frontmatter4j.validation.SiteValidator;

/**
 * The files of the sites the editor works on, as the rules across files see them: the files on
 * disk, and the documents the editor holds open, saved or not (a video the author has just
 * created names an item before it is saved). The disk is asked at each check rather than
 * indexed, so a file created or deleted outside the editor counts at the next validation;
 * {@code workspace/didChangeWatchedFiles} only says when to validate again.
 */
final class WorkspaceFiles {
  private static final String LEARNING = "_learning";
  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".html");

  /** Open documents by path (slashes between folders), counted: a file may be open twice. */
  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  private final CollectionItems items =
      CollectionItems.onDisk().or(CollectionItems.matching(open::containsKey));

  /** Where collection items are looked up: on disk, then among the open documents. */
  CollectionItems items() {
    return items;
  }

  void opened(Path path) {
    open.merge(key(path), 1, Integer::sum);
  }

  void closed(Path path) {
    open.computeIfPresent(key(path), (key, count) -> count == 1 ? null : count - 1);
  }

  /**
   * Whether a file's presence can change what a collection reports: a file under a
   * {@code _learning} folder.
   */
  static boolean mayBeAnItem(Path path) {
    for (Path name : path) {
      if (name.toString().equals(LEARNING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The items a collection may name, as collections write them: {@code videos/<name>},
   * {@code courses/<name>}, ... for each file in a folder of the collection's {@code _learning}
   * folder, on disk or open; sorted, the collection itself left out. Empty for a file that is not
   * in a {@code _learning/collections} folder.
   */
  List<String> itemsFor(Path collection) {
    Optional<Path> learning = learningFolder(collection);
    if (learning.isEmpty()) {
      return List.of();
    }
    TreeSet<String> items = new TreeSet<>();
    try (DirectoryStream<Path> folders =
        Files.newDirectoryStream(learning.get(), Files::isDirectory)) {
      for (Path folder : folders) {
        if (!SiteValidator.walksInto(folder.getFileName().toString())) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path file : files) {
            item(learning.get(), file, collection).ifPresent(items::add);
          }
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // An unreadable folder offers what could be read, and the open documents.
    }
    for (String path : open.keySet()) {
      item(learning.get(), Path.of(path), collection).ifPresent(items::add);
    }
    return List.copyOf(items);
  }

  /** {@code folder/name} of a content file two levels under {@code learning}. */
  private static Optional<String> item(Path learning, Path file, Path collection) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.equals(collection.toAbsolutePath().normalize()) || absolute.getParent() == null
        || !learning.equals(absolute.getParent().getParent())) {
      return Optional.empty();
    }
    String name = absolute.getFileName().toString();
    for (String extension : EXTENSIONS) {
      if (name.endsWith(extension) && name.length() > extension.length()) {
        return Optional.of(absolute.getParent().getFileName() + "/"
            + name.substring(0, name.length() - extension.length()));
      }
    }
    return Optional.empty();
  }

  /** The {@code _learning} folder of a file in {@code _learning/collections}. */
  private static Optional<Path> learningFolder(Path collection) {
    Path folder = collection.toAbsolutePath().normalize().getParent();
    if (folder == null || folder.getParent() == null
        || !folder.getFileName().toString().equals("collections")
        || !folder.getParent().getFileName().toString().equals(LEARNING)) {
      return Optional.empty();
    }
    return Optional.of(folder.getParent());
  }

  private static String key(Path path) {
    return path.toString().replace('\\', '/');
  }
}
