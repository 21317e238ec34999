package org.frontmatter4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.schema.JsonSchemas;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code schema --kind ID | --all DIR}: the JSON Schemas of the content kinds. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Prints the JSON Schema (draft 2020-12) of a content kind, made from the model the reader "
            + "binds files to and the rules validate checks, for CMSs, editors and JavaScript "
            + "tools. See docs/editors.md.",
        "",
        "Exit codes: 0 done, 2 bad usage or a file that cannot be written."})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Which which;

  static final class Which {
    @Option(names = "--kind", paramLabel = "ID", required = true,
        description = "The kind: news, person, course, video, collection, book, article, sample,"
            + " newsletter, community or event.")
    String kind;

    @Option(names = "--all", paramLabel = "DIR", required = true,
        description = "Write every kind's schema to DIR/ID.schema.json.")
    Path all;
  }

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the schema to FILE instead of standard output (with --kind).")
  private Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (which.all != null) {
        if (output != null) {
          throw new ParameterException(spec.commandLine(),
              "--output goes with --kind; --all names a folder already");
        }
        Files.createDirectories(which.all);
        for (Kind kind : Kind.values()) {
          write(which.all.resolve(kind.id() + ".schema.json"), JsonSchemas.of(kind));
        }
        out.println(Kind.values().length + " schemas written to " + which.all);
        return Main.OK;
      }
      Kind kind = Kind.byId(which.kind).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "unknown kind '" + which.kind + "'; the kinds are "
              + Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "))));
      String schema = JsonSchemas.of(kind);
      if (output == null) {
        out.print(schema);
        out.flush();
      } else {
        write(output, schema);
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("validate: cannot write " + e.getMessage());
      return Main.USAGE;
    }
  }

  /** Writes a file whole or not at all: a temporary file beside it, then one move. */
  private static void write(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
