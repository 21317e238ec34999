package org.frontmatter4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every {@link CorpusBenchmark} in rounds and prints the speed targets as ratios of median
 * scores and of fastest rounds. The machines are shared: a noisy minute slows whichever benchmark
 * runs in it, and JMH runs benchmarks one after the other. So each round runs every benchmark in
 * one fork, and a slow minute costs one round of one benchmark, not a ratio. JMH options pass through ({@code -p corpus=...}, {@code -prof gc}, a selection).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.frontmatter4j.benchmarks.Targets [--rounds 5]
 * </pre>
 */
public final class Targets {
  private static final String ROUNDS = "--rounds";
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /**
   * A benchmark, the baseline its score is divided by, and the ratio it must stay under
   * ({@code strict}) or at most reach.
   */
  record Target(String benchmark, String baseline, double limit, boolean strict) {
    boolean met(double ratio) {
      return strict ? ratio < limit : ratio <= limit;
    }
  }

  /** Issue #8's targets, with issue #15's for parsing, binding and validating. */
  static final List<Target> TARGETS = List.of(
      new Target("parseAndBind", "baselineSnakeYamlEngineEvents", 0.25, false),
      new Target("parseBindValidate", "baselineSnakeYamlEngineLoad", 0.5, false),
      new Target("writeCanonical", "baselineSnakeYamlEngineLoad", 0.25, false),
      new Target("parseAndBind", "baselineJacksonYamlBind", 1.0, true));

  /** Every round's score of one benchmark, and its bytes per operation when measured. */
  record Scores(List<Double> perRound, List<Double> bytesPerRound) {
    double median() {
      return Targets.median(perRound);
    }

    /** The fastest round: noise only ever adds time, and some forks' JIT settles slower. */
    double best() {
      return Collections.min(perRound);
    }

    double slowest() {
      return Collections.max(perRound);
    }
  }

  private Targets() {}

  public static void main(String[] args) throws RunnerException {
    int rounds = 5;
    List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
    int at = jmhArgs.indexOf(ROUNDS);
    Options options;
    try {
      if (at >= 0) {
        rounds = Integer.parseInt(jmhArgs.get(at + 1));
        jmhArgs.subList(at, at + 2).clear();
        if (rounds < 1) {
          throw new NumberFormatException();
        }
      }
      options = options(jmhArgs.toArray(String[]::new));
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      System.err.println("targets: " + ROUNDS + " needs a whole number of at least 1");
      System.exit(2);
      return;
    } catch (CommandLineOptionException e) {
      System.err.println("targets: " + e.getMessage());
      System.exit(2);
      return;
    }
    Map<String, Scores> scores = new TreeMap<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.printf("%n# Targets: round %d of %d%n", round, rounds);
      record(new Runner(options).run(), scores);
    }
    System.out.println();
    System.out.println(report(scores, rounds));
  }

  private static Options options(String[] args) throws CommandLineOptionException {
    CommandLineOptions commandLine = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(commandLine);
    if (commandLine.getIncludes().isEmpty()) {
      // JMH ORs includes: adding this one to a selection would run everything again.
      builder.include(CorpusBenchmark.class.getName() + "\\.");
    }
    // One fork per round, unless asked otherwise (the smoke run asks for none).
    builder.forks(commandLine.getForkCount().orElse(1));
    return builder.build();
  }

  private static void record(Collection<RunResult> results, Map<String, Scores> scores) {
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      Scores of = scores.computeIfAbsent(benchmark.substring(benchmark.lastIndexOf('.') + 1),
          name -> new Scores(new ArrayList<>(), new ArrayList<>()));
      of.perRound().add(result.getPrimaryResult().getScore());
      Result<?> bytes = result.getSecondaryResults().get(ALLOCATION);
      if (bytes != null) {
        of.bytesPerRound().add(bytes.getScore());
      }
    }
  }

  /** Each benchmark's median, range and bytes, then each target's ratio and whether it is met. */
  static String report(Map<String, Scores> scores, int rounds) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Median of %d round(s), one fork each:%n%n", rounds));
    out.append("| benchmark | us/doc (median) | min - max | bytes/doc |\n|---|---:|---:|---:|\n");
    scores.forEach((name, of) -> out.append(String.format(Locale.ROOT,
        "| %s | %.2f | %.2f - %.2f | %s |%n", name, of.median(), of.best(), of.slowest(),
        of.bytesPerRound().isEmpty() ? "-"
            : String.format(Locale.ROOT, "%,.0f", median(of.bytesPerRound())))));
    out.append("\n| target | ratio of medians | ratio of fastest rounds | limit | met by both |\n"
        + "|---|---:|---:|---:|---|\n");
    for (Target target : TARGETS) {
      Scores score = scores.get(target.benchmark());
      Scores baseline = scores.get(target.baseline());
      if (score == null || baseline == null) {
        out.append(String.format(Locale.ROOT, "| %s / %s | not run | not run | %.2f | - |%n",
            target.benchmark(), target.baseline(), target.limit()));
        continue;
      }
      double medians = score.median() / baseline.median();
      double best = score.best() / baseline.best();
      out.append(String.format(Locale.ROOT, "| %s / %s | %.2f | %.2f | %s %.2f | %s |%n",
          target.benchmark(), target.baseline(), medians, best, target.strict() ? "<" : "<=",
          target.limit(), target.met(medians) && target.met(best) ? "yes" : "NO"));
    }
    return out.toString();
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
