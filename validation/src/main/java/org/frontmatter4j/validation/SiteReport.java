package org.frontmatter4j.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.frontmatter4j.Problem;
import org.frontmatter4j.Severity;
import org.frontmatter4j.model.Kind;

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
 * @param kinds              how many files were checked as each kind, in {@link Kind} order;
 *                           files that got a syntax check only are not counted
 */
public record SiteReport(int files, int errors, int warnings, List<String> failures,
    int roundTripChecked, int roundTripIdentical, List<Problem> problems, Map<Kind, Integer> kinds) {

  public SiteReport {
    failures = List.copyOf(failures);
    problems = List.copyOf(problems);
    Map<Kind, Integer> counted = new EnumMap<>(Kind.class);
    kinds.forEach((kind, count) -> {
      if (count > 0) {
        counted.put(kind, count);
      }
    });
    kinds = Collections.unmodifiableMap(counted);
  }

  /** A report of a run that counted no kinds. */
  public SiteReport(int files, int errors, int warnings, List<String> failures,
      int roundTripChecked, int roundTripIdentical, List<Problem> problems) {
    this(files, errors, warnings, failures, roundTripChecked, roundTripIdentical, problems,
        Map.of());
  }

  /**
   * Whether the run fails at this level: any failure, any round-trip difference, any error, or
   * with {@link Severity#WARNING} also any warning.
   */
  public boolean failsAt(Severity level) {
    return !failures.isEmpty() || roundTripIdentical < roundTripChecked || errors > 0
        || (level == Severity.WARNING && warnings > 0);
  }

  /**
   * One line: {@code 2,035 files (675 news, 651 newsletters, 6 people), 1 error, 0 warnings},
   * the kinds by count, most first.
   */
  @Override
  public String toString() {
    StringJoiner byKind = new StringJoiner(", ", " (", ")").setEmptyValue("");
    kinds.entrySet().stream()
        .sorted(Map.Entry.<Kind, Integer>comparingByValue().reversed())
        .forEach(entry -> byKind.add(entry.getKey().count(entry.getValue())));
    return String.format(Locale.ROOT, "%,d", files) + " file" + (files == 1 ? "" : "s")
        + byKind + ", " + errors + " error"
        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
        + (failures.isEmpty() ? "" : ", " + failures.size() + " unreadable");
  }
}
