package org.frontmatter4j.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every {@link CorpusBenchmark} and prints the speed targets as ratios of scores from this
 * one run: the machines are shared, so only ratios measured side by side compare. JMH options
 * pass through ({@code -f 1}, {@code -p corpus=...}, {@code -prof gc}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.frontmatter4j.benchmarks.Targets
 * </pre>
 */
public final class Targets {
  /**
   * A benchmark, the baseline its score is divided by, and the ratio it must stay under
   * ({@code strict}) or at most reach.
   */
  record Target(String benchmark, String baseline, double limit, boolean strict) {
    boolean met(double ratio) {
      return strict ? ratio < limit : ratio <= limit;
    }
  }

  /** Issue #8's targets. */
  static final List<Target> TARGETS = List.of(
      new Target("parseAndBind", "baselineSnakeYamlEngineEvents", 1.25, false),
      new Target("parseBindValidate", "baselineSnakeYamlEngineLoad", 1.0, false),
      new Target("writeCanonical", "baselineSnakeYamlEngineLoad", 0.25, false),
      new Target("parseAndBind", "baselineJacksonYamlBind", 1.0, true));

  private Targets() {}

  public static void main(String[] args) throws RunnerException {
    Options options;
    try {
      CommandLineOptions commandLine = new CommandLineOptions(args);
      OptionsBuilder builder = new OptionsBuilder();
      builder.parent(commandLine);
      if (commandLine.getIncludes().isEmpty()) {
        // JMH ORs includes: adding this one to a selection would run everything again.
        builder.include(CorpusBenchmark.class.getName() + "\\.");
      }
      options = builder.build();
    } catch (CommandLineOptionException e) {
      System.err.println("targets: " + e.getMessage());
      System.exit(2);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
          result.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.println(report(scores));
  }

  /** The scores in microseconds per document, then each target's ratio and whether it is met. */
  static String report(Map<String, Double> scores) {
    StringBuilder out = new StringBuilder("| benchmark | us/doc |\n|---|---:|\n");
    scores.forEach((name, score) ->
        out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", name, score)));
    out.append("\n| target | ratio | limit | met |\n|---|---:|---:|---|\n");
    for (Target target : TARGETS) {
      Double score = scores.get(target.benchmark());
      Double baseline = scores.get(target.baseline());
      if (score == null || baseline == null) {
        out.append(String.format(Locale.ROOT, "| %s / %s | not run | %.2f | - |%n",
            target.benchmark(), target.baseline(), target.limit()));
        continue;
      }
      double ratio = score / baseline;
      out.append(String.format(Locale.ROOT, "| %s / %s | %.2f | %s %.2f | %s |%n",
          target.benchmark(), target.baseline(), ratio, target.strict() ? "<" : "<=",
          target.limit(), target.met(ratio) ? "yes" : "NO"));
    }
    return out.toString();
  }
}
