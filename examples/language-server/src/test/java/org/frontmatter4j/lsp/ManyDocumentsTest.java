package org.frontmatter4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.frontmatter4j.validation.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thousand open documents cost their text: the server keeps no parsed tree of any. */
class ManyDocumentsTest {
  @TempDir
  Path dir;

  @Test
  void aThousandOpenDocumentsKeepMemoryBounded() throws Exception {
    FrontMatterLanguageServer server =
        new FrontMatterLanguageServer(SiteValidator.builder().threads(1), 0);
    try (Session session = new Session(server)) {
      long before = usedAfterGc();
      Set<String> uris = new HashSet<>();
      for (int i = 0; i < 1_000; i++) {
        String uri = dir.resolve("_news").resolve("2021-05-13-article-" + i + ".md").toUri()
            .toString();
        uris.add(uri);
        session.open(uri, LanguageServerTest.NEWS.replace("Body.", "Body " + i + "."));
      }
      Set<String> validated = new HashSet<>();
      while (validated.size() < uris.size()) {
        PublishDiagnosticsParams published = session.published.take();
        assertThat(published.getDiagnostics()).isEmpty();
        validated.add(published.getUri());
      }
      long retained = usedAfterGc() - before;

      assertThat(server.documents().documents()).hasSize(1_000);
      // 1,000 files of 0.5 KB: their text is about 1 MB; parsed trees would be many times that.
      assertThat(retained).as("bytes retained by 1,000 open documents: %,d", retained)
          .isLessThan(16L << 20);

      uris.forEach(session::close);
      for (int i = 0; i < uris.size(); i++) {
        session.published.take();
      }
      assertThat(server.documents().documents()).isEmpty();
      assertThat(session.shutdownAndExit()).isZero();
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
