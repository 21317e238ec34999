package org.frontmatter4j.cli;

/** Receives results in path order, then the totals. */
interface Reporter {
  void file(FileResult result);

  void finish(Totals totals);
}
