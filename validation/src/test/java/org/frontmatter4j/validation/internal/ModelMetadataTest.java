package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontmatter4j.model.Course;
import org.frontmatter4j.model.Event;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Person;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.model.TwitterAccount;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate Validator knows of the model: every mapped accessor is a constrained property
 * named like its YAML key. With the default getter strategy this set would be empty and every
 * constraint silently ignored.
 */
class ModelMetadataTest {
  private final Validator validator = ValidatorBootstrap.factory().getValidator();

  @Test
  void newsArticle() {
    BeanDescriptor bean = validator.getConstraintsForClass(NewsArticle.class);

    assertThat(properties(bean)).containsExactlyInAnyOrder("title", "excerpt",
        "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl", "cdnAmpWebUrl", "quality",
        "heat", "provider", "topics", "images", "related", "secured");
    assertThat(classConstraints(bean)).containsExactly("AmpCacheMatch");
  }

  @Test
  void provider() {
    assertThat(properties(validator.getConstraintsForClass(Provider.class)))
        .containsExactlyInAnyOrder("name", "domain", "images", "authors", "publishers");
  }

  @Test
  void image() {
    BeanDescriptor bean = validator.getConstraintsForClass(Image.class);

    assertThat(properties(bean)).containsExactlyInAnyOrder("url", "title");
    assertThat(classConstraints(bean)).containsExactly("ImageDimensions");
  }

  @Test
  void relatedArticle() {
    BeanDescriptor bean = validator.getConstraintsForClass(RelatedArticle.class);

    assertThat(properties(bean)).containsExactlyInAnyOrder("title", "excerpt",
        "publishedDateTime", "webUrl", "ampWebUrl", "cdnAmpWebUrl", "provider", "quality", "images");
    assertThat(classConstraints(bean)).containsExactly("AmpCacheMatch");
  }

  @Test
  void everyKindGetsTheRulesOfItsKeys() {
    assertThat(properties(validator.getConstraintsForClass(Person.class)))
        .containsExactlyInAnyOrder("name", "bio", "heat", "affiliation", "website", "twitter",
            "linkedin", "googleScholar", "wikipedia", "topics", "images", "secured");
    assertThat(properties(validator.getConstraintsForClass(Course.class)))
        .containsExactlyInAnyOrder("title", "excerpt", "webUrl", "length", "ratings", "heat",
            "provider", "levels", "topics", "tags", "images", "secured");
    assertThat(properties(validator.getConstraintsForClass(TwitterAccount.class)))
        .containsExactlyInAnyOrder("url", "followers");
    BeanDescriptor event = validator.getConstraintsForClass(Event.class);
    assertThat(classConstraints(event)).containsExactly("EventDates");
    assertThat(properties(event)).containsExactlyInAnyOrder("name", "excerpt", "originalUrl",
        "website", "provider", "topics", "tags", "images", "secured");
  }

  @Test
  void theImplementationClassesInheritTheConstraints() {
    NewsArticle article = NewsArticle.builder().category("news").title("t").excerpt("e")
        .publishedDateTime(java.time.OffsetDateTime.parse("2020-09-23T16:53:00Z"))
        .webUrl("https://example.com/").type("article")
        .provider(Provider.builder().name("n").domain("example.com").build()).addTopics("AI")
        .build();

    assertThat(properties(validator.getConstraintsForClass(article.getClass())))
        .isEqualTo(properties(validator.getConstraintsForClass(NewsArticle.class)));
  }

  private static Set<String> properties(BeanDescriptor bean) {
    return bean.getConstrainedProperties().stream().map(PropertyDescriptor::getPropertyName)
        .collect(Collectors.toSet());
  }

  private static Set<String> classConstraints(ElementDescriptor bean) {
    return bean.getConstraintDescriptors().stream()
        .map(d -> d.getAnnotation().annotationType().getSimpleName()).collect(Collectors.toSet());
  }
}
