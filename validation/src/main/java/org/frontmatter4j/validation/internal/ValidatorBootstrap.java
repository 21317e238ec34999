package org.frontmatter4j.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one validator factory of the process, built on first use: bootstrapping Hibernate
 * Validator takes about half a second, which parsing alone must never pay.
 *
 * <p>Messages are interpolated by {@link ParameterMessageInterpolator}, without Expression
 * Language, for three reasons. Messages quote untrusted content, and Expression Language
 * evaluation of message templates is the source of Bean Validation's known injection bugs; our
 * messages need only parameters, never expressions; and an EL implementation (Expressly and the
 * EL API) would add two dependencies and slow the bootstrap down.
 */
public final class ValidatorBootstrap {
  /**
   * Hibernate Validator announces its version at INFO level through JBoss Logging, which by
   * default prints it on standard error through java.util.logging: noise in a command-line
   * tool's output. Held in a field because java.util.logging forgets the level of a logger that
   * is garbage collected.
   */
  private static final Logger VERSION_LOGGER =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private ValidatorBootstrap() {}

  /** Initialization-on-demand holder: the JVM builds the factory once, thread-safely. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = create();
  }

  /** The shared factory, built now if it was not yet. */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /** The one warm-up of the process, once started. */
  private static CompletableFuture<Void> warmUp;

  /**
   * Builds the shared factory on a background thread, then validates a sample article so that
   * the model's metadata, built on first validation and as costly as the bootstrap, is ready too.
   * Only the first call starts it; later calls return the same future. (Each call used to start
   * one more: two warm-ups and the workers then built the same metadata at once.)
   */
  public static synchronized CompletableFuture<Void> warmUpAsync() {
    if (warmUp == null) {
      warmUp = CompletableFuture.runAsync(() -> factory().getValidator().validate(sample()));
    }
    return warmUp;
  }

  /**
   * Waits for a started warm-up to finish, so that the caller's first validation finds the
   * model's metadata built instead of building it a second time alongside the warm-up: on a
   * small machine that doubles the work before the first file. Returns at once when no warm-up
   * was started; a failed warm-up is left for {@link #factory()} to report.
   */
  public static void awaitWarmUp() {
    CompletableFuture<Void> started;
    synchronized (ValidatorBootstrap.class) {
      started = warmUp;
    }
    if (started != null) {
      try {
        started.join();
      } catch (RuntimeException failed) {
        // factory() throws the bootstrap's own error when it is called.
      }
    }
  }

  /** An article with one of each nested type. */
  private static NewsArticle sample() {
    Image image = Image.builder().url("https://example.com/a.png").width(1).height(1).build();
    Provider provider = Provider.builder().name("Example").domain("example.com")
        .addImages(image).build();
    return NewsArticle.builder().category("news").title("Sample").excerpt("Sample")
        .publishedDateTime(OffsetDateTime.parse("2020-01-01T00:00:00Z"))
        .webUrl("https://example.com/").type("article").provider(provider).addTopics("Sample")
        .addImages(image)
        .addRelated(RelatedArticle.builder().title("Sample").webUrl("https://example.com/")
            .provider(provider).addImages(image).build())
        .build();
  }

  private static ValidatorFactory create() {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(Level.WARNING);
    }
    HibernateValidatorConfiguration configuration = Validation
        .byProvider(HibernateValidator.class)
        // Resolve the provider directly rather than through the ServiceLoader: faster, and
        // independent of how the module path was laid out.
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        // The defaults of a content validator, here so that one with the defaults can use the
        // factory's own validator: see ContentValidator#validator().
        .clockProvider(Clock::systemUTC)
        .constraintValidatorPayload(Limits.DEFAULTS)
        // Must come before createConstraintMapping(), which resolves getters with it.
        .getterPropertySelectionStrategy(new RecordStyleGetters());
    ConstraintMapping mapping = configuration.createConstraintMapping();
    ModelConstraints.declare(mapping);
    return configuration.addMapping(mapping).buildValidatorFactory();
  }
}
