package org.frontmatter4j.internal;

import java.lang.invoke.MethodHandle;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Everything the binder and the writers need to know about one bindable type: its properties in
 * declaration order, their keys under each key naming, how each value is converted, and how an
 * instance is made. Built by reflection once per class (a {@link ClassValue}); binding and writing
 * then only call the method handles it holds.
 */
public final class TypeModel {
  private static final ClassValue<TypeModel> MODELS = new ClassValue<>() {
    @Override
    protected TypeModel computeValue(Class<?> type) {
      ArrayDeque<Class<?>> building = BUILDING.get();
      if (building.contains(type)) {
        throw new IllegalArgumentException(Introspector.cycle(type, building));
      }
      building.push(type);
      try {
        return Introspector.describe(type);
      } finally {
        building.pop();
      }
    }
  };

  /** The types whose models this thread is building, innermost first: a repeat is a cycle. */
  private static final ThreadLocal<ArrayDeque<Class<?>>> BUILDING =
      ThreadLocal.withInitial(ArrayDeque::new);

  /** How an instance is made from the values of its slots. */
  enum Creation {
    /** A record's canonical constructor gets every slot, absent ones as their empty value. */
    CONSTRUCTOR,
    /** A builder (Immutables' or any other) gets each present slot through its setter. */
    BUILDER,
    /** A JavaBean made with its no-argument constructor gets each present slot. */
    SETTERS
  }

  private final Class<?> type;
  private final String what;
  private final PropertyModel[] properties;
  private final PropertyModel extras;
  private final PropertyModel body;
  private final String[][] keys;
  private final int requiredCount;
  private final int slots;
  private final Creation creation;
  /** CONSTRUCTOR: (Object[])Object; BUILDER: ()Object making a builder; SETTERS: ()Object. */
  private final MethodHandle create;
  /** BUILDER: (Object)Object. */
  private final MethodHandle build;
  /** BUILDER and SETTERS: (Object, Object)void per slot. */
  private final MethodHandle[] setters;

  TypeModel(Class<?> type, String what, List<PropertyModel> properties, PropertyModel extras,
      PropertyModel body, Creation creation, MethodHandle create, MethodHandle build,
      MethodHandle[] setters) {
    this.type = type;
    this.what = what;
    this.properties = properties.toArray(new PropertyModel[0]);
    this.extras = extras;
    this.body = body;
    this.creation = creation;
    this.create = create;
    this.build = build;
    this.setters = setters;
    this.slots = this.properties.length + (extras == null ? 0 : 1) + (body == null ? 0 : 1);
    int required = 0;
    for (PropertyModel property : this.properties) {
      required += property.required() ? 1 : 0;
    }
    this.requiredCount = required;
    int namings = org.frontmatter4j.KeyNaming.values().length;
    this.keys = new String[namings][this.properties.length];
    for (int naming = 0; naming < namings; naming++) {
      for (int i = 0; i < this.properties.length; i++) {
        keys[naming][i] = this.properties[i].key(naming);
      }
    }
  }

  /**
   * The model of {@code type}, built on first use.
   *
   * @throws IllegalArgumentException if the type cannot be bound, saying why and what to change
   */
  public static TypeModel of(Class<?> type) {
    return MODELS.get(type);
  }

  /**
   * The model of the type a value was bound as: the value's own class, or for an Immutables
   * implementation ({@code ImmutableNewsArticle}) the abstract type it implements.
   */
  public static TypeModel ofValue(Class<?> type) {
    return MODELS.get(DECLARED.get(type));
  }

  /** The abstract type Immutables generated a class for, else the class itself. */
  private static final ClassValue<Class<?>> DECLARED = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> type) {
      String name = type.getSimpleName();
      if (name.startsWith("Immutable")) {
        List<Class<?>> parents = new java.util.ArrayList<>(List.of(type.getInterfaces()));
        parents.add(type.getSuperclass());
        for (Class<?> parent : parents) {
          if (parent != null && name.equals("Immutable" + parent.getSimpleName())) {
            return parent;
          }
        }
      }
      return type;
    }
  };

  /** The described class. */
  public Class<?> type() {
    return type;
  }

  /** What an instance is, for messages: {@code a news article}. */
  public String what() {
    return what;
  }

  /** The front-matter properties in declaration order (not the extras and body). */
  public List<PropertyModel> properties() {
    return List.of(properties);
  }

  /** The property that keeps unknown keys, or null. */
  public PropertyModel extras() {
    return extras;
  }

  /** The property that receives the body, or null. */
  public PropertyModel body() {
    return body;
  }

  PropertyModel[] propertyArray() {
    return properties;
  }

  /** The keys of {@link #propertyArray()} under a key naming. */
  String[] keys(int naming) {
    return keys[naming];
  }

  int requiredCount() {
    return requiredCount;
  }

  int slots() {
    return slots;
  }

  /**
   * An instance holding {@code values}, one per slot, null where the document gave nothing.
   *
   * @throws RuntimeException whatever the type's constructor or builder throws for these values
   */
  Object create(Object[] values) {
    try {
      switch (creation) {
        case CONSTRUCTOR -> {
          for (PropertyModel property : properties) {
            if (values[property.slot()] == null) {
              values[property.slot()] = property.absent();
            }
          }
          return create.invokeExact(values);
        }
        case BUILDER -> {
          Object builder = create.invokeExact();
          set(builder, values);
          return build.invokeExact(builder);
        }
        default -> {
          Object bean = create.invokeExact();
          set(bean, values);
          return bean;
        }
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private void set(Object target, Object[] values) throws Throwable {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        setters[i].invokeExact(target, values[i]);
      }
    }
  }
}
