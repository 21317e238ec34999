package org.frontmatter4j.cli;

import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteReport;

/** Receives each file's report in path order, then the totals. */
interface Reporter {
  void file(FileReport report);

  void finish(SiteReport site, double seconds);
}
