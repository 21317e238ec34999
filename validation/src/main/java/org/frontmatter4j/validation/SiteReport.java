package org.frontmatter4j.validation;

import java.util.List;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;

/**
 * What checking a whole site found.
 *
 * @param files              files checked
 * @param errors             errors in all files
 * @param warnings           warnings in all files
 * @param failures           paths that could not be walked or read, each with the reason
 * @param roundTripChecked   files whose round trip was checked
 * @param roundTripIdentical of those, files reproduced byte for byte
 * @param problems           every problem in path order, when the run collected them (see
 *                           {@link SiteValidator#validate(List)}); empty for streaming runs
 */
public record SiteReport(int files, int errors, int warnings, List<String> failures,
    int roundTripChecked, int roundTripIdentical, List<Problem> problems) {

  /**
   * Copies the lists.
   *
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

  /** One line: {@code 12 files, 1 error, 0 warnings}. */
  @Override
  public String toString() {
    return files + " file" + (files == 1 ? "" : "s") + ", " + errors + " error"
        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
        + (failures.isEmpty() ? "" : ", " + failures.size() + " unreadable");
  }
}
