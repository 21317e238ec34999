package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontmatter4j.Problem;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.validation.FileReport.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Jekyll site: its {@code _config.yml}, the images its files link into it, what it
 * excludes, and the files that are not content.
 */
class SiteValidatorSiteTest {
  static final String CONFIG = """
      title: Example
      url: https://example.github.io
      baseurl: "/site"
      exclude:
        - README.md
        - drafts
      """;

  @TempDir
  Path site;

  @BeforeEach
  void aSite() throws IOException {
    Files.writeString(site.resolve("_config.yml"), CONFIG);
    Files.createDirectories(site.resolve("assets/images"));
    Files.write(site.resolve("assets/images/logo.png"), ImageBytes.png(50, 40));
    Files.write(site.resolve("assets/images/photo.jpg"), ImageBytes.jpeg(800, 533));
  }

  /** A valid person (not a news article) with one logo. */
  private static String person(String url, int width, int height) {
    return "---\nname: \"Ada\"\naffiliation:\n  name: Example\n  images:\n"
        + "    - url: \"" + url + "\"\n      width: " + width + "\n      height: " + height
        + "\n  domain: example.com\nbio: \"Speaker\"\ntype: profile\nheat: 50\n"
        + "topics:\n  - Power Apps\n---\n";
  }

  private Path write(String relative, String text) throws IOException {
    Path file = site.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private List<String> problems(SiteValidator validator, Path... roots) {
    List<String> lines = new ArrayList<>();
    validator.validate(List.of(roots), report -> report.problems().stream()
        .map(Problem::toString).map(line -> line.replace(site.toString(), "SITE"))
        .forEach(lines::add));
    return lines;
  }

  private List<String> problems(Path... roots) {
    return problems(SiteValidator.builder().build(), roots);
  }

  @Test
  void imagesThatExistAtTheirSizeAreClean() throws IOException {
    write("_people/ada.md", person("/assets/images/logo.png", 50, 40));
    write("_people/bob.md", person("https://example.github.io/site/assets/images/photo.jpg",
        800, 533));
    write("_people/eve.md", person("https://cdn.example.com/elsewhere.png", 1, 1));

    assertThat(problems(site)).isEmpty();
  }

  @Test
  void aMissingSiteImageIsReportedAtItsUrl() throws IOException {
    write("_people/ada.md", person("/assets/images/gone.png", 50, 40));

    assertThat(problems(site)).containsExactly("SITE/_people/ada.md:6:12: error:"
        + " 'affiliation.images[0].url' names assets/images/gone.png, which is not in the site;"
        + " add the file or fix the link [image.not-found]");
  }

  @Test
  void anAbsoluteSelfLinkToAMissingFileIsReported() throws IOException {
    write("_people/ada.md", person("https://EXAMPLE.github.io/site/assets/images/gone%20now.png",
        50, 40));

    assertThat(problems(site)).containsExactly("SITE/_people/ada.md:6:12: error:"
        + " 'affiliation.images[0].url' names assets/images/gone now.png, which is not in the"
        + " site; add the file or fix the link [image.not-found]");
  }

  @Test
  void aWrongWidthAndAWrongHeightAreEachReportedAtTheirValue() throws IOException {
    write("_people/ada.md", person("/assets/images/logo.png", 40, 40));
    write("_people/bob.md", person("/site/assets/images/logo.png", 50, 50));

    assertThat(problems(site)).containsExactly(
        "SITE/_people/ada.md:7:14: error: 'affiliation.images[0].width' is 40, but"
            + " assets/images/logo.png is 50 pixels wide (50x40); set width: 50"
            + " [image.size-mismatch]",
        "SITE/_people/bob.md:8:15: error: 'affiliation.images[0].height' is 50, but"
            + " assets/images/logo.png is 40 pixels high (50x40); set height: 40"
            + " [image.size-mismatch]");
  }

  @Test
  void aCorruptImageIsAnErrorAtItsUrlNotACrash() throws IOException {
    Files.write(site.resolve("assets/images/broken.png"), ImageBytes.corruptPng());
    write("_people/ada.md", person("/assets/images/broken.png", 50, 50));

    assertThat(problems(site)).containsExactly("SITE/_people/ada.md:6:12: error:"
        + " 'affiliation.images[0].url' names assets/images/broken.png, which is not a readable"
        + " image: the PNG header's checksum is wrong: the file is corrupt [image.unreadable]");
  }

  @Test
  void aLinkClimbingOutOfTheSiteIsNotFound() throws IOException {
    write("_people/ada.md", person("/../outside.png", 50, 50));

    assertThat(problems(site)).containsExactly("SITE/_people/ada.md:6:12: error:"
        + " 'affiliation.images[0].url' points outside the site: '/../outside.png' climbs above"
        + " its root folder [image.not-found]");
  }

  @Test
  void newsImagesAreCheckedWithTheNewsRules() throws IOException {
    write("_news/2020-09-23-x.md", Fixtures.NEWS.replace(
        "https://smartableai.github.io/assets/images/organizations/thenextweb.com-50x50.jpg",
        "https://example.github.io/site/assets/images/logo.png"));

    assertThat(problems(SiteValidator.builder().validator(Fixtures.validator()).build(), site))
        .containsExactly("SITE/_news/2020-09-23-x.md:19:15: error:"
            + " 'provider.images[0].height' is 50, but assets/images/logo.png is 40 pixels high"
            + " (50x40); set height: 40 [image.size-mismatch]");
  }

  @Test
  void aBrokenConfigIsOneProblemAtItsLineAndTheFilesAreStillChecked() throws IOException {
    Files.writeString(site.resolve("_config.yml"), "title: x\nexclude: [README.md\nurl: y\n");
    write("_people/ada.md", person("/assets/images/gone.png", 50, 40));

    assertThat(problems(site)).hasSize(2).satisfiesExactly(
        config -> assertThat(config).isEqualTo("SITE/_config.yml:2:10: error: the '[' that starts"
            + " the value of 'exclude' is never closed: if the value is text, put it in double"
            + " quotes; if it is a list, end it with ']' on line 2 [yaml.syntax]"),
        file -> assertThat(file).startsWith("SITE/_people/ada.md:6:12: error:"
            + " 'affiliation.images[0].url' names assets/images/gone.png"));
  }

  @Test
  void aConfigValueOfTheWrongTypeIsReportedAtIt() throws IOException {
    Files.writeString(site.resolve("_config.yml"), "url: https://example.github.io/site\n"
        + "exclude: README.md\n");
    write("about.md", "---\ntitle: About\n---\n");

    assertThat(problems(site)).containsExactly(
        "SITE/_config.yml:1:6: error: 'url' must be the site's address, scheme and host only,"
            + " such as https://example.github.io (a path goes in 'baseurl'), not"
            + " 'https://example.github.io/site' [site.config]",
        "SITE/_config.yml:2:10: error: 'exclude' must be a list of paths, one '- path' line"
            + " each; Jekyll stops on anything else [site.config]");
  }

  @Test
  void theConfigIsCheckedOnceAndNotCountedAsAFile() throws IOException {
    Files.writeString(site.resolve("_config.yml"), "url: [\n");
    write("a.md", "---\ntitle: a\n---\n");
    write("b.md", "---\ntitle: b\n---\n");

    SiteReport report = SiteValidator.builder().build().validate(List.of(site));

    assertThat(report.files()).isEqualTo(2);
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.problems()).extracting(Problem::sourceName)
        .containsExactly(site.resolve("_config.yml").toString());
  }

