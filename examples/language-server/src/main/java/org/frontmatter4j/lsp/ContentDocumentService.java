package org.frontmatter4j.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.FileReport;
import org.frontmatter4j.validation.SiteValidator;

/**
 * The open documents and everything the editor asks about them. Diagnostics come from
 * {@link SiteValidator#check(java.nio.file.Path, String)}, the entry point {@code validate} uses
 * for each file, so the editor and the command line report the same problems.
 */
final class ContentDocumentService implements TextDocumentService {
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final SiteValidator site;
  private final CanonicalFormat format;
  private final FrontMatterParser parser;
  private final Diagnostics diagnostics = new Diagnostics(RuleDocs.shipped());
  private final Validations validations;
  private final Editing editing;
  private final WorkspaceFiles files;
  /** The open documents in a {@code _learning/collections} folder, by URI. */
  private final Set<String> collections = ConcurrentHashMap.newKeySet();

  ContentDocumentService(FrontMatterLanguageServer server, SiteValidator site,
      WorkspaceFiles files, CanonicalFormat format, long delayMillis) {
    this.site = site;
    this.files = files;
    this.format = format;
    this.parser = site.validator().parser();
    this.validations = new Validations(documents, this::diagnose, server::publish, delayMillis);
    this.editing = new Editing(parser, files);
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    if (params.getTextDocument() == null || params.getTextDocument().getText() == null) {
      return; // a broken client's message: nothing to open
    }
    OpenDocument document = OpenDocument.opened(params.getTextDocument().getUri(),
        params.getTextDocument().getText());
    OpenDocument previous = documents.put(document.uri(), document);
    if (previous == null) {
      files.opened(document.path());
    }
    if (Kind.fromPath(document.path()).filter(Kind.COLLECTION::equals).isPresent()) {
      collections.add(document.uri());
    }
    validations.changed(document);
    itemOpenedOrClosed(document);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    OpenDocument changed = documents.computeIfPresent(params.getTextDocument().getUri(),
        (uri, document) -> document.changed(params.getContentChanges()));
    if (changed != null) {
      validations.changed(changed);
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument closed = documents.remove(uri);
    validations.closed(uri);
    collections.remove(uri);
    if (closed != null) {
      files.closed(closed.path());
      itemOpenedOrClosed(closed);
    }
  }

  /** A file opened or closed under {@code _learning} may be what another collection names. */
  private void itemOpenedOrClosed(OpenDocument item) {
    if (WorkspaceFiles.mayBeAnItem(item.path())) {
      collectionsChanged(item.uri());
    }
  }

  /**
   * Validates the open collections again, but the one named: a file they may name came or went.
   */
  void collectionsChanged(String except) {
    for (String collection : collections) {
      if (!collection.equals(except)) {
        validations.again(collection);
      }
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text was validated as it changed; saving changes nothing the rules see.
  }

  /** Every problem {@code validate} reports for the document's text; none for other files. */
  List<Diagnostic> diagnose(OpenDocument document) {
    if (!document.isContent()) {
      return List.of();
    }
    FileReport report = site.check(document.path(), document.text());
    return diagnostics.of(report.problems(), document.text(), parse(document));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    List<CompletionItem> items = document(params.getTextDocument().getUri())
        .map(document -> editing.complete(document, params.getPosition()))
        .orElse(List.of());
    return CompletableFuture.completedFuture(Either.forLeft(items));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return CompletableFuture.completedFuture(document(params.getTextDocument().getUri())
        .flatMap(document -> editing.hover(document, params.getPosition()))
        .orElse(null));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    document(params.getTextDocument().getUri()).ifPresent(document -> {
      for (CodeAction action : editing.fixes(document, params.getContext().getDiagnostics())) {
        actions.add(Either.forRight(action));
      }
    });
    return CompletableFuture.completedFuture(actions);
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    List<TextEdit> edits = document(params.getTextDocument().getUri())
        .flatMap(document -> format.canonicalText(document.path(), document.text())
            .filter(canonical -> !canonical.equals(document.text()))
            .map(canonical -> new TextEdit(
                new Range(TextPositions.position(document.text(), 0),
                    TextPositions.end(document.text())), canonical)))
        .map(List::of)
        .orElse(List.of());
    return CompletableFuture.completedFuture(edits);
  }

  private Optional<OpenDocument> document(String uri) {
    return Optional.ofNullable(documents.get(uri)).filter(OpenDocument::isContent);
  }

  /** The parsed text, when it parses. */
  private Optional<FrontMatterDocument> parse(OpenDocument document) {
    try {
      return Optional.of(parser.parse(document.text(), document.path().toString()));
    } catch (FrontMatterException e) {
      return Optional.empty();
    }
  }

  /** Open documents, for tests. */
  Map<String, OpenDocument> documents() {
    return documents;
  }

  Validations validations() {
    return validations;
  }

  void close() {
    validations.close();
  }
}
