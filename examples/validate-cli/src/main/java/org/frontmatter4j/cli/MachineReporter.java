package org.frontmatter4j.cli;

import java.io.PrintWriter;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteReportWriter;

/** JSON or SARIF on stdout, through the library's {@link SiteReportWriter}. */
final class MachineReporter implements Reporter {
  private final PrintWriter out;
  private final SiteReportWriter writer;

  MachineReporter(PrintWriter out, SiteReportWriter writer) {
    this.out = out;
    this.writer = writer;
  }

  @Override
  public void file(FileReport report) {
    writer.add(report);
  }

  @Override
  public void finish(SiteReport site, double seconds) {
    out.print(writer.finish(site));
  }
}
