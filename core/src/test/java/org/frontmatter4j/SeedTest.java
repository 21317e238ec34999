package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.RelatedArticle;
import org.junit.jupiter.api.Test;

/** The seed document binds with every field as written. */
class SeedTest {
  static final Path SEED = Path.of("..", "seeds", "_news",
      "2020-09-23-facebook-removes-chinese-network-of-fake-accounts-that-used-ai-generated-faces.md");

  @Test
  void seedBindsWithEveryFieldByValue() throws Exception {
    NewsArticle article = ContentReader.builder().build().readNews(SEED);

    assertThat(article.category()).isEqualTo("news");
    assertThat(article.title())
        .isEqualTo("Facebook removes Chinese network of fake accounts that used AI-generated faces");
    assertThat(article.excerpt()).startsWith("The operation reportedly used AI-generated")
        .endsWith("South China Sea.").hasSize(148);
    assertThat(article.publishedDateTime()).isEqualTo(OffsetDateTime.parse("2020-09-23T16:53:00Z"));
    String url = "https://thenextweb.com/neural/2020/09/23/facebook-removes-chinese-network-of-fake"
        + "-accounts-that-used-ai-generated-faces/";
    assertThat(article.originalUrl()).contains(url);
    assertThat(article.webUrl()).contains(url);
    assertThat(article.ampWebUrl()).contains(url + "amp/");
    assertThat(article.cdnAmpWebUrl()).contains("https://thenextweb-com.cdn.ampproject.org/c/s/"
        + "thenextweb.com/neural/2020/09/23/facebook-removes-chinese-network-of-fake-accounts-that"
        + "-used-ai-generated-faces/amp/");
    assertThat(article.type()).isEqualTo("article");
    assertThat(article.quality()).isEqualTo(OptionalInt.of(87));
    assertThat(article.heat()).isEqualTo(OptionalInt.of(107));
    assertThat(article.published()).contains(true);
    assertThat(article.featuredContent()).isEmpty();
    assertThat(article.provider().name()).isEqualTo("The Next Web");
    assertThat(article.provider().domain()).isEqualTo("thenextweb.com");
    assertThat(article.provider().images()).containsExactly(Image.builder()
        .url("https://smartableai.github.io/artificial-intelligence/assets/images/organizations/"
            + "thenextweb.com-50x50.jpg")
        .width(50).height(50).build());
    assertThat(article.topics()).containsExactly("Machine Learning", "AI", "Facebook AI");
    assertThat(article.images()).containsExactly(Image.builder()
        .url("https://cdn0.tnwcdn.com/wp-content/blogs.dir/1/files/2020/07/Untitled-design-92-796x417.png")
        .width(796).height(417).isCached(true).build());
    assertThat(article.related()).hasSize(2);
    RelatedArticle first = article.related().get(0);
    assertThat(first.title()).isEqualTo("Machine Learning Answers: Facebook Stock Is Down 20% In A"
        + " Month, What Are The Chances It\u2019ll Rebound?");
    assertThat(first.publishedDateTime()).contains(OffsetDateTime.parse("2020-09-24T10:52:00Z"));
    assertThat(first.webUrl()).startsWith("https://www.nasdaq.com/articles/machine-learning-answers%3A");
    assertThat(first.ampWebUrl()).hasValueSatisfying(v -> assertThat(v).endsWith("?amp"));
    assertThat(first.provider().map(p -> p.name() + "/" + p.domain())).contains("Nasdaq/nasdaq.com");
    assertThat(first.quality()).isEqualTo(OptionalInt.of(54));
    assertThat(first.images()).isEmpty();
    RelatedArticle second = article.related().get(1);
    assertThat(second.title()).isEqualTo("Start Using Facebook Messenger Bots For Your Business");
    assertThat(second.ampWebUrl()).isEmpty();
    assertThat(second.quality()).isEqualTo(OptionalInt.of(24));
    assertThat(second.images()).extracting(Image::width, Image::height, Image::isCached)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(800, 533, Optional.of(true)));
    assertThat(article.secured()).hasValueSatisfying(s -> assertThat(s)
        .startsWith("+5Vd0+veANDIR+9KGup1Ni7uSe7Z").endsWith(";tOi3j35l9coV0rDyJGrLzQ=="));
    assertThat(article.body()).isEqualTo("\n");
    assertThat(article.extra()).isEmpty();
  }

  @Test
  void seedIsByteForByteTheSharedSeed() throws Exception {
    Path shared = Path.of("..", "..", "shared", "seeds", "000_2b530dd3ad88a63d.txt");
    if (Files.exists(shared)) {
      assertThat(Files.readAllBytes(SEED)).isEqualTo(Files.readAllBytes(shared));
    }
    assertThat(List.of(Files.readString(SEED).split("\n"))).hasSize(62);
  }
}
