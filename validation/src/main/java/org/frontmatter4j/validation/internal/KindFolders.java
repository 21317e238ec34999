package org.frontmatter4j.validation.internal;

import java.nio.file.Path;
import java.util.Set;

/**
 * Whether a file is content of a Smartable kind by where it is: a file in one of the kinds'
 * Jekyll folders must have front matter; elsewhere a Markdown file without it is a plain page
 * that Jekyll copies as it is. The one place that knows the folders, until the kinds table of
 * the core module says it.
 */
public final class KindFolders {
  private static final Set<String> FOLDERS = Set.of("_news", "_people", "_learning", "_samples",
      "_newsletters", "_communities", "_events");

  private KindFolders() {}

  /** Whether any folder on the file's path is a kind's folder. */
  public static boolean inKindFolder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return false;
    }
    for (Path part : parent) {
      if (FOLDERS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
