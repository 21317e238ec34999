package org.frontmatter4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an editor sees it: LSP4J's client launcher, JSON-RPC over in-memory pipes. */
class LanguageServerTest {
  static final String NEWS = """
      ---
      category: news
      title: "Power Apps adds responsive canvas apps"
      excerpt: "Makers can now build canvas apps that adapt to any screen."
      publishedDateTime: 2021-05-13T18:03:00Z
      webUrl: "https://powerapps.microsoft.com/en-us/blog/responsive-canvas-apps/"
      type: article
      provider:
        name: Microsoft Power Apps
        domain: powerapps.microsoft.com
      topics:
        - Power Apps
      ---
      Body.
      """;

  @TempDir
  Path dir;

  private Session session;
  private String uri;

  @BeforeEach
  void start() throws Exception {
    session = Session.start();
    uri = dir.resolve("_news").resolve("2021-05-13-responsive-canvas-apps.md").toUri().toString();
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void aBrokenFileGetsItsDiagnosticsAtTheRightRangeAndAFixClearsThem() throws Exception {
    session.open(uri, NEWS.replace("webUrl: \"https:", "webUrl: \"javascript:"));

    List<Diagnostic> diagnostics = session.next(uri).getDiagnostics();

    assertThat(diagnostics).hasSize(1);
    Diagnostic diagnostic = diagnostics.get(0);
    assertThat(diagnostic.getMessage())
        .isEqualTo("'webUrl' must be an http or https link, not a 'javascript:' link");
    assertThat(diagnostic.getCode().getLeft()).isEqualTo("url.scheme");
    assertThat(diagnostic.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(diagnostic.getSource()).isEqualTo("frontmatter4j");
    assertThat(diagnostic.getCodeDescription().getHref()).isEqualTo(
        "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md#urlscheme");
    // The whole quoted value: line 6, from column 9 to the end of the line.
    int end = "webUrl: \"javascript://powerapps.microsoft.com/en-us/blog/responsive-canvas-apps/\""
        .length();
    assertThat(diagnostic.getRange()).isEqualTo(range(5, 8, 5, end));

    // Incremental sync: replace "javascript" with "https".
    session.change(uri, new TextDocumentContentChangeEvent(range(5, 9, 5, 19), "https"));

    assertThat(session.next(uri).getDiagnostics()).isEmpty();
  }

  @Test
  void rangesCountUtf16CodeUnitsAfterEmojiAndCjk() throws Exception {
    String line = "provider: {name: \"😀 中文 Apps 🎉\", domain: \"power_apps.com\"}";
    session.open(uri, NEWS.replace("provider:\n  name: Microsoft Power Apps\n"
        + "  domain: powerapps.microsoft.com\n", line + "\n"));

    Diagnostic diagnostic = session.next(uri).getDiagnostics().get(0);

    assertThat(diagnostic.getCode().getLeft()).isEqualTo("domain.name");
    // The library counts code points (each emoji is one); the protocol counts UTF-16 units.
    int start = line.indexOf("\"power_apps.com\"");
    assertThat(line.codePointCount(0, start)).isEqualTo(start - 2);
    assertThat(diagnostic.getRange()).isEqualTo(range(7, start, 7, start + 16));
  }

  @Test
  void syntaxErrorsAreReportedForFilesOfAnyKind() throws Exception {
    String page = dir.resolve("about.md").toUri().toString();
    session.open(page, "---\nlayout: page\ntitle: [unclosed\n---\n");

    Diagnostic diagnostic = session.next(page).getDiagnostics().get(0);

    assertThat(diagnostic.getCode().getLeft()).isEqualTo("yaml.syntax");
    assertThat(diagnostic.getCodeDescription()).isNull();

    session.replace(page, "---\nlayout: page\ntitle: About\n---\n");

    assertThat(session.next(page).getDiagnostics()).isEmpty();
  }

  @Test
  void otherFilesAndHtmlWithoutFrontMatterGetNothing() throws Exception {
    String html = dir.resolve("index.html").toUri().toString();
    String text = dir.resolve("notes.txt").toUri().toString();
    session.open(html, "<html>---</html>\n");
    session.open(text, "---\ntitle: [\n---\n");
    String htmlPage = dir.resolve("page.html").toUri().toString();
    session.open(htmlPage, "---\ntitle: [\n---\n<p>x</p>\n");

    assertThat(session.next(html).getDiagnostics()).isEmpty();
    assertThat(session.next(text).getDiagnostics()).isEmpty();
    assertThat(session.next(htmlPage).getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .containsExactly("yaml.syntax");
  }

  @Test
  void closingADocumentClearsItsDiagnostics() throws Exception {
    session.open(uri, NEWS.replace("type: article", "type: article\nheat: hot"));
    assertThat(session.next(uri).getDiagnostics()).hasSize(1);

    session.close(uri);

    assertThat(session.next(uri).getDiagnostics()).isEmpty();
  }

  @Test
  void completionOffersTheKindsMissingKeysWithTheirDocs() throws Exception {
    String text = NEWS.replace("type: article\n", "type: article\nhe\n");
    session.open(uri, text);

    List<CompletionItem> items = session.complete(uri, 7, 2);

    assertThat(items).extracting(CompletionItem::getLabel)
        .contains("heat", "quality", "images", "related", "secured", "originalUrl")
        .doesNotContain("title", "webUrl", "type", "body", "extra");
    CompletionItem heat = items.stream().filter(i -> i.getLabel().equals("heat")).findFirst()
        .orElseThrow();
    assertThat(heat.getDetail()).isEqualTo("integer, optional");
    assertThat(heat.getDocumentation().getRight().getValue()).isEqualTo("Smartable's popularity score.");
    assertThat(heat.getTextEdit().getLeft()).isEqualTo(new TextEdit(range(7, 0, 7, 2), "heat: "));
  }

  @Test
  void completionInsideANestedMappingOffersItsKeys() throws Exception {
    String text = NEWS.replace("  domain: powerapps.microsoft.com\n",
        "  domain: powerapps.microsoft.com\n  \n");
    session.open(uri, text);

    assertThat(session.complete(uri, 10, 2)).extracting(CompletionItem::getLabel)
        .containsExactly("images", "authors", "publishers");

    String withImages = NEWS.replace("topics:", "images:\n  - url: \"https://a.example/a.png\"\n    \ntopics:");
    session.replace(uri, withImages);
    assertThat(session.complete(uri, 12, 4)).extracting(CompletionItem::getLabel)
        .containsExactly("width", "height", "isCached", "title");
  }

  @Test
  void completionOffersTheClosedSetOfAValue() throws Exception {
    session.open(uri, NEWS.replace("type: article\n", "type: article\npublished: \n"));

    List<CompletionItem> items = session.complete(uri, 7, 11);

    assertThat(items).extracting(CompletionItem::getLabel).containsExactly("true", "false");
  }

  @Test
  void hoverExplainsAKeyWithItsTypeAndRules() throws Exception {
    session.open(uri, NEWS);

    Hover hover = session.server.getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(5, 2)))
        .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);

    String text = hover.getContents().getRight().getValue();
    assertThat(text).startsWith("**webUrl**: text, optional\n\nWhere the article is. At least one"
        + " of this and `originalUrl` is present.\n\nRules:\n- [`url.scheme`]("
        + "https://github.com/frontmatter4j/frontmatter4j/blob/main/docs/rules.md#urlscheme) Error.");
    assertThat(text).contains("[`url.syntax`]", "[`url.host`]", "[`url.port`]", "[`url.encoding`]");
    assertThat(hover.getRange()).isEqualTo(range(5, 0, 5, 6));
  }

