package org.frontmatter4j.validation;

import java.util.List;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;

/**
 * What checking a whole site found.
 *
 * @param files              files checked: content and pages without front matter (a site's
 *                           {@code _config.yml} is checked but not counted)
 *
 * @param notContent         of those, Markdown files without front matter outside the kinds'
 *                           folders, counted but not reported (see {@link FileReport.Role})
 *
 * @param errors             errors in all files
 * @param warnings           warnings in all files
 * @param failures           paths that could not be walked or read, each with the reason
 * @param roundTripChecked   files whose round trip was checked
 * @param roundTripIdentical of those, files reproduced byte for byte
 * @param problems           every problem in path order, when the run collected them (see
 *                           {@link SiteValidator#validate(List)}); empty for streaming runs
 */
public record SiteReport(int files, int notContent, int errors, int warnings,
    List<String> failures, int roundTripChecked, int roundTripIdentical, List<Problem> problems) {

  /**
   * Copies the lists.
   *
   * @param notContent files that were not content (pages without front matter outside the kinds' folders)
   * @param files files checked
   * @param errors errors in all files
   * @param warnings warnings in all files
   * @param failures paths that could not be walked or read, each with the reason
   * @param roundTripChecked files whose round trip was checked
   * @param roundTripIdentical of those, files reproduced byte for byte
   * @param problems every problem in path order, when the run collected them (see {@link
   *     SiteValidator#validate(List)}); empty for streaming runs
   */
  public SiteReport {
    failures = List.copyOf(failures);
    problems = List.copyOf(problems);
  }

  /**
   * A report where every file is content.
   *
   * @param files files checked
   * @param errors errors in all files
   * @param warnings warnings in all files
   * @param failures paths that could not be walked or read, each with the reason
   * @param roundTripChecked files whose round trip was checked
   * @param roundTripIdentical of those, files reproduced byte for byte
   * @param problems every problem in path order, when the run collected them
   */
  public SiteReport(int files, int errors, int warnings, List<String> failures,
      int roundTripChecked, int roundTripIdentical, List<Problem> problems) {
    this(files, 0, errors, warnings, failures, roundTripChecked, roundTripIdentical, problems);
  }

  /** {@return files that are content: {@link #files()} less {@link #notContent()}} */
  public int content() {
    return files - notContent;
  }

  /**
   * {@return whether the run fails at this level: any failure, any round-trip difference, any
   * error, or
   * with {@link Severity#WARNING} also any warning}
   *
   * @param level the least severe problem that fails the run
   */
  public boolean failsAt(Severity level) {
    return !failures.isEmpty() || roundTripIdentical < roundTripChecked || errors > 0
        || (level == Severity.WARNING && warnings > 0);
  }

  /**
   * One line: {@code 12 files, 1 error, 0 warnings}, or when some files are not content
   * {@code 14 files: 12 content, 2 without front matter, 1 error, 0 warnings}.
   */
  @Override
  public String toString() {
    return fileCounts() + ", " + count(errors, "error") + ", "
        + count(warnings, "warning")
        + (failures.isEmpty() ? "" : ", " + failures.size() + " unreadable");
  }

  /** {@return {@code 12 files}, or {@code 14 files: 12 content, 2 without front matter}} */
  public String fileCounts() {
    return count(files, "file") + (notContent == 0 ? ""
        : ": " + (files - notContent) + " content, " + notContent + " without front matter");
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
