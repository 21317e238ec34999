package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a site's _config.yml says, read as Jekyll reads it. */
class SiteConfigTest {
  @TempDir
  Path root;

  private SiteConfig config(String yaml) throws Exception {
    Files.writeString(root.resolve("_config.yml"), yaml);
    return SiteConfig.read(root);
  }

  @Test
  void excludeEntriesMatchAsJekyllsEntryFilterDoes() throws Exception {
    SiteConfig site = config("exclude: [README.md, docs/, LICENSE, \"*.tmp\", \"notes/*.md\","
        + " \"[Dd]rafts\"]\n");

    assertThat(site.excludes("README.md", false)).isTrue();
    assertThat(site.excludes("docs", true)).as("a folder named with a slash").isTrue();
    assertThat(site.excludes("docs", false)).as("a file named like it").isFalse();
    assertThat(site.excludes("LICENSE-source.md", false)).as("a prefix, as in Jekyll").isTrue();
    assertThat(site.excludes("a/b/c.tmp", false)).as("* crosses folders").isTrue();
    assertThat(site.excludes("notes/x.md", false)).isTrue();
    assertThat(site.excludes("Drafts", true)).isTrue();
    assertThat(site.excludes("_news/README.md", false)).as("relative to the root").isFalse();
    assertThat(site.excludes("Gemfile.lock", false)).as("Jekyll's own default").isTrue();
    assertThat(site.excludes("vendor/bundle", true)).isTrue();
  }

  @Test
  void urlAndBaseurlAreNormalized() throws Exception {
    SiteConfig site = config("url: https://example.github.io/\nbaseurl: site/\n");

    assertThat(site.url()).map(Object::toString).hasValue("https://example.github.io/");
    assertThat(site.baseurl()).isEqualTo("/site");
    assertThat(site.problems()).isEmpty();
  }

  @Test
  void collectionsAreReadFromAMappingOrAList() throws Exception {
    assertThat(config("collections:\n  people:\n    output: true\n  events: {}\n").collections())
        .containsExactlyInAnyOrder("people", "events");
    assertThat(config("collections: [people, events]\n").collections())
        .containsExactlyInAnyOrder("people", "events");
    assertThat(config("collections: people\n").problems()).singleElement().asString()
        .isEqualTo(root.resolve("_config.yml") + ":1:14: error: 'collections' must be a mapping"
            + " of collection names (people: {output: true}) or a list of names [site.config]");
  }

  @Test
  void aMissingOrEmptyConfigIsAnEmptySite() throws Exception {
    SiteConfig missing = SiteConfig.read(root);
    SiteConfig empty = config("# nothing yet\n");

    for (SiteConfig site : List.of(missing, empty)) {
      assertThat(site.url()).isEmpty();
      assertThat(site.baseurl()).isEmpty();
      assertThat(site.problems()).isEmpty();
    }
  }

  @Test
  void anIncludedHiddenFolderIsNamed() throws Exception {
    SiteConfig site = config("include: [.well-known]\n");

    assertThat(site.includes(".well-known", true)).isTrue();
    assertThat(site.includes(".git", true)).isFalse();
  }

  @Test
  void fnmatchHandlesClassesAndEscapes() {
    assertThat(SiteConfig.fnmatch("a[!b]c", 0, "axc", 0)).isTrue();
    assertThat(SiteConfig.fnmatch("a[!b]c", 0, "abc", 0)).isFalse();
    assertThat(SiteConfig.fnmatch("a\\*", 0, "a*", 0)).isTrue();
    assertThat(SiteConfig.fnmatch("a\\*", 0, "ab", 0)).isFalse();
    assertThat(SiteConfig.fnmatch("x[", 0, "x[", 0)).isTrue();
    assertThat(SiteConfig.fnmatch("?.md", 0, "ab.md", 0)).isFalse();
  }
}
