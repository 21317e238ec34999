package org.frontmatter4j.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the content files under the paths a user names: every {@code *.md} and
 * {@code *.markdown} file, and {@code *.html} files that start with {@code ---}, recursively.
 * Hidden folders, {@code target}, {@code node_modules}, and a Jekyll site's build output and
 * installed gems ({@code _site}, {@code vendor}) are skipped unless named; so is what a site's
 * {@code _config.yml} excludes, while a hidden folder it includes is walked. Links are followed,
 * and link loops are reported, not walked. Include and exclude globs match the path relative to the
 * named directory ({@code **}{@code /drafts/**}) or, without a slash, the file name
 * ({@code *.md}). A link to nothing is kept for the validator to warn about.
 */
public final class SiteFiles {
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", "_site", "vendor");

  /** What the walk found: files to check, sorted, and paths that could not be read. */
  public record Found(List<Path> files, List<String> unreadable) {}

  private final List<Glob> includes;
  private final List<Glob> excludes;
  private final Sites sites;

  public SiteFiles(List<String> includes, List<String> excludes, Sites sites) {
    this.includes = includes.stream().map(Glob::new).toList();
    this.excludes = excludes.stream().map(Glob::new).toList();
    this.sites = sites;
  }

  public Found find(List<Path> roots) {
    TreeSet<Path> files = new TreeSet<>();
    List<String> unreadable = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        unreadable.add(root + ": no such file or directory");
      } else if (Files.isDirectory(root)) {
        walk(root, files, unreadable);
      } else {
        // A file named explicitly is checked whatever its name.
        files.add(root.normalize());
      }
    }
    return new Found(List.copyOf(files), unreadable);
  }

  private void walk(Path root, TreeSet<Path> files, List<String> unreadable) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              Optional<SiteConfig> site = sites.siteOfFolder(dir.getParent());
              boolean skip = (!walksInto(name)
                  && !site.map(s -> s.includes(relative(s, dir), true)).orElse(false))
                  || site.map(s -> s.excludes(relative(s, dir), true)).orElse(false);
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // A link whose target is missing or loops comes with the link's own attributes:
              // SiteValidator reports it as a warning instead of leaving it out unsaid.
              if ((attributes.isRegularFile() || attributes.isSymbolicLink())
                  && selected(root, file)
                  && !sites.siteOfFile(file).map(s -> s.excludes(relative(s, file), false))
                      .orElse(false)) {
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

  /** The path relative to the site's root, with forward slashes. */
  private static String relative(SiteConfig site, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(site.root())
        ? site.root().relativize(absolute).toString().replace('\\', '/') : "";
  }

  /**
   * Whether the globs and the name select a file. Plain loops, and the relative path only when a
   * glob needs it: this runs for every file before the first one is checked.
   */
  private boolean selected(Path root, Path file) {
    if (!excludes.isEmpty() || !includes.isEmpty()) {
      Path relative = root.relativize(file);
      if (anyMatches(excludes, relative)) {
        return false;
      }
      if (!includes.isEmpty()) {
        return anyMatches(includes, relative);
      }
    }
    String name = file.getFileName().toString();
    if (!isHtml(name)) {
      return isContentFile(name, new byte[0]);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return isContentFile(name, in.readNBytes(6));
    } catch (IOException e) {
      return true; // let the check report why it cannot be read
    }
  }

  private static boolean anyMatches(List<Glob> globs, Path relative) {
    for (Glob glob : globs) {
      if (glob.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a walk goes into a folder of this name below a directory it was given. */
  public static boolean walksInto(String folderName) {
    return !folderName.startsWith(".") && !SKIPPED.contains(folderName);
  }

  /** Markdown by name, or HTML that starts with {@code ---}; {@code start}: the first bytes. */
  public static boolean isContentFile(String fileName, byte[] start) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    int from = start.length >= 3 && (start[0] & 0xFF) == 0xEF ? 3 : 0;
    return isHtml(name) && start.length - from >= 3
        && Arrays.equals(Arrays.copyOfRange(start, from, from + 3), new byte[] {'-', '-', '-'});
  }

  private static boolean isHtml(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".html");
  }

  public static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file or directory";
      case "AccessDeniedException" -> "permission denied";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }

  /** A glob on the relative path, or on the file name when it has no slash. */
  private static final class Glob {
    private final PathMatcher matcher;
    private final boolean nameOnly;

    Glob(String pattern) {
      this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      this.nameOnly = !pattern.contains("/");
    }

    boolean matches(Path relative) {
      if (nameOnly) {
        return relative.getFileName() != null && matcher.matches(relative.getFileName());
      }
      // "**/x" should also match "x" at the top, as users expect.
      return matcher.matches(relative) || matcher.matches(Path.of("_").resolve(relative));
    }
  }
}