  @Test
  void aConfigsBytesAreCheckedAsTheConfigIs() throws IOException {
    // Callers that read files themselves (the Spark job, build tools) hand every file of the
    // walk to check(Path, byte[]), the site's config among them.
    Path config = Files.writeString(site.resolve("_config.yml"), "url: [\n");
    SiteValidator validator = SiteValidator.builder().build();

    FileReport fromBytes = validator.check(config, Files.readAllBytes(config));

    assertThat(fromBytes).isEqualTo(validator.check(config));
    assertThat(fromBytes.role()).isEqualTo(FileReport.Role.SITE_CONFIG);
    assertThat(fromBytes.problems()).extracting(Problem::toString)
        .singleElement().asString().startsWith(config + ":1:6: error: the '[' that starts");
  }

  @Test
  void mergeKeysAndAnchorsAreReadInTheConfig() throws IOException {
    Files.writeString(site.resolve("_config.yml"), """
        common: &common
          url: https://example.github.io
          baseurl: /site
        <<: *common
        """);
    write("_people/ada.md", person("https://example.github.io/site/assets/images/gone.png", 1,
        1));

    assertThat(problems(site)).singleElement().asString().contains("[image.not-found]");
  }

  @Test
  void excludedFoldersAndFilesAreNotWalked() throws IOException {
    write("drafts/_news/broken.md", "---\ntitle: [\n---\n");
    write("README.md", "---\ntitle: [\n---\n");
    write("_site/_news/broken.md", "---\ntitle: [\n---\n");
    write("vendor/bundle/gems/x/README.md", "---\ntitle: [\n---\n");
    write("posts/ok.md", "---\ntitle: ok\n---\n");

    SiteValidator validator = SiteValidator.builder().build();

    assertThat(validator.files(List.of(site)).files())
        .containsExactly(site.resolve("posts/ok.md"));
    assertThat(problems(validator, site)).isEmpty();
  }

