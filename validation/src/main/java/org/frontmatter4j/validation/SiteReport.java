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
 * @param kinds              how many files were checked as each kind, in {@link Kind} order;
 *                           files that got a syntax check only are not counted
 */
public record SiteReport(int files, int notContent, int errors, int warnings,
    List<String> failures, int roundTripChecked, int roundTripIdentical, List<Problem> problems,
    Map<Kind, Integer> kinds) {

  /**
   * Copies the lists and keeps the kinds that were counted at least once.
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
   * @param kinds how many files were checked as each kind
   */
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

  /**
   * A report of a run that counted no kinds.
   *
   * @param files files checked
   * @param notContent of those, Markdown files without front matter outside the kinds' folders
   * @param errors errors in all files
   * @param warnings warnings in all files
   * @param failures paths that could not be walked or read, each with the reason
   * @param roundTripChecked files whose round trip was checked
   * @param roundTripIdentical of those, files reproduced byte for byte
   * @param problems every problem in path order, when the run collected them
   */
  public SiteReport(int files, int notContent, int errors, int warnings, List<String> failures,
      int roundTripChecked, int roundTripIdentical, List<Problem> problems) {
    this(files, notContent, errors, warnings, failures, roundTripChecked, roundTripIdentical,
        problems, Map.of());
  }

  /**
   * A report where every file is content, with the kinds counted.
   *
   * @param files files checked
   * @param errors errors in all files
   * @param warnings warnings in all files
   * @param failures paths that could not be walked or read, each with the reason
   * @param roundTripChecked files whose round trip was checked
   * @param roundTripIdentical of those, files reproduced byte for byte
   * @param problems every problem in path order, when the run collected them
   * @param kinds how many files were checked as each kind
   */
  public SiteReport(int files, int errors, int warnings, List<String> failures,
      int roundTripChecked, int roundTripIdentical, List<Problem> problems,
      Map<Kind, Integer> kinds) {
    this(files, 0, errors, warnings, failures, roundTripChecked, roundTripIdentical, problems,
        kinds);
  }

  /**
   * A report where every file is content and no kinds were counted.
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
    this(files, 0, errors, warnings, failures, roundTripChecked, roundTripIdentical, problems,
        Map.of());
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
   * One line: {@code 2,035 files (675 news, 651 newsletters), 0 errors, 0 warnings}, or when
   * some files are not content {@code 14 files: 12 content (12 news), 2 without front matter, 1
   * error, 0 warnings}; the kinds by count, most first.
   */
  @Override
  public String toString() {
    return fileCounts() + ", " + count(errors, "error") + ", "
        + count(warnings, "warning")
        + (failures.isEmpty() ? "" : ", " + failures.size() + " unreadable");
  }

  /**
   * {@return {@code 12 files (12 news)}, or {@code 14 files: 12 content (12 news), 2 without front
   * matter}}
   */
  public String fileCounts() {
    String byKind = byKind(kinds);
    return notContent == 0 ? count(files, "file") + byKind
        : count(files, "file") + ": " + String.format(Locale.ROOT, "%,d", files - notContent)
            + " content" + byKind + ", " + String.format(Locale.ROOT, "%,d", notContent)
            + " without front matter";
  }

  /** {@return {@code " (675 news, 7 people)"}: the kinds by count, most first; "" for none} */
  static String byKind(Map<Kind, Integer> kinds) {
    StringJoiner byKind = new StringJoiner(", ", " (", ")").setEmptyValue("");
    kinds.entrySet().stream()
        .sorted(Map.Entry.<Kind, Integer>comparingByValue().reversed())
        .forEach(entry -> byKind.add(entry.getKey().count(entry.getValue())));
    return byKind.toString();
  }

  private static String count(int count, String noun) {
    return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
  }
}
