package org.frontmatter4j.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.frontmatter4j.model.Image;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.model.Provider;
import org.frontmatter4j.model.RelatedArticle;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/**
 * Smartable's canonical layout of each model, learnt from the real news files: the key order of
 * the generated files, which keys are double-quoted (titles, excerpts, URLs, embedded HTML,
 * signatures) and which plain (category, type, names, domains, topics), and the blank line that
 * precedes {@code featuredContent}, {@code secured} and every top-level block key.
 */
final class Layout {
  private Layout() {}

  /** What a property holds and how it is written. */
  sealed interface Kind {}

  /** A string, always quoted or plain when safe. */
  record Text(Out.Form form) implements Kind {}

  /** An {@code int}, written plain. */
  record Int() implements Kind {}

  /** A boolean, written plain. */
  record Bool() implements Kind {}

  /** A date-time, written plain as {@code 2020-09-23T16:53:00Z}. */
  record Date() implements Kind {}

  /** A nested model. */
  record Obj(Schema<?> schema) implements Kind {}

  /** A list of values of one kind. */
  record ListOf(Kind item) implements Kind {}

  /**
   * One property: its key, how to get its value from a model (null when absent, a list for
   * lists), and whether it is written even when empty.
   */
  record Prop<T>(String key, Function<T, Object> get, Kind kind, boolean required,
      boolean blankBefore) {}

  /** A model type's properties in canonical order, and its map of unknown keys. */
  record Schema<T>(Class<T> type, List<Prop<T>> props,
      Function<T, Map<String, YamlNode>> extra) {

    Object get(Prop<T> prop, Object model) {
      return prop.get().apply(type.cast(model));
    }

    Map<String, YamlNode> extra(Object model) {
      return extra.apply(type.cast(model));
    }

    Prop<T> prop(String key) {
      for (Prop<T> prop : props) {
        if (prop.key().equals(key)) {
          return prop;
        }
      }
      return null;
    }
  }

  private static final Text QUOTED = new Text(Out.Form.QUOTED);
  private static final Text PLAIN = new Text(Out.Form.PLAIN);

  static final Schema<Image> IMAGE = new Schema<>(Image.class, List.of(
      prop("url", Image::url, QUOTED),
      prop("width", Image::width, new Int()),
      prop("height", Image::height, new Int()),
      prop("isCached", i -> i.isCached().orElse(null), new Bool()),
      prop("title", i -> i.title().orElse(null), QUOTED)), Image::extra);

  static final Schema<Provider> PROVIDER = new Schema<>(Provider.class, List.of(
      prop("name", Provider::name, PLAIN),
      prop("domain", Provider::domain, PLAIN),
      prop("images", Provider::images, new ListOf(new Obj(IMAGE)))), Provider::extra);

  static final Schema<RelatedArticle> RELATED = new Schema<>(RelatedArticle.class, List.of(
      prop("title", RelatedArticle::title, QUOTED),
      prop("excerpt", r -> r.excerpt().orElse(null), QUOTED),
      prop("publishedDateTime", r -> r.publishedDateTime().orElse(null), new Date()),
      prop("webUrl", RelatedArticle::webUrl, QUOTED),
      prop("ampWebUrl", r -> r.ampWebUrl().orElse(null), QUOTED),
      prop("cdnAmpWebUrl", r -> r.cdnAmpWebUrl().orElse(null), QUOTED),
      prop("type", r -> r.type().orElse(null), PLAIN),
      prop("provider", r -> r.provider().orElse(null), new Obj(PROVIDER)),
      prop("quality", r -> boxed(r.quality()), new Int()),
      prop("images", RelatedArticle::images, new ListOf(new Obj(IMAGE)))),
      RelatedArticle::extra);

