package org.frontmatter4j.lsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Validates open documents a short while after they stop changing, and publishes their
 * diagnostics. A change cancels the validation its document is waiting for, so a burst of
 * changes costs one validation; a validation whose document changed while it ran is dropped, so
 * the editor never sees diagnostics older than its text. One thread does all of it, validating
 * and publishing included: diagnostics reach the client in the order of its changes, and the
 * server never holds more than one waiting validation per document.
 */
final class Validations implements AutoCloseable {
  private final Map<String, OpenDocument> documents;
  private final Function<OpenDocument, List<Diagnostic>> diagnose;
  private final Consumer<PublishDiagnosticsParams> publish;
  private final long delayMillis;
  private final ScheduledThreadPoolExecutor executor;
  private final Map<String, Future<?>> waiting = new ConcurrentHashMap<>();

  /**
   * @param documents   the open documents, shared with the text document service
   * @param diagnose    a document's diagnostics; may take long for a large document
   * @param publish     sends diagnostics to the client
   * @param delayMillis how long a document must stay unchanged before it is validated
   */
  Validations(Map<String, OpenDocument> documents, Function<OpenDocument, List<Diagnostic>> diagnose,
      Consumer<PublishDiagnosticsParams> publish, long delayMillis) {
    this.documents = documents;
    this.diagnose = diagnose;
    this.publish = publish;
    this.delayMillis = delayMillis;
    this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "frontmatter4j-validate");
      thread.setDaemon(true);
      return thread;
    });
    // Cancelled validations leave the queue at once instead of waiting for their time.
    executor.setRemoveOnCancelPolicy(true);
  }

  /** Validates a document after the delay, unless it changes again first. */
  void changed(OpenDocument document) {
    schedule(document.uri(), () -> validate(document.uri(), document.generation()), delayMillis);
  }

  /**
   * Validates a document again after the delay, as it is then: a file it refers to came or
   * went. Replacing a validation its own change scheduled loses nothing, since this one checks
   * the newest text.
   */
  void again(String uri) {
    schedule(uri, () -> current(uri).ifPresent(document -> validate(uri, document.generation())),
        delayMillis);
  }

  /** Forgets a closed document and clears its diagnostics. */
  void closed(String uri) {
    schedule(uri, () -> {
      // A closed document keeps nothing here, however many documents come and go.
      waiting.remove(uri);
      publish.accept(new PublishDiagnosticsParams(uri, List.of()));
    }, 0);
  }

  private void schedule(String uri, Runnable task, long delay) {
    waiting.compute(uri, (key, previous) -> {
      if (previous != null) {
        previous.cancel(false);
      }
      return executor.isShutdown() ? null : executor.schedule(task, delay, TimeUnit.MILLISECONDS);
    });
  }

  private void validate(String uri, long generation) {
    Optional<OpenDocument> current = current(uri, generation);
    if (current.isEmpty()) {
      return;
    }
    List<Diagnostic> diagnostics = diagnose.apply(current.get());
    if (current(uri, generation).isPresent()) {
      publish.accept(new PublishDiagnosticsParams(uri, diagnostics));
    }
  }

  private Optional<OpenDocument> current(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /** The document, if it is still open and has not changed since {@code generation}. */
  private Optional<OpenDocument> current(String uri, long generation) {
    return Optional.ofNullable(documents.get(uri))
        .filter(document -> document.generation() == generation);
  }

  /**
   * Stops validating; waiting validations are dropped. A validation already running finishes
   * without an interrupt: an interrupt while it publishes would close an interruptible output
   * channel in the middle of a message, and the client would never get the reply to
   * {@code shutdown}.
   */
  @Override
  public void close() {
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.shutdown();
  }

  /** The executor, for tests that wait until it is idle. */
  ScheduledExecutorService executor() {
    return executor;
  }
}
