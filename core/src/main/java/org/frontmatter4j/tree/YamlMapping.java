package org.frontmatter4j.tree;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.frontmatter4j.SourcePosition;

/**
 * A mapping, its entries in source order. Keys are unique: the parser rejects duplicates.
 *
 * @param entries the entries in source order
 * @param flow    {@code true} for {@code {a: 1}} style, {@code false} for block style
 * @param start   where it starts
 * @param end     where it ends (exclusive)
 */
public record YamlMapping(
    List<YamlEntry> entries, boolean flow, SourcePosition start, SourcePosition end)
    implements YamlNode {

  /**
   * Copies the entries and checks that the positions are present.
   *
   * @param entries the entries in source order
   * @param flow {@code true} for {@code {a: 1}} style, {@code false} for block style
   * @param start where it starts
   * @param end where it ends (exclusive)
   */
  public YamlMapping {
    entries = List.copyOf(entries);
    requireNonNull(start, "start must not be null");
    requireNonNull(end, "end must not be null");
  }

  /**
   * {@return the entry with this key, if present}
   *
   * @param key the key
   */
  public Optional<YamlEntry> entry(String key) {
    requireNonNull(key, "key must not be null");
    for (YamlEntry entry : entries) {
      if (entry.name().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the value for this key, if present}
   *
   * @param key the key
   */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }
}
