package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.frontmatter4j.internal.DocumentParser;
import org.frontmatter4j.internal.ParseSettings;
import org.frontmatter4j.tree.YamlMapping;

/**
 * Reads Markdown files with YAML front matter, strictly.
 *
 * <p>The file must start with a {@code ---} line; the front matter ends at the first line that
 * is exactly {@code ---} or {@code ...}; everything after it is the body, kept exactly. The YAML
 * is read under the YAML 1.2 JSON schema ({@code yes}, {@code 087} and {@code 2020-09-23} stay
 * strings), duplicate keys are errors, and tags, anchors and aliases are refused by default.
 * Every problem is a {@link FrontMatterException} with the file, line, column and a caret snippet.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * FrontMatterParser parser = FrontMatterParser.builder().build();
 * FrontMatterDocument document = parser.parse(Path.of("_news/2020-09-23-facebook.md"));
 * }</pre>
 */
public final class FrontMatterParser {
  /** The largest array a JVM allocates: the most {@link Files#readAllBytes} can read. */
  private static final long MAX_FILE_SIZE = Integer.MAX_VALUE - 8;

  private final ParseSettings settings;
  private final DocumentParser parser;

  private FrontMatterParser(Builder builder) {
    this.settings = new ParseSettings(builder.maxFrontMatterLength, builder.maxDepth,
        builder.maxScalarLength, builder.maxNodes, builder.maxAliases,
        builder.allowAnchorsAndAliases, builder.allowTags);
    this.parser = new DocumentParser(settings);
  }

  /** {@return a builder with the safe defaults documented on each of its methods} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from this parser's settings} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxFrontMatterLength = settings.maxFrontMatterLength();
    builder.maxDepth = settings.maxDepth();
    builder.maxScalarLength = settings.maxScalarLength();
    builder.maxNodes = settings.maxNodes();
    builder.maxAliases = settings.maxAliases();
    builder.allowAnchorsAndAliases = settings.allowAnchorsAndAliases();
    builder.allowTags = settings.allowTags();
    return builder;
  }

  /**
   * Parses a file's text.
   *
   * @param text       the whole file; a leading U+FEFF is taken as a byte order mark and kept
   * @param sourceName the name used in problems, usually the path
   * @return the parsed document: its tree, body and line endings
   * @throws FrontMatterException if the file has no valid front matter
   */
  public FrontMatterDocument parse(String text, String sourceName) {
    requireNonNull(text, "text must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return parser.parse(text, sourceName);
  }

  /**
   * Parses a file's bytes, which must be UTF-8, with or without a byte order mark.
   *
   * @param bytes the file's bytes
   * @param sourceName the name problems give as the file, usually its path
   * @return the parsed document: its tree, body and line endings
   * @throws FrontMatterException if the bytes are not UTF-8 or have no valid front matter
   */
  public FrontMatterDocument parse(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return parser.parse(bytes, sourceName);
  }

  /**
   * Reads and parses a file; problems name it by {@code path.toString()}. Links are followed;
   * anything but a regular file (a directory, a pipe, a device such as {@code /dev/zero}) is
   * refused before it is read.
   *
   * @param path the file to read
   * @return the parsed document: its tree, body and line endings
   * @throws IOException          if the file cannot be read, or is not a regular file
   * @throws FrontMatterException if it has no valid front matter
   */
  public FrontMatterDocument parse(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      // Reading a pipe waits forever for a writer; reading /dev/zero never ends.
      throw new FileSystemException(path.toString(), null, attributes.isDirectory()
          ? "is a directory" : "is not a regular file (a pipe, socket or device)");
    }
    if (attributes.size() > MAX_FILE_SIZE) {
      // Files.readAllBytes would throw OutOfMemoryError: an Error, where callers catch IOException.
      throw new FileSystemException(path.toString(), null, "is " + attributes.size()
          + " bytes long; files of more than " + MAX_FILE_SIZE + " bytes cannot be read");
    }
    return parser.parse(Files.readAllBytes(path), path.toString());
  }

  /**
   * Parses a file that is YAML from its first line to its last, such as a Jekyll
   * {@code _config.yml}: the same schema, limits and refusals as front matter (with
   * {@link #maxFrontMatterLength()} bounding the whole file), positions counted from line 1. An
   * empty file, or one of only comments, is an empty mapping. Merge keys ({@code <<: *base})
   * are kept as plain {@code <<} entries: reading them is the caller's choice.
   *
   * <pre>{@code
   * FrontMatterParser parser = FrontMatterParser.builder().allowAnchorsAndAliases(true).build();
   * YamlMapping config = parser.parseYaml(Files.readAllBytes(site.resolve("_config.yml")), "_config.yml");
   * }</pre>
   *
   * @param bytes      the file, UTF-8 with or without a byte order mark
   * @param sourceName the name used in problems, usually the path
   * @return the file's root mapping, with positions
   * @throws FrontMatterException if the file is not UTF-8, not YAML within the limits, or not a
   *                              mapping
   */
  public YamlMapping parseYaml(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return parser.parseYaml(bytes, sourceName);
  }

