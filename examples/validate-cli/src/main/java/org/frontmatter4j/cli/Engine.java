package org.frontmatter4j.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks files in parallel and hands the results on in the files' order. At most a small window
 * of results is held at once, so memory stays flat however many files there are.
 */
final class Engine {
  private static final int RESULTS_PER_THREAD = 16;

  private Engine() {}

  static void run(List<Path> files, int threads, Function<Path, FileResult> check,
      Consumer<FileResult> sink) {
    if (threads <= 1 || files.size() < 2) {
      files.forEach(file -> sink.accept(safely(check, file)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "validate-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<FileResult>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * RESULTS_PER_THREAD) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> safely(check, file)));
        }
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A bug while checking one file is reported for that file; the others are still checked. */
  private static FileResult safely(Function<Path, FileResult> check, Path file) {
    try {
      return check.apply(file);
    } catch (RuntimeException | StackOverflowError e) {
      return FileResult.unreadable(file, "internal error while checking this file (" + e
          + "); please report it");
    }
  }

  private static FileResult await(Future<FileResult> result) {
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
