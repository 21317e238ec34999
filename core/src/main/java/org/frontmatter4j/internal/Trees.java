package org.frontmatter4j.internal;

import java.util.List;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/** Compares trees by what they mean, not where or how they were written. */
public final class Trees {
  private Trees() {}

  /**
   * Whether two nodes hold the same data: same keys in the same order, same values and scalar
   * types. Positions and styles are ignored, and so is how a null was spelt.
   */
  public static boolean same(YamlNode a, YamlNode b) {
    if (a instanceof YamlScalar x && b instanceof YamlScalar y) {
      return x.type() == y.type() && (x.type() == ScalarType.NULL || x.value().equals(y.value()));
    }
    if (a instanceof YamlMapping x && b instanceof YamlMapping y) {
      List<YamlEntry> xs = x.entries();
      List<YamlEntry> ys = y.entries();
      if (xs.size() != ys.size()) {
        return false;
      }
      for (int i = 0; i < xs.size(); i++) {
        if (!xs.get(i).name().equals(ys.get(i).name())
            || !same(xs.get(i).value(), ys.get(i).value())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof YamlSequence x && b instanceof YamlSequence y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      for (int i = 0; i < x.items().size(); i++) {
        if (!same(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
