package org.frontmatter4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteReport;
import org.frontmatter4j.validation.SiteReportWriter;
import org.frontmatter4j.validation.SiteReportWriter.Format;

/**
 * The {@code reportFile} of the validate goal, in the validate command's JSON or SARIF 2.1.0
 * layout (the library's {@link SiteReportWriter}), chosen by the file's extension. Fed one file
 * report at a time, written at the end.
 */
final class ReportFile {
  private final Path path;
  private final SiteReportWriter writer;

  private ReportFile(Path path, SiteReportWriter writer) {
    this.path = path;
    this.writer = writer;
  }

  /**
   * A report written to {@code path}, SARIF or JSON by its extension.
   *
   * @param base    SARIF locations are relative to it
   * @param version the plugin version SARIF names
   */
  static ReportFile forPath(Path path, Path base, String version) throws MojoExecutionException {
    return new ReportFile(path, new SiteReportWriter(formatOf(path), base,
        version == null ? "unknown" : version));
  }

  static Format formatOf(Path path) throws MojoExecutionException {
    return Format.forFileName(path.getFileName().toString()).orElseThrow(() ->
        new MojoExecutionException("reportFile must end in .sarif (SARIF 2.1.0) or .json"
            + " (JSON), got " + path));
  }

  Path path() {
    return path;
  }

  Format format() {
    return writer.format();
  }

  void add(FileReport report) {
    writer.add(report);
  }

  /** Writes the report, creating its folder. */
  void write(SiteReport site) throws MojoExecutionException {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, writer.finish(site), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write reportFile " + path + ": " + e, e);
    }
  }
}
