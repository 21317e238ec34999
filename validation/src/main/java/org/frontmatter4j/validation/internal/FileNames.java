package org.frontmatter4j.validation.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.Problem;
import org.frontmatter4j.SourcePosition;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.ContentRule;

/**
 * Jekyll's naming of news files: {@code _news/YYYY-MM-DD-slug.md}, the date being the UTC date
 * the article was published. Only files directly in a {@code _news} folder are checked: a name
 * elsewhere (a test fixture, a corpus copy named {@code <name>.<blob sha>.md}, text with no
 * file at all) follows no site's convention.
 */
public final class FileNames {
  static final String NEWS_FOLDER = "_news";
  private static final Pattern NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.(?:md|markdown)");

  private FileNames() {}

  /** The problem with a news file's name, if it is in a {@code _news} folder and has one. */
  public static Optional<Problem> check(NewsArticle article, FrontMatterDocument document) {
    String source = document.sourceName().replace('\\', '/');
    int slash = source.lastIndexOf('/');
    String name = source.substring(slash + 1);
    String folder = slash < 0 ? "" : source.substring(source.lastIndexOf('/', slash - 1) + 1, slash);
    if (!folder.equals(NEWS_FOLDER)) {
      return Optional.empty();
    }
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      return Optional.of(badName(document, "'" + name + "' must be named YYYY-MM-DD-slug.md, the"
          + " slug in lower-case letters, digits and '-', such as 2020-09-23-my-article.md"));
    }
    LocalDate named;
    try {
      named = LocalDate.parse(matcher.group(1));
    } catch (DateTimeException e) {
      return Optional.of(badName(document, "'" + name + "' starts with " + matcher.group(1)
          + ", which is not a date"));
    }
    LocalDate published = article.publishedDateTime().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    if (named.equals(published)) {
      return Optional.empty();
    }
    return Optional.of(document.problemAt(document.positionOf("publishedDateTime"),
        "publishedDateTime", ContentRule.FILE_DATE.id(), ContentRule.FILE_DATE.severity(),
        "'publishedDateTime' is " + published + " in UTC, but the file name says " + named
            + "; rename the file to " + published + "-" + matcher.group(2) + ".md, or fix the date"));
  }

  private static Problem badName(FrontMatterDocument document, String message) {
    return document.problemAt(SourcePosition.START, "", ContentRule.FILE_NAME.id(),
        ContentRule.FILE_NAME.severity(), message);
  }
}