  @Test
  void anUnknownKeyIsFixedByTheKeyItWasMeantToBe() throws Exception {
    session.open(uri, NEWS.replace("excerpt:", "exerpt:"));
    Diagnostic diagnostic = session.next(uri).getDiagnostics().stream()
        .filter(d -> d.getCode().getLeft().equals("schema.unknown-key")).findFirst().orElseThrow();
    assertThat(diagnostic.getMessage()).contains("did you mean 'excerpt'?");

    List<CodeAction> actions = codeActions(uri, diagnostic);

    assertThat(actions).hasSize(1);
    CodeAction action = actions.get(0);
    assertThat(action.getTitle()).isEqualTo("Change 'exerpt' to 'excerpt'");
    assertThat(action.getKind()).isEqualTo("quickfix");
    assertThat(action.getEdit().getDocumentChanges().get(0).getLeft().getEdits())
        .containsExactly(new TextEdit(range(3, 0, 3, 6), "excerpt"));
  }

  @Test
  void aFileNamedForAnotherDayIsRenamed() throws Exception {
    String misnamed = dir.resolve("_news").resolve("2021-05-14-responsive-canvas-apps.md").toUri()
        .toString();
    session.open(misnamed, NEWS);
    Diagnostic diagnostic = session.next(misnamed).getDiagnostics().get(0);
    assertThat(diagnostic.getCode().getLeft()).isEqualTo("file.date");
    assertThat(diagnostic.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);

    List<CodeAction> actions = codeActions(misnamed, diagnostic);

    assertThat(actions).extracting(CodeAction::getTitle)
        .containsExactly("Rename the file to 2021-05-13-responsive-canvas-apps.md");
    RenameFile rename = (RenameFile) actions.get(0).getEdit().getDocumentChanges().get(0).getRight();
    assertThat(rename.getOldUri()).isEqualTo(misnamed);
    assertThat(rename.getNewUri()).isEqualTo(uri);
  }

