package org.frontmatter4j.validation.internal;

import java.lang.annotation.Annotation;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.validation.AmpCacheMatch;
import org.frontmatter4j.validation.ContentSeverity;
import org.frontmatter4j.validation.DisplayText;
import org.frontmatter4j.validation.DomainName;
import org.frontmatter4j.validation.HeatScore;
import org.frontmatter4j.validation.ImageDimensions;
import org.frontmatter4j.validation.PublicationDate;
import org.frontmatter4j.validation.QualityScore;
import org.frontmatter4j.validation.SecuredSignature;
import org.frontmatter4j.validation.TopicList;
import org.frontmatter4j.validation.WebUrl;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * The constraints of the core model, declared here through Hibernate Validator's programmatic
 * API so that the core module needs no validation dependency. Optional values and list items are
 * constrained as container elements; {@code OptionalInt} scores are unwrapped by Hibernate
 * Validator's built-in value extractor.
 */
final class ModelConstraints {
  private ModelConstraints() {}

  static void declare(ConstraintMapping mapping) {
    mapping.type(NewsArticle.class)
        .constraint(def(AmpCacheMatch.class))
        .getter("title").constraint(def(DisplayText.class))
        .getter("excerpt").constraint(def(DisplayText.class))
        .getter("publishedDateTime").constraint(def(PublicationDate.class))
        .getter("originalUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("webUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("ampWebUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("cdnAmpWebUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("quality").constraint(warning(QualityScore.class))
        .getter("heat").constraint(warning(HeatScore.class))
        .getter("provider").valid()
        .getter("topics").constraint(def(TopicList.class))
            .containerElementType().constraint(def(DisplayText.class))
        .getter("images").containerElementType().valid()
        .getter("related").containerElementType().valid()
        .getter("secured").containerElementType().constraint(def(SecuredSignature.class));
    mapping.type(Provider.class)
        .getter("name").constraint(def(DisplayText.class))
        .getter("domain").constraint(def(DomainName.class))
        .getter("images").containerElementType().valid();
    mapping.type(Image.class)
        .constraint(def(ImageDimensions.class))
        .getter("url").constraint(def(WebUrl.class).param("allowSiteRelative", true))
        .getter("title").containerElementType().constraint(def(DisplayText.class));
    mapping.type(RelatedArticle.class)
        .constraint(def(AmpCacheMatch.class))
        .getter("title").constraint(def(DisplayText.class))
        .getter("excerpt").containerElementType().constraint(def(DisplayText.class))
        .getter("publishedDateTime").containerElementType().constraint(def(PublicationDate.class))
        .getter("webUrl").constraint(def(WebUrl.class))
        .getter("ampWebUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("cdnAmpWebUrl").containerElementType().constraint(def(WebUrl.class))
        .getter("provider").containerElementType().valid()
        .getter("quality").constraint(warning(QualityScore.class))
        .getter("images").containerElementType().valid();
  }

  /** Implausible scores are the tool's bug, not the author's: the content is still usable. */
  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) is a generic varargs API
  private static <A extends Annotation> GenericConstraintDef<A> warning(Class<A> type) {
    return def(type).payload(ContentSeverity.Warning.class);
  }

  private static <A extends Annotation> GenericConstraintDef<A> def(Class<A> type) {
    return new GenericConstraintDef<>(type);
  }
}
