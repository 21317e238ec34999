package org.frontmatter4j.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RelativePattern;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
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
  /** The files a collection's items name, which the server asks the client to watch. */
  static final String LEARNING_FILES = "**/_learning/**/*.{md,markdown,html}";

  private final ContentDocumentService documents;
  private final WorkspaceService workspace = new Workspace();
  private volatile List<Registration> watching = List.of();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile boolean shutdown;

  /** A server that checks files as {@code validate} does by default (strict). */
  public FrontMatterLanguageServer() {
    this(SiteValidator.builder().threads(1), DEBOUNCE_MILLIS);
  }

  /**
   * @param site           how files are checked; the server adds where collection items are
   *                       looked up (on disk and among its open documents)
   * @param debounceMillis how long a document must stay unchanged before it is validated
   */
  FrontMatterLanguageServer(SiteValidator.Builder site, long debounceMillis) {
    WorkspaceFiles files = new WorkspaceFiles();
    SiteValidator checker = site.collectionItems(files.items()).build();
    ContentValidator validator = checker.validator();
    CanonicalFormat format = new CanonicalFormat(ContentReader.builder()
        .parser(validator.parser()).lenient(validator.lenient()).build());
    this.documents = new ContentDocumentService(this, checker, files, format, debounceMillis);
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
    watching = watchers(params);
    String version = FrontMatterLanguageServer.class.getPackage().getImplementationVersion();
    return CompletableFuture.completedFuture(new InitializeResult(capabilities,
        new ServerInfo("frontmatter4j", version == null ? "development" : version)));
  }

  /**
   * Asks the client to tell when a file under a {@code _learning} folder is created or deleted,
   * which can change what an open collection reports: in each workspace folder where the client
   * takes patterns relative to a folder, else anywhere. Nothing when the client cannot register
   * watchers while it runs.
   */
  private static List<Registration> watchers(InitializeParams params) {
    Optional<DidChangeWatchedFilesCapabilities> watched =
        Optional.ofNullable(params.getCapabilities()).map(ClientCapabilities::getWorkspace)
        .map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
        .filter(capability -> Boolean.TRUE.equals(capability.getDynamicRegistration()));
    if (watched.isEmpty()) {
      return List.of();
    }
    List<FileSystemWatcher> watchers = new ArrayList<>();
    List<WorkspaceFolder> folders = params.getWorkspaceFolders() == null ? List.of()
        : params.getWorkspaceFolders();
    if (Boolean.TRUE.equals(watched.get().getRelativePatternSupport()) && !folders.isEmpty()) {
      for (WorkspaceFolder folder : folders) {
        watchers.add(new FileSystemWatcher(Either.forRight(
            new RelativePattern(Either.forLeft(folder), LEARNING_FILES))));
      }
    } else {
      watchers.add(new FileSystemWatcher(Either.forLeft(LEARNING_FILES)));
    }
    return List.of(new Registration("frontmatter4j-learning-files",
        "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)));
  }

  @Override
  public void initialized(InitializedParams params) {
    LanguageClient connected = client;
    if (connected != null && !watching.isEmpty()) {
      // A client that refuses still gets diagnostics; it only re-checks collections on edits.
      connected.registerCapability(new RegistrationParams(watching))
          .exceptionally(refused -> null);
    }
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

  /** Files created or deleted outside the editor: the collections that may name them. */
  private final class Workspace implements WorkspaceService {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {}

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      if (params.getChanges() != null && params.getChanges().stream()
          .anyMatch(event -> event.getType() != FileChangeType.Changed && event.getUri() != null
              && WorkspaceFiles.mayBeAnItem(OpenDocument.pathOf(event.getUri())))) {
        documents.collectionsChanged("");
      }
    }
  }
}