  @Test
  void formattingRewritesTheFrontMatterCanonically() throws Exception {
    String sloppy = NEWS.replace("title: \"Power Apps adds responsive canvas apps\"",
        "title: 'Power Apps adds responsive canvas apps'");
    session.open(uri, sloppy);

    List<? extends TextEdit> edits = format(uri);

    assertThat(edits).hasSize(1);
    assertThat(edits.get(0).getRange()).isEqualTo(range(0, 0, 14, 0));
    assertThat(edits.get(0).getNewText()).isEqualTo(NEWS.replace("type: article\n",
        "type: article\n\n").replace("topics:", "\ntopics:"));

    session.replace(uri, NEWS.replace("type: article", "type: article\nheat: hot"));
    assertThat(format(uri)).as("a file with errors is not formatted").isEmpty();
  }

  @Test
  void aBurstOfChangesIsValidatedOnceForTheLastText() throws Exception {
    session.open(uri, NEWS);
    assertThat(session.next(uri).getDiagnostics()).isEmpty();
    for (int i = 0; i < 100; i++) {
      session.replace(uri, NEWS.replace("type: article", "type: article\nheat: " + i));
    }
    session.replace(uri, NEWS.replace("type: article", "type: article\nheat: hot"));

    PublishDiagnosticsParams last = session.next(uri);
    Thread.sleep(3 * FrontMatterLanguageServer.DEBOUNCE_MILLIS);
    List<PublishDiagnosticsParams> later = session.drain();

    // Every text of the burst but the last is valid: whatever was published last is the last text's.
    PublishDiagnosticsParams result = later.isEmpty() ? last : later.get(later.size() - 1);
    assertThat(result.getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .containsExactly("schema.type");
    assertThat(later.size() + 1).as("publications for 101 changes").isLessThan(101);
  }

  @Test
  void aTenMegabyteDocumentIsCheckedAndEdited() throws Exception {
    String body = "A line of the body, repeated to make a large file.\n".repeat(200_000);
    String large = NEWS.replace("type: article", "type: article\nheat: hot") + body;
    assertThat(large.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000_000);
    session.open(uri, large);
    assertThat(session.next(uri).getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .containsExactly("schema.type");

    session.change(uri, new TextDocumentContentChangeEvent(range(7, 6, 7, 9), "1"),
        new TextDocumentContentChangeEvent(range(200_010, 0, 200_010, 1), "a"));

    assertThat(session.next(uri).getDiagnostics()).isEmpty();
  }

  @Test
  void malformedMessagesAreSkippedAndTheServerGoesOn() throws Exception {
    session.sendRaw("Content-Length: 9\r\n\r\n{\"oops\": ".getBytes(StandardCharsets.UTF_8));
    session.sendRaw("Content-Length: 12\r\n\r\nnot json!!!!".getBytes(StandardCharsets.UTF_8));
    session.sendRaw("Garbage-Header\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    session.sendRaw(("Content-Length: 61\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\","
        + "\"params\":{}}").getBytes(StandardCharsets.UTF_8));

    session.open(uri, NEWS.replace("type: article", "type: article\nheat: hot"));

    assertThat(session.next(uri).getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .containsExactly("schema.type");
    assertThat(session.shutdownAndExit()).isZero();
  }

  @Test
  void shutdownThenExitEndsWithZero() throws Exception {
    session.open(uri, NEWS);
    session.next(uri);

    assertThat(session.shutdownAndExit()).isZero();
  }

  @Test
  void aClientThatDisappearsEndsTheServerWithOne() throws Exception {
    session.open(uri, NEWS);

    session.close();

    assertThat(session.exitCode.get(Session.WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
  }


  private List<CodeAction> codeActions(String document, Diagnostic diagnostic) throws Exception {
    return session.server.getTextDocumentService()
        .codeAction(new CodeActionParams(new TextDocumentIdentifier(document),
            diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))))
        .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
  }

  private List<? extends TextEdit> format(String document) throws Exception {
    return session.server.getTextDocumentService()
        .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(document),
            new FormattingOptions(2, true)))
        .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
  }
}
