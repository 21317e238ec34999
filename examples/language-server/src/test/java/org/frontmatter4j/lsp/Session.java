package org.frontmatter4j.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor session against a server, through LSP4J's own client launcher and JSON-RPC over a
 * pair of in-memory pipes: every message is serialized, as from a real editor.
 */
final class Session implements AutoCloseable {
  /** Long enough for Hibernate Validator's first bootstrap on a busy machine. */
  static final long WAIT_SECONDS = 60;

  final LanguageServer server;
  final CompletableFuture<Integer> exitCode;
  final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  /** What the server asked to register, such as file watchers. */
  final List<Registration> registered = new CopyOnWriteArrayList<>();
  final InitializeResult initialized;
  private final OutputStream toServer;
  private int version;

  Session(FrontMatterLanguageServer implementation) throws Exception {
    this(implementation, params -> {});
  }

  /** A session whose {@code initialize} request is first adjusted by {@code initialize}. */
  Session(FrontMatterLanguageServer implementation, Consumer<InitializeParams> initialize)
      throws Exception {
    Pipe clientToServer = Pipe.open();
    Pipe serverToClient = Pipe.open();
    InputStream serverIn = Channels.newInputStream(clientToServer.source());
    OutputStream serverOut = Channels.newOutputStream(serverToClient.sink());
    this.toServer = Channels.newOutputStream(clientToServer.sink());
    this.exitCode = new CompletableFuture<>();
    // The server's own thread, as its process's main thread would be (not a shared pool's).
    Thread serving = new Thread(() -> exitCode.complete(
        FrontMatterLanguageServer.run(implementation, serverIn, serverOut)), "server");
    serving.setDaemon(true);
    serving.start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(),
        Channels.newInputStream(serverToClient.source()), toServer);
    launcher.startListening();
    this.server = launcher.getRemoteProxy();
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    initialize.accept(params);
    this.initialized = server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  /** A session with a server that debounces for {@code debounceMillis}. */
  static Session start() throws Exception {
    return new Session(new FrontMatterLanguageServer());
  }

  void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "markdown", ++version, text)));
  }

  void replace(String uri, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, ++version),
        List.of(new TextDocumentContentChangeEvent(text))));
  }

  void change(String uri, TextDocumentContentChangeEvent... changes) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, ++version), List.of(changes)));
  }

  void close(String uri) {
    server.getTextDocumentService().didClose(
        new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  /** The completions at a position of an open document. */
  List<CompletionItem> complete(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(uri),
            new Position(line, character)))
        .get(WAIT_SECONDS, TimeUnit.SECONDS).getLeft();
  }

  /** Bytes straight onto the server's input, as a broken client would send them. */
  void sendRaw(byte[] bytes) throws IOException {
    synchronized (toServer) {
      toServer.write(bytes);
      toServer.flush();
    }
  }

  /** The next diagnostics published for {@code uri}; others are dropped. */
  PublishDiagnosticsParams next(String uri) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams params = published.poll(100, TimeUnit.MILLISECONDS);
      if (params != null && params.getUri().equals(uri)) {
        return params;
      }
    }
    throw new TimeoutException("no diagnostics for " + uri);
  }

  /** Everything published so far, without waiting. */
  List<PublishDiagnosticsParams> drain() {
    List<PublishDiagnosticsParams> all = new ArrayList<>();
    published.drainTo(all);
    return all;
  }

  /** {@code shutdown} then {@code exit}; the server's exit code. */
  int shutdownAndExit() throws Exception {
    server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
    server.exit();
    return exitCode.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    toServer.close();
  }

  private final class Client implements LanguageClient {
    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
      registered.addAll(params.getRegistrations());
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams message) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
