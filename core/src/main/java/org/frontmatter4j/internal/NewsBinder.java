package org.frontmatter4j.internal;

import java.util.List;
import java.util.Optional;
import org.frontmatter4j.BindResult;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;

/** Binds a document's front matter to a {@link NewsArticle}. */
public final class NewsBinder extends Binder {
  private static final List<Field<NewsArticle.Builder>> NEWS = List.of(
      new Field<>("category", true, (b, m, v) -> b.string(v).ifPresent(m::category)),
      new Field<>("title", true, (b, m, v) -> b.string(v).ifPresent(m::title)),
      new Field<>("excerpt", true, (b, m, v) -> b.string(v).ifPresent(m::excerpt)),
      new Field<>("publishedDateTime", true,
          (b, m, v) -> b.dateTime(v).ifPresent(m::publishedDateTime)),
      new Field<>("originalUrl", false, (b, m, v) -> b.string(v).ifPresent(m::originalUrl)),
      new Field<>("webUrl", false, (b, m, v) -> b.string(v).ifPresent(m::webUrl)),
      new Field<>("ampWebUrl", false, (b, m, v) -> b.string(v).ifPresent(m::ampWebUrl)),
      new Field<>("cdnAmpWebUrl", false, (b, m, v) -> b.string(v).ifPresent(m::cdnAmpWebUrl)),
      new Field<>("type", true, (b, m, v) -> b.string(v).ifPresent(m::type)),
      new Field<>("quality", false, (b, m, v) -> b.integer(v).ifPresent(m::quality)),
      new Field<>("heat", false, (b, m, v) -> b.integer(v).ifPresent(m::heat)),
      new Field<>("published", false, (b, m, v) -> b.bool(v).ifPresent(m::published)),
      new Field<>("featuredContent", false,
          (b, m, v) -> b.string(v).ifPresent(m::featuredContent)),
      new Field<>("provider", true, (b, m, v) -> provider(b, v).ifPresent(m::provider)),
      new Field<>("topics", true,
          (b, m, v) -> b.list(v, (item, i) -> b.string(item)).ifPresent(m::addAllTopics)),
      new Field<>("images", false,
          (b, m, v) -> b.list(v, (item, i) -> image(b, item)).ifPresent(m::addAllImages)),
      new Field<>("related", false,
          (b, m, v) -> b.list(v, (item, i) -> related(b, item)).ifPresent(m::addAllRelated)),
      new Field<>("secured", false, (b, m, v) -> b.string(v).ifPresent(m::secured)));

  private static final List<Field<Provider.Builder>> PROVIDER = List.of(
      new Field<>("name", true, (b, m, v) -> b.string(v).ifPresent(m::name)),
      new Field<>("domain", true, (b, m, v) -> b.string(v).ifPresent(m::domain)),
      new Field<>("images", false,
          (b, m, v) -> b.list(v, (item, i) -> image(b, item)).ifPresent(m::addAllImages)));

  private static final List<Field<Image.Builder>> IMAGE = List.of(
      new Field<>("url", true, (b, m, v) -> b.string(v).ifPresent(m::url)),
      new Field<>("width", true, (b, m, v) -> b.integer(v).ifPresent(m::width)),
      new Field<>("height", true, (b, m, v) -> b.integer(v).ifPresent(m::height)),
      new Field<>("isCached", false, (b, m, v) -> b.bool(v).ifPresent(m::isCached)),
      new Field<>("title", false, (b, m, v) -> b.string(v).ifPresent(m::title)));

  private static final List<Field<RelatedArticle.Builder>> RELATED = List.of(
      new Field<>("title", true, (b, m, v) -> b.string(v).ifPresent(m::title)),
      new Field<>("excerpt", false, (b, m, v) -> b.string(v).ifPresent(m::excerpt)),
      new Field<>("publishedDateTime", false,
          (b, m, v) -> b.dateTime(v).ifPresent(m::publishedDateTime)),
      new Field<>("webUrl", true, (b, m, v) -> b.string(v).ifPresent(m::webUrl)),
      new Field<>("ampWebUrl", false, (b, m, v) -> b.string(v).ifPresent(m::ampWebUrl)),
      new Field<>("cdnAmpWebUrl", false, (b, m, v) -> b.string(v).ifPresent(m::cdnAmpWebUrl)),
      new Field<>("type", false, (b, m, v) -> b.string(v).ifPresent(m::type)),
      new Field<>("provider", false, (b, m, v) -> provider(b, v).ifPresent(m::provider)),
      new Field<>("quality", false, (b, m, v) -> b.integer(v).ifPresent(m::quality)),
      new Field<>("images", false,
          (b, m, v) -> b.list(v, (item, i) -> image(b, item)).ifPresent(m::addAllImages)));

  public NewsBinder(FrontMatterDocument document, boolean lenient) {
    super(document, lenient);
  }

  /** Binds the whole document; never throws for content problems. */
  public BindResult<NewsArticle> bind() {
    NewsArticle.Builder builder = NewsArticle.builder();
    mapping(document().frontMatter(), Value.root(document().frontMatter()), "a news article", NEWS,
        builder, (m, entry) -> m.putExtra(entry.name(), entry.value()));
    if (hasErrors()) {
      return BindResult.of(null, problems());
    }
    if (!document().frontMatter().entry("originalUrl").isPresent()
        && !document().frontMatter().entry("webUrl").isPresent()) {
      report(document().frontMatter(), "webUrl", Rules.REQUIRED, org.frontmatter4j.Severity.ERROR,
          "a news article needs 'originalUrl' or 'webUrl'; add one of them");
      return BindResult.of(null, problems());
    }
    return BindResult.of(builder.body(document().body()).build(), problems());
  }

  private static Optional<Provider> provider(Binder binder, Value value) {
    return binder.object(value, "a provider").flatMap(mapping -> {
      int errors = binder.errorCount();
      Provider.Builder builder = Provider.builder();
      binder.mapping(mapping, value, "a provider", PROVIDER, builder,
          (m, entry) -> m.putExtra(entry.name(), entry.value()));
      return binder.buildIf(errors, builder::build);
    });
  }

  private static Optional<Image> image(Binder binder, Value value) {
    return binder.object(value, "an image").flatMap(mapping -> {
      int errors = binder.errorCount();
      Image.Builder builder = Image.builder();
      binder.mapping(mapping, value, "an image", IMAGE, builder,
          (m, entry) -> m.putExtra(entry.name(), entry.value()));
      return binder.buildIf(errors, builder::build);
    });
  }

  private static Optional<RelatedArticle> related(Binder binder, Value value) {
    return binder.object(value, "a related article").flatMap(mapping -> {
      int errors = binder.errorCount();
      RelatedArticle.Builder builder = RelatedArticle.builder();
      binder.mapping(mapping, value, "a related article", RELATED, builder,
          (m, entry) -> m.putExtra(entry.name(), entry.value()));
      return binder.buildIf(errors, builder::build);
    });
  }
}
