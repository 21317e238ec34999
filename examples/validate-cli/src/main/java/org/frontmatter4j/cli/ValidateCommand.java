package org.frontmatter4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterException;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.tree.YamlScalar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate PATH...}: parses and binds every content file and reports every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Main.USAGE,
    versionProvider = VersionProvider.class,
    description = {
        "Checks every *.md and *.markdown file under the given paths: front-matter syntax,",
        "then, for news articles (in a _news folder or with 'category: news'), the Smartable",
        "news schema. Prints path:line:column: severity: message [rule].",
        "",
        "Exit codes: 0 clean, 1 problems found, 2 bad usage or unreadable paths."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to check.")
  private List<Path> paths;

  @Option(names = "--lenient", description = "Report unknown keys as warnings, not errors.")
  private boolean lenient;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems, no summary.")
  private boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  private boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    ContentFiles.Found found = ContentFiles.find(paths);
    found.unreadable().forEach(message -> err.println(message));
    ContentReader reader = ContentReader.builder().lenient(lenient).build();
    int errors = 0;
    int warnings = 0;
    int unreadable = found.unreadable().size();
    for (Path file : found.files()) {
      List<Problem> problems;
      try {
        problems = check(reader, file);
      } catch (IOException e) {
        err.println(file + ": cannot read: " + ContentFiles.describe(e));
        unreadable++;
        continue;
      }
      for (Problem problem : problems) {
        out.println(problem.format());
        if (problem.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    if (!quiet) {
      out.printf("%d file%s, %d error%s, %d warning%s (%.2f s)%n",
          found.files().size(), plural(found.files().size()), errors, plural(errors),
          warnings, plural(warnings), (System.nanoTime() - started) / 1e9);
    }
    out.flush();
    if (unreadable > 0) {
      return Main.USAGE;
    }
    return errors > 0 ? Main.PROBLEMS : Main.OK;
  }

  private static List<Problem> check(ContentReader reader, Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory");
    }
    try {
      FrontMatterDocument document = reader.parser().parse(file);
      if (!isNews(file, document)) {
        // A kind this tool does not know yet: its front matter is checked, its schema is not.
        return List.of();
      }
      BindResult<NewsArticle> result = reader.bindNews(document);
      return result.problems();
    } catch (FrontMatterException e) {
      return new ArrayList<>(e.problems());
    }
  }

  /** News by folder ({@code _news}) or by its {@code category: news} line. */
  static boolean isNews(Path file, FrontMatterDocument document) {
    for (Path part : file.toAbsolutePath().normalize()) {
      if (part.toString().equals("_news")) {
        return true;
      }
    }
    return document.frontMatter().get("category")
        .filter(node -> node instanceof YamlScalar scalar && scalar.value().equals("news"))
        .isPresent();
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
