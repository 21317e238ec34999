package org.frontmatter4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar validate.jar lsp} as editors start it: a process spoken to over its pipes. */
class LspJarIT {
  static final long WAIT = 120;

  @TempDir
  Path dir;

  /** The server process and an LSP4J client connected to it. */
  static final class Editor {
    final Process process;
    final LanguageServer server;
    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final StringWriter trace = new StringWriter();
    final Path stderr;

    Editor(Path workDir) throws IOException {
      stderr = Files.createTempFile("lsp-err", ".txt");
      process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", Path.of(System.getProperty("validate.jar")).toAbsolutePath().toString(), "lsp")
          .directory(workDir.toFile()).redirectError(stderr.toFile()).start();
      LanguageClient client = new LanguageClient() {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
          published.add(diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams message) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(
            ShowMessageRequestParams request) {
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
      };
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
          process.getInputStream(), process.getOutputStream(), false, new PrintWriter(trace, true));
      launcher.startListening();
      server = launcher.getRemoteProxy();
    }

    void initialize() throws Exception {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      server.initialize(params).get(WAIT, TimeUnit.SECONDS);
      server.initialized(new InitializedParams());
    }

    List<Diagnostic> next(String uri) throws InterruptedException {
      while (true) {
        PublishDiagnosticsParams params = published.poll(WAIT, TimeUnit.SECONDS);
        assertThat(params).as("diagnostics for " + uri).isNotNull();
        if (params.getUri().equals(uri)) {
          return params.getDiagnostics();
        }
      }
    }

    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(WAIT, TimeUnit.SECONDS)).as("the server ends").isTrue();
      return process.exitValue();
    }
  }

  @Test
  void anEditorSessionFromOpenToExit() throws Exception {
    Editor editor = new Editor(dir);
    editor.initialize();
    String uri = dir.resolve("_news").resolve("2020-09-23-a.md").toUri().toString();
    String broken = ValidateCommandTest.VALID.replace("title: \"T\"", "title: \"😀 中文\"\ntitel: x");
    editor.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "markdown", 1, broken)));

    List<Diagnostic> diagnostics = editor.next(uri);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).getMessage())
        .isEqualTo("unknown key 'titel' in a news article; did you mean 'title'?");
    assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo("schema.unknown-key");
    assertThat(diagnostics.get(0).getRange()).isEqualTo(range(3, 0, 3, 5));

    CodeAction fix = editor.server.getTextDocumentService().codeAction(new CodeActionParams(
        new TextDocumentIdentifier(uri), diagnostics.get(0).getRange(),
        new CodeActionContext(diagnostics))).get(WAIT, TimeUnit.SECONDS).get(0).getRight();
    assertThat(fix.getTitle()).isEqualTo("Change 'titel' to 'title'");

    List<CompletionItem> completion = editor.server.getTextDocumentService().completion(
        new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 0)))
        .get(WAIT, TimeUnit.SECONDS).getLeft();
    assertThat(completion).extracting(CompletionItem::getLabel).contains("heat", "webUrl")
        .doesNotContain("title", "category");

    String hover = editor.server.getTextDocumentService().hover(new HoverParams(
        new TextDocumentIdentifier(uri), new Position(1, 3))).get(WAIT, TimeUnit.SECONDS)
        .getContents().getRight().getValue();
    assertThat(hover).startsWith("**category**: text, required\n\nAlways `news` for this kind.");

    editor.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(
            range(3, 0, 4, 0), ""))));
    assertThat(editor.next(uri)).isEmpty();

    editor.server.shutdown().get(WAIT, TimeUnit.SECONDS);
    editor.server.exit();

    assertThat(editor.exitCode()).isZero();
    assertThat(Files.readString(editor.stderr)).doesNotContain("Exception");
    Files.writeString(Path.of("target", "lsp-session.txt"), editor.trace.toString());
  }

  @Test
  void malformedMessagesDoNotStopTheServer() throws Exception {
    Editor editor = new Editor(dir);
    OutputStream raw = editor.process.getOutputStream();
    synchronized (raw) {
      raw.write("Content-Length: 8\r\n\r\n{broken}No-Length: 3\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      raw.flush();
    }
    editor.initialize();
    String uri = dir.resolve("page.md").toUri().toString();
    editor.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "markdown", 1, "---\ntitle: [\n---\n")));

    assertThat(editor.next(uri)).extracting(d -> d.getCode().getLeft()).containsExactly("yaml.syntax");
    editor.server.shutdown().get(WAIT, TimeUnit.SECONDS);
    editor.server.exit();
    assertThat(editor.exitCode()).isZero();
  }

  @Test
  void anEditorThatGoesAwayEndsTheServerQuietly() throws Exception {
    Editor editor = new Editor(dir);
    editor.initialize();

    editor.process.getOutputStream().close();

    assertThat(editor.exitCode()).isEqualTo(1);
    assertThat(Files.readString(editor.stderr)).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
  }

}
