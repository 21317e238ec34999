package org.frontmatter4j.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.frontmatter4j.validation.SiteValidator;

/**
 * The content files under the input paths, found on the driver: in a local folder, those
 * {@link SiteValidator#files(List)} finds, and its site's {@code _config.yml}; elsewhere
 * ({@code hdfs://}, {@code s3a://}) through Hadoop's file system API with the walk rules of
 * {@link SiteValidator}: folders it does not walk into are skipped below a named directory;
 * {@code *.md}, {@code *.markdown} and {@code *.html} files are candidates (whether an HTML file
 * starts with {@code ---} is decided where its bytes are read).
 *
 * <p>Why the driver walks at all: Spark's file sources never list a file or folder whose name
 * starts with {@code _} or {@code .} below a path they are given, and every folder of a Jekyll
 * site ({@code _news}, {@code _people}, ...) does. So the walk also gives the paths to hand to
 * Spark's {@code binaryFile} source ({@link #sparkRoots()}): each named folder and each folder
 * Spark would skip; and the files whose own names Spark skips, which it does not read even when
 * named ({@link #filesSparkSkips()}). The list of files found is the reference the job
 * joins Spark's rows with: what Spark lists beyond it (files in {@code target/}) is dropped, and
 * what Spark could not read becomes a problem row.
 */
final class ContentLake {
  /** Any start: a candidate HTML file's name is judged as if it had front matter. */
  private static final byte[] FRONT_MATTER_START = {'-', '-', '-'};

  /**
   * A file to check.
   *
   * @param source the qualified path, as Spark's {@code path} column spells it
   * @param root   the qualified input path it was found under
   * @param length its size in bytes
   * @param named  whether it was named as an input itself (then checked whatever its name)
   * @param special whether it is a local pipe, socket or device (only when named: a walk skips
   *               them, as SiteValidator's does), which reading would block on
   */
  record Found(String source, String root, long length, boolean named, boolean special)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<String> roots = new ArrayList<>();
  private final List<Found> files = new ArrayList<>();
  private final List<String> sparkRoots = new ArrayList<>();
  private final List<String> namedFiles = new ArrayList<>();
  private final Set<String> filesSparkSkips = new HashSet<>();
  private final List<String> failures = new ArrayList<>();
  private final Set<java.nio.file.Path> visited = new HashSet<>();
  /** The sites' configs already listed: two roots in one site list its config once. */
  private final Set<java.nio.file.Path> siteConfigs = new HashSet<>();

  private ContentLake() {}