  /** {@return longest front matter accepted, in characters} */
  public int maxFrontMatterLength() {
    return settings.maxFrontMatterLength();
  }

  /** {@return deepest nesting of mappings and sequences accepted} */
  public int maxDepth() {
    return settings.maxDepth();
  }

  /** {@return longest single value accepted, in characters} */
  public int maxScalarLength() {
    return settings.maxScalarLength();
  }

  /**
   * {@return most values (scalars, mappings, sequences, expanded aliases) accepted in one front
   * matter}
   */
  public int maxNodes() {
    return settings.maxNodes();
  }

  /** {@return most aliases accepted when anchors and aliases are allowed} */
  public int maxAliases() {
    return settings.maxAliases();
  }

  /** {@return whether anchors ({@code &a}) and aliases ({@code *a}) are accepted} */
  public boolean allowAnchorsAndAliases() {
    return settings.allowAnchorsAndAliases();
  }

  /** {@return whether the standard explicit tags ({@code !!str} ...) are accepted} */
  public boolean allowTags() {
    return settings.allowTags();
  }

  /**
   * Builds a {@link FrontMatterParser}. Every default is the safe choice; each method says why
   * its default is what it is. The largest front matter among ~11,000 real Smartable files is
   * 2.9 KB with 44 lines and at most 4 levels of nesting, so the defaults leave ample room.
   */
  public static final class Builder {
    private int maxFrontMatterLength = 1024 * 1024;
    private int maxDepth = 64;
    private int maxScalarLength = 256 * 1024;
    private int maxNodes = 50_000;
    private int maxAliases = 50;
    private boolean allowAnchorsAndAliases;
    private boolean allowTags;

    private Builder() {}

    /**
     * Longest front matter accepted, in characters. Default 1 MiB: several hundred times the
     * largest real front matter, and small enough that a file whose closing {@code ---} is
     * missing fails fast instead of parsing its whole body as YAML.
     *
     * @param maxFrontMatterLength the longest front matter, in characters
     * @return this builder
     */
    public Builder maxFrontMatterLength(int maxFrontMatterLength) {
      this.maxFrontMatterLength = positive(maxFrontMatterLength, "maxFrontMatterLength");
      return this;
    }

    /**
     * Deepest nesting accepted. Default 64: real front matter nests 4 levels; deep nesting is
     * only ever an attack on recursive consumers, and snakeyaml-engine's scanner spends time
     * proportional to the flow depth on every token.
     *
     * @param maxDepth the deepest nesting of mappings and sequences
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive(maxDepth, "maxDepth");
      return this;
    }

    /**
     * Longest value accepted, in characters. Default 256 KiB: embedded HTML such as
     * {@code featuredContent} stays far below it.
     *
     * @param maxScalarLength the longest value, in characters
     * @return this builder
     */
    public Builder maxScalarLength(int maxScalarLength) {
      this.maxScalarLength = positive(maxScalarLength, "maxScalarLength");
      return this;
    }

    /**
     * Most values in one front matter, counting each alias as the size of what it repeats.
     * Default 50,000: real files have about 100; this bounds memory and binding time.
     *
     * @param maxNodes the most values in one front matter, aliases counted as what they repeat
     * @return this builder
     */
    public Builder maxNodes(int maxNodes) {
      this.maxNodes = positive(maxNodes, "maxNodes");
      return this;
    }

    /**
     * Most aliases accepted when {@link #allowAnchorsAndAliases(boolean)} is on. Default 50, as
     * in snakeyaml-engine; together with {@link #maxNodes(int)} it stops alias bombs.
     *
     * @param maxAliases the most aliases in one front matter
     * @return this builder
     */
    public Builder maxAliases(int maxAliases) {
      this.maxAliases = positive(maxAliases, "maxAliases");
      return this;
    }

    /**
     * Whether anchors and aliases are accepted. Default {@code false}: content files never need
     * them, writers cannot preserve edits through them, and they are the vector of alias bombs.
     *
     * @param allowAnchorsAndAliases {@code true} to accept anchors and aliases
     * @return this builder
     */
    public Builder allowAnchorsAndAliases(boolean allowAnchorsAndAliases) {
      this.allowAnchorsAndAliases = allowAnchorsAndAliases;
      return this;
    }

    /**
     * Whether the standard explicit tags ({@code !!str}, {@code !!int}, {@code !!float},
     * {@code !!bool}, {@code !!null}, {@code !!map}, {@code !!seq}) are accepted. Default
     * {@code false}. Other tags ({@code !!java...}, {@code !custom}) are always refused: front
     * matter is data and never names code to run.
     *
     * @param allowTags {@code true} to accept the standard YAML tags
     * @return this builder
     */
    public Builder allowTags(boolean allowTags) {
      this.allowTags = allowTags;
      return this;
    }

    /** {@return an immutable, thread-safe parser with these settings} */
    public FrontMatterParser build() {
      return new FrontMatterParser(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
