package org.frontmatter4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.validation.CanonicalFormat;
import org.frontmatter4j.validation.CanonicalFormat.Result;
import org.frontmatter4j.validation.CanonicalFormat.State;
import org.frontmatter4j.validation.SiteValidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code format --check|--write PATH...}: Smartable's canonical style for every kind of content,
 * like {@code gofmt -l} and {@code prettier --check}.
 */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Puts content files of every kind (news, people, courses, videos, collections, books, "
            + "articles, samples, newsletters, communities, events) in Smartable's canonical "
            + "style (key order, quoting, blank lines), keeping each file's line endings, byte "
            + "order mark and body. Each file is read as the kind its folder tells (_people/ is "
            + "a person), else its category or type, or as --kind; a file of no kind is left "
            + "alone; a file with errors is reported and never rewritten.",
        "",
        "Exit codes: 0 nothing to change (or all rewritten), 1 files would change or have "
            + "errors, 2 bad usage or unreadable paths."})
final class FormatCommand implements Callable<Integer> {

  /** Exactly one of --check and --write. */
  static final class Mode {
    @Option(names = "--check", required = true,
        description = "List the files whose bytes differ from the canonical style.")
    boolean check;

    @Option(names = "--write", required = true, description = "Rewrite those files, atomically.")
    boolean write;
  }

  /** Output formats. */
  enum Output { text, json }

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Mode mode;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  private List<Path> paths;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Output output;

  @Mixin
  private KindOption kind;

  @Option(names = "--include", paramLabel = "GLOB", description = "Only matching files (repeatable).")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip matching files (repeatable).")
  private List<String> excludes = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Files at once (default: cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No summary line.")
  private boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  private boolean debug;

  @Override
  public Integer call() {
    ContentReader reader = ContentReader.builder().build();
    CanonicalFormat format = kind.kind().map(forced -> new CanonicalFormat(reader, forced))
        .orElseGet(() -> new CanonicalFormat(reader));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    SiteValidator.FileSet found = SiteValidator.builder().includes(includes).excludes(excludes)
        .build().files(paths);
    found.failures().forEach(err::println);
    List<Result> outcomes = new ArrayList<>();
    for (Result outcome : format.all(found.files(), mode.write, threads)) {
      if (outcome.state() != State.OTHER_KIND) {
        outcomes.add(outcome);
      }
      if (output == Output.text) {
        print(outcome, out, err);
      }
    }
    if (output == Output.json) {
      printJson(outcomes, out);
    } else if (!quiet) {
      summary(outcomes, out, (System.nanoTime() - started) / 1e9);
    }
    out.flush();
    if (!found.failures().isEmpty() || count(outcomes, State.FAILED) > 0) {
      return Main.USAGE;
    }
    return count(outcomes, State.CHANGED) + count(outcomes, State.INVALID) > 0
        ? Main.PROBLEMS : Main.OK;
  }

  private static void print(Result outcome, PrintWriter out, PrintWriter err) {
    switch (outcome.state()) {
      case CHANGED -> out.println(outcome.path());
      case WRITTEN -> out.println("formatted " + outcome.path());
      case INVALID -> {
        outcome.problems().forEach(problem -> out.println(problem.format()));
        out.println(outcome.path() + ": not formatted: fix its errors first");
      }
      case FAILED -> err.println(outcome.path() + ": " + outcome.failure().orElse("failed"));
      default -> {
        // canonical files and files of no kind: nothing to say, like gofmt -l
      }
    }
  }

  private void summary(List<Result> outcomes, PrintWriter out, double seconds) {
    int changed = count(outcomes, mode.write ? State.WRITTEN : State.CHANGED);
    out.printf("%s, %d canonical, %d %s, %d with errors (%.2f s)%n",
        CanonicalFormat.fileCounts(outcomes), count(outcomes, State.CANONICAL), changed,
        mode.write ? "formatted" : "would change", count(outcomes, State.INVALID), seconds);
  }

  private static void printJson(List<Result> outcomes, PrintWriter out) {
    out.println("{");
    out.println("  \"files\": " + outcomes.size() + ",");
    out.println("  \"canonical\": " + count(outcomes, State.CANONICAL) + ",");
    out.println("  \"changed\": " + paths(outcomes, State.CHANGED, State.WRITTEN) + ",");
    out.println("  \"invalid\": " + paths(outcomes, State.INVALID, State.FAILED));
    out.println("}");
  }

  private static String paths(List<Result> outcomes, State one, State other) {
    List<String> quoted = outcomes.stream()
        .filter(o -> o.state() == one || o.state() == other)
        .map(o -> quote(o.path().toString())).toList();
    return "[" + String.join(", ", quoted) + "]";
  }

  /** A path as a JSON string: file names may hold quotes, backslashes, even control characters. */
  private static String quote(String path) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : path.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static int count(List<Result> outcomes, State state) {
    return (int) outcomes.stream().filter(o -> o.state() == state).count();
  }
}