  /** Walks every input path; an input that does not exist is a {@link #failures() failure}. */
  static ContentLake walk(List<String> inputs, Configuration conf) {
    ContentLake lake = new ContentLake();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        Path root = status.getPath();
        lake.roots.add(root.toString());
        if (status.isDirectory() && "file".equals(root.toUri().getScheme())) {
          lake.sparkRoots.add(root.toString());
          lake.walkLocal(fs, root);
        } else if (status.isDirectory()) {
          lake.sparkRoots.add(root.toString());
          lake.walk(fs, root, root);
        } else {
          (sparkSkips(root.getName()) ? lake.filesSparkSkips : lake.namedFiles)
              .add(root.toString());
          lake.files.add(new Found(root.toString(), root.toString(), status.getLen(), true,
              isSpecialLocalFile(root)));
        }
      } catch (FileNotFoundException e) {
        lake.failures.add(input + ": no such file or directory");
      } catch (IOException | IllegalArgumentException e) {
        lake.failures.add(input + ": " + e.getMessage());
      }
    }
    return lake;
  }

  private void walk(FileSystem fs, Path dir, Path root) {
    if (!firstVisit(dir)) {
      failures.add(dir + ": link loop, not followed");
      return;
    }
    FileStatus[] children;
    try {
      children = fs.listStatus(dir);
    } catch (IOException e) {
      failures.add(dir + ": " + e.getMessage());
      return;
    }
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (child.isDirectory()) {
        if (SiteValidator.walksInto(name)) {
          if (sparkSkips(name)) {
            sparkRoots.add(child.getPath().toString());
          }
          walk(fs, child.getPath(), root);
        }
      } else if (SiteValidator.isContentFile(name, FRONT_MATTER_START)
          && !isSpecialLocalFile(child.getPath())) {
        if (sparkSkips(name)) {
          filesSparkSkips.add(child.getPath().toString());
        }
        files.add(new Found(child.getPath().toString(), root.toString(), child.getLen(), false,
            false));
      }
    }
  }

  /**
   * A local folder: the files {@link SiteValidator#files(List)} finds, so that its site's
   * {@code _config.yml} includes and excludes apply as in {@code validate}, and that config,
   * which {@code validate} checks with them.
   */
  private void walkLocal(FileSystem fs, Path root) {
    java.nio.file.Path localRoot = java.nio.file.Path.of(root.toUri());
    SiteValidator site = SiteValidator.builder().build();
    SiteValidator.FileSet found = site.files(List.of(localRoot));
    failures.addAll(found.failures());
    for (java.nio.file.Path file : found.files()) {
      if (!Files.isRegularFile(file)) {
        continue; // a link to nothing: nothing to read
      }
      java.nio.file.Path relative = localRoot.relativize(file);
      Path folder = root;
      for (int i = 0; i < relative.getNameCount() - 1; i++) {
        folder = new Path(folder, relative.getName(i).toString());
        if (sparkSkips(folder.getName()) && !sparkRoots.contains(folder.toString())) {
          sparkRoots.add(folder.toString());
        }
      }
      add(fs, root, file);
    }
    // A config may sit above the root (validate site/_news): Spark never lists it, whose name
    // starts with '_', so it is read like the other files Spark skips, whatever its folder.
    for (java.nio.file.Path config : site.siteConfigs(found.files())) {
      if (siteConfigs.add(config)) {
        add(fs, root, config);
      }
    }
  }

  private void add(FileSystem fs, Path root, java.nio.file.Path file) {
    Path path = fs.makeQualified(new Path(file.toString()));
    if (sparkSkips(path.getName())) {
      filesSparkSkips.add(path.toString());
    }
    long length;
    try {
      length = Files.size(file);
    } catch (IOException e) {
      length = 0; // reading it will say why it cannot be read
    }
    files.add(new Found(path.toString(), root.toString(), length, false, false));
  }

  /** Local folders: a link back to a folder being walked is not followed (as SiteValidator). */
  private boolean firstVisit(Path dir) {
    URI uri = dir.toUri();
    if (!"file".equals(uri.getScheme())) {
      return true; // HDFS and object stores have no link loops
    }
    try {
      return visited.add(java.nio.file.Path.of(uri).toRealPath());
    } catch (IOException e) {
      return true; // listing it will say why it cannot be read
    }
  }

  /**
   * Whether Spark's file listing leaves out a file or folder of this name below a path it is
   * given (Spark 4's {@code HadoopFSUtils.shouldFilterOutPathName}, which no option turns off).
   */
  static boolean sparkSkips(String name) {
    boolean excluded = (name.startsWith("_") && !name.contains("=")) || name.startsWith(".")
        || name.endsWith("._COPYING_");
    return excluded && !name.startsWith("_common_metadata") && !name.startsWith("_metadata");
  }

  /**
   * Whether a local file is something other than a regular file (a pipe, socket or device),
   * which reading would block on or never finish; Hadoop's listing calls every non-folder a file.
   */
  private static boolean isSpecialLocalFile(Path file) {
    URI uri = file.toUri();
    return "file".equals(uri.getScheme()) && !Files.isRegularFile(java.nio.file.Path.of(uri));
  }

  /** The qualified input paths that exist. */
  List<String> roots() {
    return roots;
  }

  /** Every candidate file, in walk order. */
  List<Found> files() {
    return files;
  }

  /**
   * The paths to give Spark's {@code binaryFile} source, with its file name filter, so that it
   * lists every file found below a named folder; escaped, as Spark reads them as globs.
   */
  List<String> sparkRoots() {
    return sparkRoots.stream().map(ContentLake::escapeGlob).toList();
  }

  /** The files named as inputs, checked whatever their names; escaped as globs. */
  List<String> namedFiles() {
    return namedFiles.stream().map(ContentLake::escapeGlob).toList();
  }

  /**
   * Files whose names Spark's file sources refuse to read even when named ({@code _index.md});
   * the job reads them itself.
   */
  Set<String> filesSparkSkips() {
    return filesSparkSkips;
  }

  /** A path Hadoop's glob reads as itself: {@code {}[]*?\} escaped with a backslash. */
  static String escapeGlob(String path) {
    return path.replaceAll("([{}\\[\\]*?\\\\])", "\\\\$1");
  }

  /** Inputs and folders that could not be walked, each with the reason. */
  List<String> failures() {
    return failures;
  }
}
