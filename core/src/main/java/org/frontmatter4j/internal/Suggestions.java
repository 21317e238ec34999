package org.frontmatter4j.internal;

import java.util.List;
import java.util.Locale;

/** "Did you mean" for misspelt keys: the closest known key within a small edit distance. */
final class Suggestions {
  private Suggestions() {}

  /** The known key closest to {@code key}, or null if none is close. */
  static String closest(String key, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = key.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        return candidate;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    // One edit for short keys (so 'type' never suggests 'name'), two from five letters on.
    int allowed = key.length() <= 4 ? 1 : key.length() < 10 ? 2 : 3;
    return bestDistance <= allowed ? best : null;
  }

  /** Edit distance counting a swap of two neighbours as one edit ('titel' is 1 from 'title'). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
