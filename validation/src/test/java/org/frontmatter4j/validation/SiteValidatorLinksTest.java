package org.frontmatter4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content files that are links to nothing are reported as warnings, not left out unsaid. */
class SiteValidatorLinksTest {
  private static final String PAGE = "---\ntitle: About\n---\nText.\n";

  @TempDir
  Path dir;

  @Test
  void aLinkToAMissingFileIsAWarningAndTheOthersAreChecked() throws Exception {
    Files.writeString(dir.resolve("ok.md"), PAGE);
    Path dangling = Files.createSymbolicLink(dir.resolve("moved.md"), Path.of("gone.md"));

    SiteReport report = SiteValidator.builder().build().validate(List.of(dir));

    assertThat(report.problems()).extracting(Problem::toString).containsExactly(dangling
        + ":1:1: warning: symbolic link to 'gone.md', which does not exist; the file is not"
        + " checked: fix the link or remove it [site.dangling-link]");
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.warnings()).isEqualTo(1);
    assertThat(report.errors()).isZero();
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void linksThatLeadToEachOtherAreWarningsToo() throws Exception {
    Path a = Files.createSymbolicLink(dir.resolve("a.md"), Path.of("b.md"));
    Path b = Files.createSymbolicLink(dir.resolve("b.md"), Path.of("a.md"));

    SiteReport report = SiteValidator.builder().build().validate(List.of(dir));

    assertThat(report.problems()).extracting(Problem::toString).containsExactly(
        a + ":1:1: warning: symbolic link to 'b.md', which leads back to itself (a link loop); the"
            + " file is not checked: fix the link or remove it"
            + " [site.dangling-link]",
        b + ":1:1: warning: symbolic link to 'a.md', which leads back to itself (a link loop); the"
            + " file is not checked: fix the link or remove it"
            + " [site.dangling-link]");
    assertThat(report.warnings()).isEqualTo(2);
    assertThat(report.failsAt(org.frontmatter4j.Severity.ERROR)).isFalse();
  }

  @Test
  void aLinkToAnExcludedNameIsNotReported() throws Exception {
    Files.createSymbolicLink(dir.resolve("notes.txt"), Path.of("gone.txt"));

    SiteReport report = SiteValidator.builder().build().validate(List.of(dir));

    assertThat(report.files()).isZero();
    assertThat(report.problems()).isEmpty();
  }
}
