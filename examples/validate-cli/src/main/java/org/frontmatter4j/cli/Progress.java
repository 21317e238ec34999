package org.frontmatter4j.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, only for terminals and runs of more than 200 files. */
class Progress {
  private static final int MIN_FILES = 200;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private int done;
  private int shownPercent = -1;

  private Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  static Progress forTerminal(PrintWriter err, int total) {
    boolean terminal = System.console() != null;
    return terminal && total > MIN_FILES ? new Progress(err, total) : new Progress(null, total);
  }

  void advance() {
    done++;
    int percent = (int) (100L * done / Math.max(total, 1));
    if (err != null && percent != shownPercent) {
      shownPercent = percent;
      int filled = WIDTH * percent / 100;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
          + " files");
      err.flush();
    }
  }

  void done() {
    if (err != null) {
      err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
      err.flush();
    }
  }
}
