package org.frontmatter4j.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.SiteValidator;

/**
 * A Language Server Protocol server for Markdown files with YAML front matter: while an author
 * types, it reports every problem {@code validate} would report for the file, with exact ranges,
 * rule ids and links to each rule's documentation; completes keys and values; explains a key on
 * hover; fixes misspelt keys and misdated file names; and formats the front matter canonically.
 *
 * <p>Run it over standard input and output, as editors start language servers:
 *
 * <pre>{@code
 * int exitCode = FrontMatterLanguageServer.run(System.in, System.out);
 * System.exit(exitCode);
 * }</pre>
 */
public final class FrontMatterLanguageServer implements LanguageServer, LanguageClientAware {
  /** How long a document must stay unchanged before it is validated, in milliseconds. */
  static final long DEBOUNCE_MILLIS = 150;

  private final ContentDocumentService documents;
  private final WorkspaceService workspace = new Workspace();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile boolean shutdown;

  /** A server that checks files as {@code validate} does by default (strict). */
  public FrontMatterLanguageServer() {
    this(SiteValidator.builder().threads(1).build(), DEBOUNCE_MILLIS);
  }

  FrontMatterLanguageServer(SiteValidator site, long debounceMillis) {
    ContentValidator validator = site.validator();
    CanonicalFormat format = new CanonicalFormat(ContentReader.builder()
        .parser(validator.parser()).lenient(validator.lenient()).build());
    this.documents = new ContentDocumentService(this, site, format, debounceMillis);
  }

  /**
   * Serves one client over a pair of streams until it sends {@code exit} or closes its end.
   *
   * @return the exit code: 0 after {@code shutdown} and {@code exit}, 1 when the client left
   *         without shutting the server down (as the protocol asks)
   */
  public static int run(InputStream in, OutputStream out) {
    return run(new FrontMatterLanguageServer(), in, out);
  }

  static int run(FrontMatterLanguageServer server, InputStream in, OutputStream out) {
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    // Start Hibernate Validator now: the first file opened is then checked without waiting.
    ContentValidator.warmUpAsync();
    // Its own thread, not a shared pool's: it waits as long as the client stays.
    Thread watcher = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | CancellationException e) {
        // The stream broke: the client is gone, as when it closes the stream.
      }
      server.exit.complete(server.shutdown ? 0 : 1);
    }, "frontmatter4j-lsp-client-watch");
    watcher.setDaemon(true);
    watcher.start();
    int code = server.exit.join();
    server.documents.close();
    listening.cancel(true);
    return code;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    capabilities.setTextDocumentSync(sync);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of()));
    capabilities.setHoverProvider(true);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    capabilities.setDocumentFormattingProvider(true);
    String version = FrontMatterLanguageServer.class.getPackage().getImplementationVersion();
    return CompletableFuture.completedFuture(new InitializeResult(capabilities,
        new ServerInfo("frontmatter4j", version == null ? "development" : version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    documents.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.complete(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** Sends diagnostics to the client, if one is connected. */
  void publish(PublishDiagnosticsParams diagnostics) {
    LanguageClient connected = client;
    if (connected != null) {
      connected.publishDiagnostics(diagnostics);
    }
  }

  /** The exit code, once the client has sent {@code exit}. */
  CompletableFuture<Integer> exitCode() {
    return exit;
  }

  ContentDocumentService documents() {
    return documents;
  }

  /** Nothing in the workspace changes what a file's rules are, yet. */
  private static final class Workspace implements WorkspaceService {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {}

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {}
  }
}
