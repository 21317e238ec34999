package org.frontmatter4j.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontmatter4j.validation.CollectionItems;

/**
 * What the rule {@code collection.item-not-found} needs, taken from the walk's file list rather
 * than from a file system: a collection ({@code site/_learning/collections/x.md}) names files
 * under its site's {@code _learning/} folder, so the job keys each collection by that folder and
 * joins it with the files the walk found under the folder, which the executor hands to
 * {@link CollectionItems#among}. Paths are those the files are checked as
 * ({@link FileChecks#localPath}), as {@link CollectionItems} expects.
 */
final class LearningFolders {
  /** One {@code _learning/} folder and every file found under it: the join's right side. */
  static final StructType FILES = new StructType()
      .add("learning", DataTypes.StringType, false)
      .add("siteFiles", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final String LEARNING = "/_learning/";
  private static final String COLLECTIONS = LEARNING + "collections/";

  private LearningFolders() {}

  /**
   * The {@code _learning/} folder a collection at {@code path} names its items in, or null when
   * {@link CollectionItems} checks no items there: the file is not directly in a
   * {@code _learning/collections} folder (a copy, a dump of historic versions).
   *
   * @param path an absolute path with {@code /} between folders
   */
  static String ofCollection(String path) {
    int at = path.lastIndexOf(COLLECTIONS);
    if (at < 0 || path.indexOf('/', at + COLLECTIONS.length()) >= 0) {
      return null;
    }
    return path.substring(0, at + LEARNING.length());
  }

  /**
   * The rows of {@link #FILES} for the folders some collection names items in: each with the
   * files of {@code paths} below it (a file below two nested {@code _learning/} folders is in
   * both).
   *
   * @param paths every file found, as checked
   * @param folders the folders of the collections found
   */
  static List<Row> files(List<String> paths, Set<String> folders) {
    Map<String, List<String>> below = new LinkedHashMap<>();
    for (String folder : folders) {
      below.put(folder, new ArrayList<>());
    }
    for (String path : paths) {
      for (int at = path.indexOf(LEARNING); at >= 0; at = path.indexOf(LEARNING, at + 1)) {
        List<String> files = below.get(path.substring(0, at + LEARNING.length()));
        if (files != null) {
          files.add(path);
        }
      }
    }
    List<Row> rows = new ArrayList<>(below.size());
    below.forEach((folder, files) -> rows.add(RowFactory.create(folder, files)));
    return rows;
  }
}
