package org.frontmatter4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.tree.YamlNode;

/**
 * One file of Smartable content, of one of the eleven {@link Kind kinds}. The interface is
 * sealed, so a {@code switch} over a {@code Content} (with pattern matching, Java 21) covers
 * every kind:
 *
 * <pre>{@code
 * Content content = reader.read(path);          // the kind comes from the folder
 * String label = switch (content) {
 *   case NewsArticle news -> news.title();
 *   case Person person -> person.name();
 *   ...
 * };
 * Kind kind = Kind.of(content);                 // or by its class
 * }</pre>
 */
public sealed interface Content
    permits NewsArticle, Person, Course, Video, LearningCollection, Book, LearningArticle, Sample,
        Newsletter, Community, Event {

  /**
   * Topics it is listed under.
   *
   * @return topics it is listed under
   */
  List<String> topics();

  /**
   * Smartable's signature: {@code <base64>;<base64 of 16 bytes>}.
   *
   * @return smartable's signature: {@code <base64>;<base64 of 16 bytes>}
   */
  Optional<String> secured();

  /**
   * Everything after the closing {@code ---} line, exactly.
   *
   * @return everything after the closing {@code ---} line, exactly
   */
  String body();

  /**
   * Keys a lenient reader did not know, in source order.
   *
   * @return keys a lenient reader did not know, in source order
   */
  Map<String, YamlNode> extra();
}
