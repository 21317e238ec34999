package org.frontmatter4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.frontmatter4j.validation.ContentValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code validate.jar}. */
@Command(
    name = "validate.jar",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    description = "Checks Markdown files with YAML front matter (Smartable content).")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order the usage lists them. Added by {@link #commandLine}, not by
   * the annotation: picocli reflects over every subcommand it is given, and a run that names one
   * needs only that one (building the four others cost 15 ms of a cold run's first 100 ms).
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class,
      FormatCommand.class, LspCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class);

  /** Exit code: every file is clean. */
  static final int OK = 0;
  /** Exit code: some file has problems at or above the failure level. */
  static final int PROBLEMS = 1;
  /** Exit code: bad usage, or a path that cannot be read. */
  static final int USAGE = 2;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "name a command, such as: validate PATH...");
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      // Hibernate Validator's bootstrap is the longest step before the first file can be
      // validated: start it before picocli reads the command line and the files are found.
      ContentValidator.warmUpAsync();
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      // A bug of ours, not a user mistake: say so briefly, with the trace only under --debug.
      boolean debug = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--debug");
      line.getErr().println("validate: internal error: " + exception);
      if (debug) {
        exception.printStackTrace(line.getErr());
      } else {
        line.getErr().println("(run again with --debug for the stack trace)");
      }
      return USAGE;
    });
    return commandLine.execute(args);
  }

  /**
   * The command line for these arguments: with only the subcommand they name, else (no
   * subcommand, {@code help}, {@code --help}, a typo to suggest a name for) with all of them.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine commandLine = new CommandLine(new Main());
    Class<?> named = null;
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (args.length > 0 && subcommand != CommandLine.HelpCommand.class
          && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
        named = subcommand;
      }
    }
    for (Class<?> subcommand : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
      commandLine.addSubcommand(subcommand);
    }
    return commandLine;
  }
}
