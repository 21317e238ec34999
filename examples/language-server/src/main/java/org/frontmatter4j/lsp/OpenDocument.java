package org.frontmatter4j.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * A document the editor has open: its text as the editor holds it, and a generation that grows
 * with every change, which tells a finished validation whether it is still current. Only the
 * text is kept (no parsed tree): a thousand open files cost their text and nothing more.
 *
 * @param uri        the editor's name for it
 * @param path       where it is, for its kind (a {@code _news} folder) and file-name rules
 * @param generation grows by one with every change
 * @param text       the whole text
 */
record OpenDocument(String uri, Path path, long generation, String text) {

  /** A document just opened. */
  static OpenDocument opened(String uri, String text) {
    return new OpenDocument(uri, pathOf(uri), 0, text);
  }

  /** This document after an editor's changes, applied in order (full or incremental sync). */
  OpenDocument changed(List<TextDocumentContentChangeEvent> changes) {
    String changed = text;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        changed = change.getText();
      } else {
        int start = TextPositions.offset(changed, change.getRange().getStart());
        int end = Math.max(start, TextPositions.offset(changed, change.getRange().getEnd()));
        changed = changed.substring(0, start) + change.getText() + changed.substring(end);
      }
    }
    return new OpenDocument(uri, path, generation + 1, changed);
  }

  /**
   * Whether it is a content file: {@code *.md} and {@code *.markdown}, and {@code *.html} that
   * starts with {@code ---}, as {@code validate} picks files.
   */
  boolean isContent() {
    String name = path.getFileName() == null ? "" : path.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    return name.endsWith(".html") && (text.startsWith("---") || text.startsWith("\uFEFF---"));
  }

  /** The path of a {@code file:} URI; for any other (an unsaved buffer), its path part. */
  static Path pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equalsIgnoreCase(parsed.getScheme())) {
        return Path.of(parsed);
      }
      String part = parsed.getPath();
      return Path.of(part == null || part.isEmpty() ? "untitled.md" : part);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of("untitled.md");
    }
  }
}
