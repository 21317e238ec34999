package org.frontmatter4j.internal;

/** The parser's limits and options, as set on {@code FrontMatterParser.Builder}. */
public record ParseSettings(
    int maxFrontMatterLength,
    int maxDepth,
    int maxScalarLength,
    int maxNodes,
    int maxAliases,
    boolean allowAnchorsAndAliases,
    boolean allowTags) {}
