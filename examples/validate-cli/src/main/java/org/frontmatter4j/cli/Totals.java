package org.frontmatter4j.cli;

/** Counts over a whole run. */
final class Totals {
  int files;
  int errors;
  int warnings;
  int unreadable;
  int roundTripChecked;
  int roundTripIdentical;
  long startedNanos = System.nanoTime();

  void add(FileResult result) {
    files++;
    errors += (int) result.count(true);
    warnings += (int) result.count(false);
    if (result.unreadable() != null) {
      unreadable++;
    }
    if (result.roundTrip() != null) {
      roundTripChecked++;
      roundTripIdentical += result.roundTrip() ? 1 : 0;
    }
  }

  double seconds() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
