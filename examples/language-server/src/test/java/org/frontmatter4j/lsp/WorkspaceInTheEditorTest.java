package org.frontmatter4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.frontmatter4j.validation.CollectionFixture;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule across files in the editor: a collection's {@code items} entry that names no file of
 * its site ({@code collection.item-not-found}), against the files on disk and the documents the
 * editor holds open; and completion of items from the site's files.
 */
class WorkspaceInTheEditorTest {
  private static final String COLLECTION = CollectionFixture.TEXT;
  private static final String MISSING_VIDEO = "'items[0]' names no file of this site: there is no"
      + " _learning/videos/timer-controls.md; write a folder and a file name such as"
      + " videos/my-video, or remove the item";

  @TempDir
  Path site;

  private Session session;
  private String collection;
  private Path video;

  @BeforeEach
  void start() throws Exception {
    Path learning = site.resolve("_learning");
    Files.createDirectories(learning.resolve("collections"));
    Files.createDirectories(learning.resolve("videos"));
    Files.createDirectories(learning.resolve("courses"));
    Files.writeString(learning.resolve("courses/canvas-apps.md"), "---\n---\n");
    Files.writeString(learning.resolve("courses/power-fx.markdown"), "---\n---\n");
    Files.writeString(learning.resolve("courses/notes.txt"), "not content");
    collection = learning.resolve("collections/first-steps.md").toUri().toString();
    video = learning.resolve("videos/timer-controls.md");
    session = new Session(new FrontMatterLanguageServer(SiteValidator.builder().threads(1), 0),
        params -> {
          WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
          workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
          ClientCapabilities capabilities = new ClientCapabilities();
          capabilities.setWorkspace(workspace);
          params.setCapabilities(capabilities);
          params.setWorkspaceFolders(List.of(new WorkspaceFolder(site.toUri().toString(), "site")));
        });
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void theServerAsksToBeToldOfLearningFilesCreatedOrDeleted() {
    assertThat(session.registered).hasSize(1);
    Registration registration = session.registered.get(0);
    assertThat(registration.getMethod()).isEqualTo("workspace/didChangeWatchedFiles");
    // As the client receives it (JSON): one watcher, anywhere, since this client takes no
    // patterns relative to a workspace folder.
    assertThat(registration.getRegisterOptions().toString())
        .isEqualTo("{\"watchers\":[{\"globPattern\":\"**/_learning/**/*.{md,markdown,html}\"}]}");
  }

  @Test
  void aMissingItemIsReportedAtItsLineUntilTheFileExists() throws Exception {
    session.open(collection, COLLECTION);
    List<Diagnostic> diagnostics = session.next(collection).getDiagnostics();
    assertThat(diagnostics).hasSize(1);
    Diagnostic missing = diagnostics.get(0);
    assertThat(missing.getMessage()).isEqualTo(MISSING_VIDEO);
    assertThat(missing.getCode().getLeft()).isEqualTo("collection.item-not-found");
    assertThat(missing.getRange()).isEqualTo(LanguageServerTest.range(6, 4, 6, 25));

    // The author creates the video in the editor: open, not yet saved.
    String videoUri = video.toUri().toString();
    session.open(videoUri, "---\ntitle: x\n---\n");
    assertThat(session.next(collection).getDiagnostics()).isEmpty();
    // ... and closes it without saving: the item names nothing again.
    session.close(videoUri);
    assertThat(session.next(collection).getDiagnostics()).extracting(Diagnostic::getMessage)
        .containsExactly(MISSING_VIDEO);

    // The file appears on disk (a git pull); the client's watcher tells the server.
    Files.writeString(video, "---\n---\n");
    watched(video, FileChangeType.Created);
    assertThat(session.next(collection).getDiagnostics()).isEmpty();
    Files.delete(video);
    watched(video, FileChangeType.Deleted);
    assertThat(session.next(collection).getDiagnostics()).extracting(Diagnostic::getMessage)
        .containsExactly(MISSING_VIDEO);
    assertThat(session.shutdownAndExit()).isZero();
  }

  @Test
  void itemsAreCompletedFromTheSitesFilesAsCollectionsWriteThem() throws Exception {
    Files.writeString(site.resolve("_learning/collections/more.md"), "---\n---\n");
    String text = COLLECTION.replace("  - courses/canvas-apps\n", "  - courses/canvas-apps\n  - \n");
    session.open(collection, text);
    session.open(video.toUri().toString(), "---\n---\n"); // open, not on disk

    List<CompletionItem> items = session.complete(collection, 8, 4);

    assertThat(items).extracting(CompletionItem::getLabel).containsExactly(
        "collections/more", "courses/canvas-apps", "courses/power-fx", "videos/timer-controls");
    assertThat(items).extracting(CompletionItem::getKind).containsOnly(CompletionItemKind.File);
    assertThat(items.get(1).getDetail()).isEqualTo("a file of this site: _learning/courses/canvas-apps");
    assertThat(items.get(1).getTextEdit().getLeft().getRange())
        .isEqualTo(LanguageServerTest.range(8, 4, 8, 4));
    // Typed so far: the edit replaces it.
    session.replace(collection, text.replace("  - \n", "  - vi\n"));
    assertThat(session.complete(collection, 8, 6).get(0).getTextEdit().getLeft().getRange())
        .isEqualTo(LanguageServerTest.range(8, 4, 8, 6));
  }

  @Test
  void closedAndUsualValuesAreCompletedFromTheOneTable() throws Exception {
    String course = site.resolve("_learning/courses/canvas-apps.md").toUri().toString();
    session.open(course, "---\ntype: \nprice: \nlevels:\n  - \n---\n");

    assertThat(session.complete(course, 1, 6)).extracting(CompletionItem::getLabel)
        .containsExactly("course");
    List<CompletionItem> prices = session.complete(course, 2, 7);
    assertThat(prices).extracting(CompletionItem::getLabel).containsExactly("Free", "Free+");
    assertThat(prices).extracting(CompletionItem::getKind).containsOnly(CompletionItemKind.Value);
    List<CompletionItem> levels = session.complete(course, 4, 4);
    assertThat(levels).extracting(CompletionItem::getLabel)
        .containsExactly("Beginner", "Intermediate", "Advanced");
    assertThat(levels).extracting(CompletionItem::getKind)
        .containsOnly(CompletionItemKind.EnumMember);

    String price = session.server.getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(course), new Position(2, 1)))
        .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue();
    assertThat(price).startsWith("**price**: text, required").contains("\n\nUsual values: `Free`, `Free+`");
    String level = session.server.getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(course), new Position(3, 1)))
        .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue();
    assertThat(level).contains("\n\nValues: `Beginner`, `Intermediate`, `Advanced`");
  }

  private void watched(Path file, FileChangeType type) {
    session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(file.toUri().toString(), type))));
  }

}
