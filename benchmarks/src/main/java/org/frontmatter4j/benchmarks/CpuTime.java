package org.frontmatter4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The frontmatter4j benchmarks of {@link CorpusBenchmark} and its bare event baseline, timed by this thread's CPU time instead of the
 * wall clock, in one JVM, taking turns round after round. On the shared 2-core machines other
 * builds stretch JMH's wall-clock scores by up to three times, the baselines' most, which made
 * the {@code parseAndBind} / {@code baselineSnakeYamlEngineEvents} ratio swing by two between
 * rounds; CPU time leaves out the time the thread waits for a core. A cross-check of
 * {@link Targets}, not a replacement: it has no forks, so every benchmark shares one JIT.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.frontmatter4j.benchmarks.CpuTime [corpus] [rounds]
 * </pre>
 */
public final class CpuTime {
  /** Passes over the corpus per benchmark and round (the first round warms up, five times this). */
  private static final int PASSES = 5;

  private CpuTime() {}

  public static void main(String[] args) throws Exception {
    CorpusBenchmark corpus = new CorpusBenchmark();
    corpus.corpus = args.length > 0 ? args[0] : "../shared/corpus/power-apps/news";
    corpus.kind = "auto";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    corpus.setUp();
    Blackhole blackhole = new Blackhole("Today's password is swordfish. I understand"
        + " instantiating Blackholes directly is dangerous.");
    Map<String, Runnable> benchmarks = new LinkedHashMap<>();
    benchmarks.put("baselineSnakeYamlEngineEvents",
        () -> corpus.baselineSnakeYamlEngineEvents(blackhole));
    benchmarks.put("parse", () -> blackhole.consume(corpus.parse()));
    benchmarks.put("parseAndBind", () -> blackhole.consume(corpus.parseAndBind()));
    benchmarks.put("parseAndBindRecord", () -> blackhole.consume(corpus.parseAndBindRecord()));
    benchmarks.put("parseBindValidate", () -> blackhole.consume(corpus.parseBindValidate()));
    benchmarks.put("writeCanonical", () -> blackhole.consume(corpus.writeCanonical()));
    benchmarks.put("writePreserving", () -> blackhole.consume(corpus.writePreserving()));
    benchmarks.put("editAndWritePreserving",
        () -> blackhole.consume(corpus.editAndWritePreserving()));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> perRound = new LinkedHashMap<>();
    int documents = corpus.texts.length;
    for (int round = 0; round <= rounds; round++) {
      int passes = round == 0 ? 5 * PASSES : PASSES;
      for (Map.Entry<String, Runnable> benchmark : benchmarks.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < passes * documents; i++) {
          benchmark.getValue().run();
        }
        double microseconds = (threads.getCurrentThreadCpuTime() - start) / 1e3
            / passes / documents;
        if (round > 0) {
          perRound.computeIfAbsent(benchmark.getKey(), name -> new ArrayList<>())
              .add(microseconds);
        }
      }
    }
    double baseline = Targets.median(perRound.get("baselineSnakeYamlEngineEvents"));
    System.out.printf(Locale.ROOT, "CPU time of %d round(s) over %d documents of %s:%n%n"
        + "| benchmark | us/doc (median) | min | / events |%n|---|---:|---:|---:|%n", rounds,
        documents, corpus.corpus);
    perRound.forEach((name, scores) -> System.out.printf(Locale.ROOT,
        "| %s | %.2f | %.2f | %.3f |%n", name, Targets.median(scores), Collections.min(scores),
        Targets.median(scores) / baseline));
  }
}
