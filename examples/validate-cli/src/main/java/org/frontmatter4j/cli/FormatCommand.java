package org.frontmatter4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.LineEnding;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.SiteValidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code format --check|--write PATH...}: Smartable's canonical style for news articles, like
 * {@code gofmt -l} and {@code prettier --check}.
 */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Puts news articles in Smartable's canonical style (key order, quoting, blank lines), "
            + "keeping each file's line endings, byte order mark and body. Files of other kinds "
            + "are left alone; a file with errors is reported and never rewritten.",
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

  /** What formatting one file found. */
  enum State { CANONICAL, CHANGED, WRITTEN, INVALID, OTHER_KIND, UNREADABLE }

  /** The outcome for one file. */
  record Outcome(Path path, State state, List<Problem> problems, String why) {
    static Outcome failed(Path path, String why) {
      return new Outcome(path, State.UNREADABLE, List.of(), why);
    }
  }

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Mode mode;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  private List<Path> paths;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Output output;

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

  private final ContentReader reader = ContentReader.builder().build();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    SiteValidator.FileSet found = SiteValidator.builder().includes(includes).excludes(excludes)
        .build().files(paths);
    found.failures().forEach(err::println);
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome outcome : formatAll(found.files())) {
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
    if (!found.failures().isEmpty() || count(outcomes, State.UNREADABLE) > 0) {
      return Main.USAGE;
    }
    return count(outcomes, State.CHANGED) + count(outcomes, State.INVALID) > 0
        ? Main.PROBLEMS : Main.OK;
  }

  /** Formats in parallel on a pool of --threads; the outcomes come back in path order. */
  private List<Outcome> formatAll(List<Path> files) {
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      return pool.submit(() -> files.parallelStream().map(this::format).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome format(Path file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return Outcome.failed(file, "is a directory");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Outcome.failed(file, describe(e));
    }
    FrontMatterDocument document;
    try {
      document = reader.parser().parse(bytes, file.toString());
    } catch (FrontMatterException e) {
      return new Outcome(file, State.INVALID, e.problems(), null);
    }
    if (!SiteValidator.isNews(file, document)) {
      return new Outcome(file, State.OTHER_KIND, List.of(), null);
    }
    BindResult<NewsArticle> bound = reader.bindNews(document);
    if (bound.hasErrors()) {
      return new Outcome(file, State.INVALID, bound.problems(), null);
    }
    FrontMatterWriter writer = FrontMatterWriter.builder()
        .lineEnding(document.lineEnding() == LineEnding.CRLF ? LineEnding.CRLF : LineEnding.LF)
        .byteOrderMark(document.hasBom())
        .build();
    NewsArticle article = bound.value().orElseThrow();
    if (Arrays.equals(writer.writeCanonical(article).getBytes(StandardCharsets.UTF_8), bytes)) {
      return new Outcome(file, State.CANONICAL, List.of(), null);
    }
    if (!mode.write) {
      return new Outcome(file, State.CHANGED, List.of(), null);
    }
    try {
      writer.writeTo(file, article);
      return new Outcome(file, State.WRITTEN, List.of(), null);
    } catch (IOException e) {
      return Outcome.failed(file, "cannot write: " + describe(e));
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file or directory";
      case "AccessDeniedException" -> "permission denied";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }

  private static void print(Outcome outcome, PrintWriter out, PrintWriter err) {
    switch (outcome.state()) {
      case CHANGED -> out.println(outcome.path());
      case WRITTEN -> out.println("formatted " + outcome.path());
      case INVALID -> {
        outcome.problems().forEach(problem -> out.println(problem.format()));
        out.println(outcome.path() + ": not formatted: fix its errors first");
      }
      case UNREADABLE -> err.println(outcome.path() + ": " + outcome.why());
      default -> {
        // canonical files and other kinds: nothing to say, like gofmt -l
      }
    }
  }

  private void summary(List<Outcome> outcomes, PrintWriter out, double seconds) {
    int changed = count(outcomes, mode.write ? State.WRITTEN : State.CHANGED);
    out.printf("%d file%s, %d canonical, %d %s, %d with errors (%.2f s)%n", outcomes.size(),
        TextReporter.plural(outcomes.size()), count(outcomes, State.CANONICAL), changed,
        mode.write ? "formatted" : "would change", count(outcomes, State.INVALID), seconds);
  }

  private static void printJson(List<Outcome> outcomes, PrintWriter out) {
    out.println("{");
    out.println("  \"files\": " + outcomes.size() + ",");
    out.println("  \"canonical\": " + count(outcomes, State.CANONICAL) + ",");
    out.println("  \"changed\": " + paths(outcomes, State.CHANGED, State.WRITTEN) + ",");
    out.println("  \"invalid\": " + paths(outcomes, State.INVALID, State.UNREADABLE));
    out.println("}");
  }

  private static String paths(List<Outcome> outcomes, State one, State other) {
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

  private static int count(List<Outcome> outcomes, State state) {
    return (int) outcomes.stream().filter(o -> o.state() == state).count();
  }
}