  static final Schema<NewsArticle> NEWS = new Schema<>(NewsArticle.class, List.of(
      prop("category", NewsArticle::category, PLAIN),
      prop("title", NewsArticle::title, QUOTED),
      prop("excerpt", NewsArticle::excerpt, QUOTED),
      prop("publishedDateTime", NewsArticle::publishedDateTime, new Date()),
      prop("originalUrl", n -> n.originalUrl().orElse(null), QUOTED),
      prop("webUrl", n -> n.webUrl().orElse(null), QUOTED),
      prop("ampWebUrl", n -> n.ampWebUrl().orElse(null), QUOTED),
      prop("cdnAmpWebUrl", n -> n.cdnAmpWebUrl().orElse(null), QUOTED),
      prop("type", NewsArticle::type, PLAIN),
      prop("quality", n -> boxed(n.quality()), new Int()),
      prop("heat", n -> boxed(n.heat()), new Int()),
      prop("published", n -> n.published().orElse(null), new Bool()),
      new Prop<>("featuredContent", n -> n.featuredContent().orElse(null), QUOTED, false, true),
      new Prop<>("provider", NewsArticle::provider, new Obj(PROVIDER), true, true),
      new Prop<>("topics", NewsArticle::topics, new ListOf(PLAIN), true, true),
      new Prop<>("images", NewsArticle::images, new ListOf(new Obj(IMAGE)), false, true),
      new Prop<>("related", NewsArticle::related, new ListOf(new Obj(RELATED)), false, true),
      new Prop<>("secured", n -> n.secured().orElse(null), QUOTED, false, true)),
      NewsArticle::extra);

  private static <T> Prop<T> prop(String key, Function<T, Object> get, Kind kind) {
    return new Prop<>(key, get, kind, false, false);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** Whether a property's value is left out: absent, or an empty list nobody requires. */
  static boolean omitted(Prop<?> prop, Object value) {
    return value == null || (!prop.required() && value instanceof List<?> list && list.isEmpty());
  }

  /** A model as a mapping in canonical order, its unknown keys last. */
  static <T> Out.Map object(Schema<T> schema, Object model, boolean topLevel) {
    List<Out.Entry> entries = new ArrayList<>();
    for (Prop<T> prop : schema.props()) {
      Object value = schema.get(prop, model);
      if (!omitted(prop, value)) {
        entries.add(new Out.Entry(prop.key(), value(prop.kind(), value),
            topLevel && prop.blankBefore()));
      }
    }
    for (Map.Entry<String, YamlNode> extra : schema.extra(model).entrySet()) {
      if (schema.prop(extra.getKey()) != null) {
        throw new IllegalArgumentException("extra key '" + extra.getKey()
            + "' is already a key of this mapping");
      }
      entries.add(extra(extra.getKey(), extra.getValue(), topLevel));
    }
    return new Out.Map(entries);
  }

  /** An unknown key's entry; at the top level a block collection gets its blank line too. */
  static Out.Entry extra(String key, YamlNode value, boolean topLevel) {
    Out out = node(value);
    boolean block = out instanceof Out.Map map ? !map.entries().isEmpty()
        : out instanceof Out.Seq seq && !seq.items().isEmpty();
    return new Out.Entry(key, out, topLevel && block);
  }

  /** A property's value. */
  static Out value(Kind kind, Object value) {
    if (kind instanceof Text text) {
      return new Out.Scalar((String) value, text.form(), ScalarType.STRING);
    }
    if (kind instanceof Int) {
      return Out.Scalar.typed(value.toString(), ScalarType.INTEGER);
    }
    if (kind instanceof Bool) {
      return Out.Scalar.typed(value.toString(), ScalarType.BOOLEAN);
    }
    if (kind instanceof Date) {
      return Out.Scalar.typed(Scalars.dateTime((OffsetDateTime) value), ScalarType.STRING);
    }
    if (kind instanceof Obj obj) {
      return object(obj.schema(), value, false);
    }
    Kind item = ((ListOf) kind).item();
    List<Out> items = new ArrayList<>();
    for (Object element : (List<?>) value) {
      items.add(value(item, element));
    }
    return new Out.Seq(items);
  }

  /**
   * A tree node, such as an unknown key's value: strings plain when they were plain and still
   * read back the same, double-quoted otherwise; other scalars as their text.
   */
  static Out node(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      if (scalar.type() != ScalarType.STRING) {
        return Out.Scalar.typed(scalar.value(), scalar.type());
      }
      return scalar.style() == ScalarStyle.PLAIN
          ? Out.Scalar.plain(scalar.value()) : Out.Scalar.quoted(scalar.value());
    }
    if (node instanceof YamlMapping mapping) {
      List<Out.Entry> entries = new ArrayList<>();
      for (YamlEntry entry : mapping.entries()) {
        entries.add(new Out.Entry(entry.name(), node(entry.value()), false));
      }
      return new Out.Map(entries);
    }
    List<Out> items = new ArrayList<>();
    for (YamlNode item : ((YamlSequence) node).items()) {
      items.add(node(item));
    }
    return new Out.Seq(items);
  }
}
