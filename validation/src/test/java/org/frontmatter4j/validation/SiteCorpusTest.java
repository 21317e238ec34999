package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.Problem;
import org.frontmatter4j.validation.internal.SiteConfig;
import org.frontmatter4j.validation.internal.SiteImages;
import org.frontmatter4j.validation.internal.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real site checkout: every image reference resolves at its declared size. */
class SiteCorpusTest {

  @Test
  void everyImageReferenceOfTheRealSiteIsResolvedAndSizeChecked() throws IOException {
    Path root = org.frontmatter4j.testing.Corpus.root().resolve("power-apps-site");
    SiteConfig site = new Sites(Optional.empty()).siteOfFile(root.resolve("_news/x.md"))
        .orElseThrow();
    SiteImages images = new SiteImages();
    FrontMatterParser parser = FrontMatterParser.builder().build();
    List<Problem> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".md")
          || p.toString().endsWith(".html")).sorted().toList()) {
        problems.addAll(images.check(parser.parse(file), site));
        files++;
      }
    }

    assertThat(site.problems()).isEmpty();
    assertThat(site.url()).hasValueSatisfying(url ->
        assertThat(url).hasToString("https://smartableai.github.io"));
    assertThat(site.baseurl()).isEqualTo("/microsoft-power-apps");
    assertThat(files).isEqualTo(789);
    // Site paths (/assets/...) and absolute links (url + baseurl + path) to 10 logos, 394 of
    // them to microsoft.com's.
    assertThat(images.referencesChecked()).isEqualTo(405);
    assertThat(images.imagesRead()).isEqualTo(10);
    assertThat(problems).isEmpty();
  }

  @Test
  void aWholeCheckoutWithAReadmeAndALicenseHasNoErrors(@TempDir Path copy) throws IOException {
    Path root = org.frontmatter4j.testing.Corpus.root().resolve("power-apps-site");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path from : walk.toList()) {
        Path to = copy.resolve(root.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Files.writeString(copy.resolve("README.md"), "# Power Apps Smartable\n");
    Files.writeString(copy.resolve("LICENSE"), "MIT License\n");
    Files.writeString(copy.resolve("LICENSE.md"), "MIT License\n");

    SiteReport report = SiteValidator.builder().build().validate(List.of(copy));

    assertThat(report.errors()).as("%s", report.problems()).isZero();
    assertThat(report.failures()).isEmpty();
    // README.md is excluded by the site's _config.yml; LICENSE.md is a page without front matter.
    assertThat(report.files()).isEqualTo(790);
    assertThat(report.notContent()).isEqualTo(1);
  }
}
