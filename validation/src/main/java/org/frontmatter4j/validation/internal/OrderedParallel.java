package org.frontmatter4j.validation.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks files in parallel and hands the results on in the files' order. At most a small window
 * of results is held at once, so memory stays flat however many files there are.
 */
public final class OrderedParallel {
  private static final int RESULTS_PER_THREAD = 16;

  private OrderedParallel() {}

  /**
   * Runs {@code check} on every file, {@code threads} at a time, handing each result to
   * {@code sink} on the calling thread in the files' order. A bug while checking one file becomes
   * that file's result through {@code onBug}; the other files are still checked.
   */
  public static <R> void run(List<Path> files, int threads, Function<Path, R> check,
      BiFunction<Path, String, R> onBug, Consumer<R> sink) {
    Function<Path, R> safe = file -> safely(check, onBug, file);
    if (threads <= 1 || files.size() < 2) {
      files.forEach(file -> sink.accept(safe.apply(file)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "validate-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<R>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * RESULTS_PER_THREAD) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> safe.apply(file)));
        }
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R safely(Function<Path, R> check, BiFunction<Path, String, R> onBug,
      Path file) {
    try {
      return check.apply(file);
    } catch (RuntimeException | StackOverflowError e) {
      return onBug.apply(file, "internal error while checking this file (" + e
          + "); please report it");
    }
  }

  private static <R> R await(Future<R> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
