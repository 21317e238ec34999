package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * One {@link ContentValidator} (and so one parser and reader) shared by 8 threads over every file
 * of the corpus reports exactly what one thread reports: no state leaks from one file or thread
 * into another. Every kind of file is validated as news ({@code validate(document, Kind.NEWS)}),
 * so the reports are full of problems
 * (64,261 over 11,247 files when this was written).
 */
class SharedValidatorCorpusTest {
  private static final int THREADS = 8;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

  private final ContentValidator validator = ContentValidator.builder().clock(CLOCK).build();

  @Test
  void eightThreadsReportWhatOneThreadReports() throws Exception {
    List<Path> files = Corpus.files("");
    long started = System.nanoTime();
    Map<Path, List<String>> alone = new TreeMap<>();
    for (Path file : files) {
      alone.put(file, report(file));
    }
    long oneThread = System.nanoTime() - started;

    // Another order than the single thread's, so that each file follows different neighbours.
    List<Path> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(7));
    Map<Path, List<String>> shared = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          for (int i = next.getAndIncrement(); i < shuffled.size(); i = next.getAndIncrement()) {
            Path file = shuffled.get(i);
            shared.put(file, report(file));
          }
          return null;
        }));
      }
      started = System.nanoTime();
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long eightThreads = System.nanoTime() - started;
    int problems = alone.values().stream().mapToInt(List::size).sum();
    System.out.printf("shared validator: %d files, %d problems; 1 thread %d ms, %d threads %d ms%n",
        files.size(), problems, oneThread / 1_000_000, THREADS, eightThreads / 1_000_000);

    assertThat(files).hasSizeGreaterThan(11_000);
    assertThat(new TreeMap<>(shared)).isEqualTo(alone);
    assertThat(problems).as("problems found, so that there was something to get wrong")
        .isGreaterThan(50_000);
  }

  private List<String> report(Path file) {
    try {
      return validator.validate(validator.parser().parse(file), Kind.NEWS).problems().stream()
          .map(Problem::format).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
