package org.frontmatter4j.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the content files under the paths a user names: every {@code *.md} and
 * {@code *.markdown} file, recursively. Hidden folders, {@code target} and {@code node_modules}
 * are skipped unless named; links are followed, and link loops are reported, not walked.
 */
final class ContentFiles {
  private static final Set<String> SKIPPED = Set.of("target", "node_modules");

  /** What the walk found: files to check and paths that could not be read. */
  record Found(List<Path> files, List<String> unreadable) {}

  private ContentFiles() {}

  static Found find(List<Path> roots) {
    TreeSet<Path> files = new TreeSet<>();
    List<String> unreadable = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        unreadable.add(root + ": no such file or directory");
      } else if (Files.isDirectory(root)) {
        walk(root, files, unreadable);
      } else {
        files.add(root.normalize());
      }
    }
    return new Found(List.copyOf(files), unreadable);
  }

  static boolean isContentFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  private static void walk(Path root, TreeSet<Path> files, List<String> unreadable) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip = !dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isContentFile(file)) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unreadable.add(file + ": " + (e instanceof FileSystemLoopException
                  ? "link loop, not followed" : describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable.add(root + ": " + describe(e));
    }
  }

  static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file or directory";
      case "AccessDeniedException" -> "permission denied";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }
}
