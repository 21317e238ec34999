package org.frontmatter4j.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.frontmatter4j.lsp.FrontMatterLanguageServer;
import picocli.CommandLine.Command;

/** {@code lsp}: the language server, over standard input and output, for editors. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    description = {
        "Runs the language server (Language Server Protocol over standard input and output) "
            + "that editors start: every problem validate reports, as you type, with completion, "
            + "hover, quick fixes and formatting. See docs/editors.md.",
        "",
        "Exit codes: 0 after the editor's shutdown and exit, 1 when the editor went away "
            + "without them."})
final class LspCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    // Standard output carries the protocol and nothing else: anything printed by mistake (a
    // library's log line) goes to standard error instead.
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    return FrontMatterLanguageServer.run(new FileInputStream(FileDescriptor.in), protocol);
  }
}
