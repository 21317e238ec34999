package org.frontmatter4j.model;

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
 * A person Smartable follows for a topic: a {@code _people} file, such as an expert's or an
 * author's profile with their Twitter account. Accessor names are the front-matter keys, in the
 * order Smartable writes them.
 */
@Value.Immutable
public non-sealed interface Person extends Content, WithPerson {

  /**
   * The person's name, such as {@code April Dunnam}.
   *
   * @return the person's name, such as {@code April Dunnam}
   */
  @Quoted
  String name();

  /**
   * A short biography, usually the person's Twitter bio.
   *
   * @return A short biography, usually the person's Twitter bio
   */
  @Quoted
  String bio();

  /**
   * Where the person lives, such as {@code Broken Arrow, OK}.
   *
   * @return where the person lives, such as {@code Broken Arrow, OK}
   */
  Optional<String> location();

  /**
   * Always {@code profile} for this kind; Smartable quotes it.
   *
   * @return always {@code profile} for this kind; Smartable quotes it
   */
  @Quoted
  String type();

  /**
   * Smartable's popularity score.
   *
   * @return smartable's popularity score
   */
  int heat();

  /**
   * The organization the person works for, with its logo.
   *
   * @return the organization the person works for, with its logo
   */
  @BlankLineBefore
  @Quoted(keys = "images.url")
  Optional<Provider> affiliation();

  /**
   * The person's own web site (often a {@code t.co} short link from Twitter).
   *
   * @return the person's own web site (often a {@code t.co} short link from Twitter)
   */
  @BlankLineBefore
  Optional<String> website();

  /**
   * The person's Twitter account.
   *
   * @return the person's Twitter account
   */
  @BlankLineBefore
  Optional<TwitterAccount> twitter();

  /**
   * The person's LinkedIn profile.
   *
   * @return the person's LinkedIn profile
   */
  @BlankLineBefore
  Optional<ProfileLink> linkedin();

  /**
   * The researcher's Google Scholar profile.
   *
   * @return the researcher's Google Scholar profile
   */
  @BlankLineBefore
  Optional<ScholarProfile> googleScholar();

  /**
   * The person's Wikipedia article.
   *
   * @return the person's Wikipedia article
   */
  @BlankLineBefore
  Optional<ProfileLink> wikipedia();

  /** Topics it is listed under, such as {@code Power Apps}; at least one. */
  @Override
  @BlankLineBefore
  List<String> topics();

  /**
   * Portraits, usually the Twitter profile picture with the person's name as its title.
   *
   * @return portraits, usually the Twitter profile picture with the person's name as its title
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

  /** Builds a {@link Person}. */
  final class Builder extends ImmutablePerson.Builder {
    /** A new, empty builder; same as {@code Person.builder()}. */
    public Builder() {}
  }
}
