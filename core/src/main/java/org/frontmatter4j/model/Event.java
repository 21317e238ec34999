package org.frontmatter4j.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.Quoted;
import org.frontmatter4j.tree.YamlNode;
import org.immutables.value.Value;

/**
 * An event: an {@code _events} file, such as a conference with its dates, place and web site.
 * Accessor names are the front-matter keys, in the order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Event extends Content, WithEvent {

  /**
   * The event's name, such as {@code RSS 2020}.
   *
   * @return the event's name, such as {@code RSS 2020}
   */
  @Quoted
  String name();

  /**
   * Summary shown in lists.
   *
   * @return summary shown in lists
   */
  @Quoted
  String excerpt();

  /**
   * Where Smartable found the event.
   *
   * @return where Smartable found the event
   */
  Optional<String> originalUrl();

  /**
   * The event's web site.
   *
   * @return the event's web site
   */
  Optional<String> website();

  /**
   * What it is, such as {@code conference}.
   *
   * @return what it is, such as {@code conference}
   */
  String type();

  /**
   * Where it takes place, such as {@code Online}.
   *
   * @return where it takes place, such as {@code Online}
   */
  Optional<String> location();

  /**
   * When it starts, with its zone or offset ({@code 2020-07-12T08:00:00-08:00}).
   *
   * @return when it starts, with its zone or offset ({@code 2020-07-12T08:00:00-08:00})
   */
  OffsetDateTime startDateTime();

  /**
   * When it ends, with its zone or offset; not before {@link #startDateTime()}.
   *
   * @return when it ends, with its zone or offset; not before {@link #startDateTime()}
   */
  OffsetDateTime endDateTime();

  /**
   * Whether the source took it down; Smartable then also writes {@code published: false}.
   *
   * @return whether the source took it down; Smartable then also writes {@code published: false}
   */
  Optional<Boolean> removed();

  /**
   * Whether the site shows it.
   *
   * @return whether the site shows it
   */
  Optional<Boolean> published();

  /**
   * Who organizes it, with its logo.
   *
   * @return who organizes it, with its logo
   */
  @BlankLineBefore
  Provider provider();

  /** Topics it is listed under, such as {@code Power Apps}; at least one. */
  @Override
  @BlankLineBefore
  List<String> topics();

  /**
   * Finer labels than topics, such as {@code PyTorch}.
   *
   * @return finer labels than topics, such as {@code PyTorch}
   */
  @BlankLineBefore
  List<String> tags();

  /**
   * Its pictures.
   *
   * @return its pictures
   */
  @BlankLineBefore
  List<Image> images();

  /** Smartable's signature: {@code <base64>;<base64 of 16 bytes>}. */
  @Override
  @Quoted
  @BlankLineBefore(keptWhenAbsent = true)
  Optional<String> secured();

  /** Everything after the closing {@code ---} line, exactly. */
  @Override
  @Body
  @Value.Default
  default String body() {
    return "";
  }

  /** Keys a lenient reader did not know, in source order. */
  @Override
  @Extras
  Map<String, YamlNode> extra();

  /**
   * A new builder.
   *
   * @return A new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Event}. */
  final class Builder extends ImmutableEvent.Builder {
    /** A new, empty builder; same as {@code Event.builder()}. */
    public Builder() {}
  }
}