  @Test
  void theSiteOfAFolderInsideItIsFoundAbove() throws IOException {
    Path people = write("_people/ada.md", person("/assets/images/gone.png", 50, 40)).getParent();
    write("drafts/x.md", "---\ntitle: [\n---\n");

    assertThat(problems(people)).singleElement().asString().contains("[image.not-found]");
  }

  @Test
  void aFileOutsideAnySiteIsCheckedAsBefore(@TempDir Path elsewhere) throws IOException {
    Path file = Files.writeString(elsewhere.resolve("ada.md"),
        person("/assets/images/gone.png", 50, 40));

    assertThat(problems(elsewhere)).isEmpty();
    assertThat(SiteValidator.builder().build().check(file).problems()).isEmpty();
  }

  @Test
  void aSiteGivenByNameAppliesToFilesOutsideIt(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("ada.md"), person("/assets/images/logo.png", 50, 50));

    assertThat(problems(SiteValidator.builder().site(site).build(), elsewhere)).singleElement()
        .asString().contains("is 40 pixels high (50x40); set height: 40 [image.size-mismatch]");
  }

  @Test
  void markdownWithoutFrontMatterOutsideTheKindsFoldersIsNotContent() throws IOException {
    write("LICENSE.md", "MIT License\n");
    write("CODE_OF_CONDUCT.md", "");
    write("docs/guide.md", "# Guide\n");
    write("about.md", "---\n---\nAbout us.\n");

    List<FileReport> reports = new ArrayList<>();
    SiteReport report = SiteValidator.builder().build().validate(List.of(site), reports::add);

    assertThat(report.errors()).isZero();
    assertThat(report.files()).isEqualTo(4);
    assertThat(report.notContent()).isEqualTo(3);
    assertThat(report.toString())
        .isEqualTo("4 files: 1 content, 3 without front matter, 0 errors, 0 warnings");
    assertThat(reports).extracting(FileReport::role).containsExactly(Role.NOT_CONTENT,
        Role.NOT_CONTENT, Role.SITE_CONFIG, Role.CONTENT, Role.NOT_CONTENT);
  }

  @Test
  void inAKindsFolderOrWithAKindFrontMatterIsRequired() throws IOException {
    write("_people/ada.md", "Ada\n");
    write("notes.md", "Notes\n");

    List<String> byFolder = problems(site);
    List<String> byKind = problems(SiteValidator.builder().kind(Kind.NEWS).build(), site);
    List<String> required = problems(SiteValidator.builder().requireFrontMatter(true).build(),
        site);

    String missing = ":1:1: error: no front matter: the file must start with a '---' line"
        + " [frontmatter.missing]";
    assertThat(byFolder).containsExactly("SITE/_people/ada.md" + missing);
    assertThat(byKind).containsExactly("SITE/_people/ada.md" + missing, "SITE/notes.md" + missing);
    assertThat(required).isEqualTo(byKind);
  }

  @Test
  void anEmptyFrontMatterIsAValidPageUnlessItsKindRequiresKeys() throws IOException {
    write("about.md", "---\n---\nAbout us.\n");
    write("_news/2020-09-23-x.md", "---\n---\n");

    List<String> problems = problems(site);

    assertThat(problems).isNotEmpty().allSatisfy(line -> assertThat(line)
        .startsWith("SITE/_news/2020-09-23-x.md:2:1: error: a news article needs '")
        .endsWith("[schema.required]"));
  }

  @Test
  void collectionItemsAreLookedUpWhereTheBuilderSays() throws IOException {
    Path collection = write("_learning/collections/first-steps.md", """
        ---
        title: "First steps"
        excerpt: "Start here"
        type: collection
        heat: 50
        items:
          - videos/on-disk
          - videos/listed
        topics:
          - Power Apps
        ---
        """);
    write("_learning/videos/on-disk.md", "---\n---\n");
    String listed = site.resolve("_learning/videos/listed.md").toString();
    String notFound = "SITE/_learning/collections/first-steps.md:%d:5: error: 'items[%d]' names no"
        + " file of this site: there is no _learning/videos/%s.md; write a folder and a file name"
        + " such as videos/my-video, or remove the item [collection.item-not-found]";

    List<String> onDisk = problems(SiteValidator.builder().build(), collection);
    List<String> amongListed = problems(SiteValidator.builder()
        .collectionItems(CollectionItems.among(List.of(listed))).build(), collection);

    assertThat(onDisk).containsExactly(notFound.formatted(8, 1, "listed"));
    assertThat(amongListed).containsExactly(notFound.formatted(7, 0, "on-disk"));
  }
}
