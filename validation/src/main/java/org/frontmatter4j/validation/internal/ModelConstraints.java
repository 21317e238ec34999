package org.frontmatter4j.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Event;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.LearningCollection;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.validation.AmpCacheMatch;
import org.frontmatter4j.validation.ContentSeverity;
import org.frontmatter4j.validation.DisplayText;
import org.frontmatter4j.validation.DomainName;
import org.frontmatter4j.validation.EventDates;
import org.frontmatter4j.validation.HeatScore;
import org.frontmatter4j.validation.ImageDimensions;
import org.frontmatter4j.validation.IsoDuration;
import org.frontmatter4j.validation.NonNegativeCount;
import org.frontmatter4j.validation.PublicationDate;
import org.frontmatter4j.validation.QualityScore;
import org.frontmatter4j.validation.RatingAverage;
import org.frontmatter4j.validation.SecuredSignature;
import org.frontmatter4j.validation.TopicList;
import org.frontmatter4j.validation.WebUrl;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * The constraints of the core model, declared here through Hibernate Validator's programmatic
 * API so that the core module needs no validation dependency.
 *
 * <p>Smartable names a key for what it holds, in every kind alike: a {@code title} is display
 * text, a {@code webUrl} a link, a {@code domain} a host name, {@code followers} a count. So the
 * rules are one table by key name, applied to every model of every {@link Kind} and to every
 * model type nested in them; a new kind or a new nested type gets its rules without a line here.
 * Optional values and list items are constrained as container elements; {@code OptionalInt}
 * scores are unwrapped by Hibernate Validator's built-in value extractor.
 */
final class ModelConstraints {
  private ModelConstraints() {}

  /** The constraint of a value, or of each element of an Optional or a List, by key name. */
  private static final Map<String, Class<? extends Annotation>> BY_KEY = Map.ofEntries(
      Map.entry("title", DisplayText.class),
      Map.entry("excerpt", DisplayText.class),
      Map.entry("name", DisplayText.class),
      Map.entry("bio", DisplayText.class),
      Map.entry("attribution", DisplayText.class),
      Map.entry("topics", DisplayText.class),
      Map.entry("levels", DisplayText.class),
      Map.entry("tags", DisplayText.class),
      Map.entry("url", WebUrl.class),
      Map.entry("webUrl", WebUrl.class),
      Map.entry("originalUrl", WebUrl.class),
      Map.entry("ampWebUrl", WebUrl.class),
      Map.entry("cdnAmpWebUrl", WebUrl.class),
      Map.entry("website", WebUrl.class),
      Map.entry("domain", DomainName.class),
      Map.entry("publishedDateTime", PublicationDate.class),
      Map.entry("length", IsoDuration.class),
      Map.entry("secured", SecuredSignature.class),
      Map.entry("followers", NonNegativeCount.class),
      Map.entry("members", NonNegativeCount.class),
      Map.entry("citations", NonNegativeCount.class),
      Map.entry("count", NonNegativeCount.class),
      Map.entry("average", RatingAverage.class),
      Map.entry("heat", HeatScore.class),
      Map.entry("quality", QualityScore.class));

  /** Implausible scores are the tool's bug, not the author's: the content is still usable. */
  private static final Set<String> WARNINGS = Set.of("heat", "quality");

  /** The constraint on a whole list, by key name. */
  private static final Map<String, Class<? extends Annotation>> ON_LIST_BY_KEY =
      Map.of("topics", TopicList.class);

  /** The constraint on a whole model, by type. */
  private static final Map<Class<?>, Class<? extends Annotation>> ON_TYPE = Map.of(
      NewsArticle.class, AmpCacheMatch.class,
      RelatedArticle.class, AmpCacheMatch.class,
      Image.class, ImageDimensions.class,
      Event.class, EventDates.class);

  static void declare(ConstraintMapping mapping) {
    for (Class<?> type : modelTypes()) {
      declare(mapping, type);
    }
  }

  /** Every kind's model, then the model types nested in them, each once. */
  static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    for (Kind kind : Kind.values()) {
      pending.add(kind.type());
    }
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove();
      if (types.add(type)) {
        for (Method accessor : accessors(type)) {
          Class<?> nested = valueClass(accessor.getGenericReturnType());
          if (isModel(nested)) {
            pending.add(nested);
          }
        }
      }
    }
    return types;
  }

  private static <T> void declare(ConstraintMapping mapping, Class<T> type) {
    TypeConstraintMappingContext<T> context = mapping.type(type);
    if (ON_TYPE.containsKey(type)) {
      context.constraint(def(ON_TYPE.get(type)));
    }
    for (Method accessor : accessors(type)) {
      String key = accessor.getName();
      Type returned = accessor.getGenericReturnType();
      boolean nested = isModel(valueClass(returned));
      if (!nested && !BY_KEY.containsKey(key)) {
        continue;
      }
      PropertyConstraintMappingContext property = context.getter(key);
      if (ON_LIST_BY_KEY.containsKey(key)) {
        property.constraint(def(ON_LIST_BY_KEY.get(key)));
      }
      if (isContainer(returned)) {
        var element = property.containerElementType();
        if (BY_KEY.containsKey(key)) {
          element.constraint(constraint(type, key));
        }
        if (nested) {
          element.valid();
        }
      } else {
        if (BY_KEY.containsKey(key)) {
          property.constraint(constraint(type, key));
        }
        if (nested) {
          property.valid();
        }
      }
    }
  }

  /**
   * The constraint of a key. Two keys differ by type: an image's {@code url} may be a site path
   * ({@code /assets/images/a.png}), and a collection made from a playlist without a description
   * has an empty {@code excerpt}.
   */
  private static ConstraintDef<?, ?> constraint(Class<?> type, String key) {
    GenericConstraintDef<?> constraint = def(BY_KEY.get(key));
    if (type == Image.class && key.equals("url")) {
      constraint.param("allowSiteRelative", true);
    }
    if (type == LearningCollection.class && key.equals("excerpt")) {
      constraint.param("allowEmpty", true);
    }
    return WARNINGS.contains(key) ? warning(constraint) : constraint;
  }

  /** The model's properties: its public abstract no-argument accessors, one per name. */
  private static List<Method> accessors(Class<?> type) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0 && Modifier.isAbstract(method.getModifiers())
          && method.getReturnType() != void.class) {
        byName.putIfAbsent(method.getName(), method);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static boolean isContainer(Type type) {
    return type instanceof ParameterizedType parameterized
        && (parameterized.getRawType() == Optional.class || parameterized.getRawType() == List.class);
  }

  /** The class of a value, or of the elements of an Optional or a List. */
  private static Class<?> valueClass(Type type) {
    if (isContainer(type)) {
      type = ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    if (type instanceof ParameterizedType parameterized) {
      type = parameterized.getRawType();
    }
    return type instanceof Class<?> cls ? cls : Object.class;
  }

  /** A type of the core model (not a kind's supertype {@link Content}). */
  private static boolean isModel(Class<?> type) {
    return type.isInterface() && type != Content.class
        && type.getPackageName().equals(Content.class.getPackageName());
  }

  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) is a generic varargs API
  private static GenericConstraintDef<?> warning(GenericConstraintDef<?> constraint) {
    return constraint.payload(ContentSeverity.Warning.class);
  }

  private static <A extends Annotation> GenericConstraintDef<A> def(Class<A> type) {
    return new GenericConstraintDef<>(type);
  }
}
