package org.frontmatter4j;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontmatter4j.internal.PropertyModel;
import org.frontmatter4j.internal.TypeModel;

/**
 * What frontmatter4j knows about a bindable type (a record, an Immutables type or a JavaBean):
 * its front-matter properties in declaration order, their keys, types and layout, and the
 * properties that keep unknown keys and the body. The binder and the writers work from this same
 * description; schema export and editor support can read it too. Built once per class and cached;
 * read-only.
 *
 * <pre>{@code
 * record Post(String title, LocalDate date, List<String> tags) {}
 *
 * for (TypeDescription.Property p : TypeDescription.of(Post.class).properties()) {
 *   System.out.println(p.key() + (p.required() ? " (required)" : ""));   // title (required) ...
 * }
 * }</pre>
 */
public final class TypeDescription {
  private static final ClassValue<TypeDescription[]> VIEWS = new ClassValue<>() {
    @Override
    protected TypeDescription[] computeValue(Class<?> type) {
      return new TypeDescription[KeyNaming.values().length];
    }
  };

  private final TypeModel model;
  private final KeyNaming naming;
  private final List<Property> properties;

  private TypeDescription(TypeModel model, KeyNaming naming) {
    this.model = model;
    this.naming = naming;
    List<Property> list = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      list.add(new Property(property, naming));
    }
    this.properties = List.copyOf(list);
  }

  /**
   * {@return the description of {@code type} with keys as its property names (or their
   * {@link org.frontmatter4j.annotation.FrontMatterKey})}
   *
   * @param type the record, Immutables type or bean to describe
   * @throws IllegalArgumentException if the type cannot be bound, saying why and what to change
   */
  public static TypeDescription of(Class<?> type) {
    return of(type, KeyNaming.CAMEL_CASE);
  }

  /**
   * {@return the description of {@code type} with keys as a reader with this key naming reads them}
   *
   * @param type the record, Immutables type or bean to describe
   * @param naming how a Java name becomes a front-matter key
   * @throws IllegalArgumentException if the type cannot be bound, saying why and what to change
   */
  public static TypeDescription of(Class<?> type, KeyNaming naming) {
    requireNonNull(type, "type must not be null");
    requireNonNull(naming, "naming must not be null");
    TypeModel model = TypeModel.of(type);
    TypeDescription[] views = VIEWS.get(type);
    synchronized (views) {
      if (views[naming.ordinal()] == null) {
        views[naming.ordinal()] = new TypeDescription(model, naming);
      }
      return views[naming.ordinal()];
    }
  }

  /** {@return the described type} */
  public Class<?> type() {
    return model.type();
  }

  /** {@return the key naming of {@link Property#key()}} */
  public KeyNaming keyNaming() {
    return naming;
  }

  /**
   * {@return the front-matter properties, in declaration order (the order canonical output uses)}
   */
  public List<Property> properties() {
    return properties;
  }

  /** {@return the {@link org.frontmatter4j.annotation.Extras} property, if the type has one} */
  public Optional<Property> extras() {
    return Optional.ofNullable(model.extras()).map(p -> new Property(p, naming));
  }

  /** {@return the {@link org.frontmatter4j.annotation.Body} property, if the type has one} */
  public Optional<Property> body() {
    return Optional.ofNullable(model.body()).map(p -> new Property(p, naming));
  }

  @Override
  public String toString() {
    return "TypeDescription[" + model.type().getName() + ", " + properties + "]";
  }

  /** One property of a described type. */
  public static final class Property {
    private final PropertyModel model;
    private final KeyNaming naming;

    private Property(PropertyModel model, KeyNaming naming) {
      this.model = model;
      this.naming = naming;
    }

    /** {@return its front-matter key} */
    public String key() {
      return model.key(naming.ordinal());
    }

    /** {@return its Java name: the record component, accessor or bean property} */
    public String javaName() {
      return model.javaName();
    }

    /** {@return its declared type, with type arguments, such as {@code List<String>}} */
    public Type genericType() {
      return model.genericType();
    }

    /**
     * {@return whether a document must give it: everything but {@code Optional*} values,
     * collections, maps, Immutables defaults and {@code @Nullable} properties}
     */
    public boolean required() {
      return model.required();
    }

    /** {@return whether the canonical writer always double-quotes it ({@code @Quoted})} */
    public boolean quoted() {
      return model.quoted();
    }

    /** {@return whether the canonical writer puts a blank line before it at the top level} */
    public boolean blankLineBefore() {
      return model.blankLineBefore();
    }

    /**
     * {@return the description of the record, Immutables type or bean it holds, directly or as the
     * content of its {@code Optional}, the items of its list or set, or the values of its map}
     */
    public Optional<TypeDescription> nested() {
      TypeModel nested = model.nested();
      return nested == null ? Optional.empty() : Optional.of(of(nested.type(), naming));
    }

    @Override
    public String toString() {
      return key() + ": " + genericType().getTypeName();
    }
  }
}
