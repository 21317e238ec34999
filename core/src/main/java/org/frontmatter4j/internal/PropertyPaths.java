package org.frontmatter4j.internal;

import java.util.Optional;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlSequence;

/** Resolves property paths such as {@code related[1].images[0].width} against a tree. */
public final class PropertyPaths {
  private PropertyPaths() {}

  /** The node the path names, if it exists. */
  public static Optional<YamlNode> locate(YamlNode root, String path) {
    YamlNode found = walk(root, path, false);
    return Optional.ofNullable(found);
  }

  /** The node the path names or, if it does not exist, the deepest ancestor that does. */
  public static YamlNode nearest(YamlNode root, String path) {
    return walk(root, path, true);
  }

  private static YamlNode walk(YamlNode root, String path, boolean nearest) {
    YamlNode node = root;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      YamlNode next;
      if (c == '.') {
        i++;
        continue;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return nearest ? node : null;
        }
        next = item(node, path.substring(i + 1, close));
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        next = node instanceof YamlMapping mapping
            ? mapping.get(path.substring(i, end)).orElse(null) : null;
        i = end;
      }
      if (next == null) {
        return nearest ? node : null;
      }
      node = next;
    }
    return node;
  }

  private static YamlNode item(YamlNode node, String index) {
    if (!(node instanceof YamlSequence sequence)) {
      return null;
    }
    try {
      int at = Integer.parseInt(index);
      return at >= 0 && at < sequence.items().size() ? sequence.items().get(at) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
