package org.frontmatter4j.internal;

import static java.lang.invoke.MethodType.methodType;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontmatter4j.KeyNaming;
import org.frontmatter4j.annotation.BlankLineBefore;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.annotation.Extras;
import org.frontmatter4j.annotation.FrontMatterKey;
import org.frontmatter4j.annotation.Quoted;

/**
 * Builds the {@link TypeModel} of a class by reflection, once: records through their canonical
 * constructor, types with a builder (Immutables' {@code X.builder()}, or a generated
 * {@code ImmutableX.builder()}) through its setters, and JavaBeans through their no-argument
 * constructor and setters. Every failure is an {@link IllegalArgumentException} that names the
 * type and says what to change.
 *
 * <p>Property order is declaration order: a record's component order, which the language
 * specifies; for accessors and bean getters, the order of the class file's method table, which
 * javac writes in source order (reflection promises no order), supertypes' properties first
 * unless a subtype declares them again.
 */
final class Introspector {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

  private Introspector() {}

  /** One property as found, before its codec and handles are made. */
  private record Found(String name, Type type, Method getter, List<AnnotatedElement> annotated,
      boolean optionalByDefault) {}

  static TypeModel describe(Class<?> type) {
    try {
      return build(type);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw refuse(type, "reflection failed: " + e);
    }
  }

  static String cycle(Class<?> type, Collection<Class<?>> building) {
    List<String> path = new ArrayList<>();
    for (Class<?> step : building) {
      path.add(0, step.getSimpleName());
      if (step == type) {
        break;
      }
    }
    path.add(type.getSimpleName());
    return "Cannot bind " + type.getName() + ": it contains itself (" + String.join(" -> ", path)
        + "), and front matter is a finite tree; declare the recursive property as YamlNode";
  }

  private static IllegalArgumentException refuse(Class<?> type, String why) {
    return new IllegalArgumentException("Cannot bind " + type.getName() + ": " + why);
  }

  private static TypeModel build(Class<?> type) throws ReflectiveOperationException {
    if (type.isPrimitive() || type.isArray() || type.isEnum() || type.isInterface()
        && type.isAnnotation()) {
      throw refuse(type, "it is not a record, Immutables type or JavaBean");
    }
    if (type.isRecord()) {
      return record(type);
    }
    Method factory = builderFactory(type);
    if (factory != null) {
      return builder(type, factory);
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw refuse(type, "it is abstract and has no builder (a static builder() method whose"
          + " result has build(), as Immutables generates); make it a record, an Immutables"
          + " type, or a class with a no-argument constructor and setters");
    }
    return bean(type);
  }

  private static TypeModel record(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
      found.add(new Found(components[i].getName(), components[i].getGenericType(),
          components[i].getAccessor(), List.of(components[i]), false));
    }
    Constructor<?> constructor = type.getDeclaredConstructor(parameters);
    access(type, constructor);
    MethodHandle create = LOOKUP.unreflectConstructor(constructor)
        .asSpreader(Object[].class, components.length)
        .asType(methodType(Object.class, Object[].class));
    return assemble(type, found, TypeModel.Creation.CONSTRUCTOR, create, null, null);
  }

  /**
   * A static no-argument {@code builder()} of the type, or of the class Immutables generates for
   * it ({@code ImmutableX}), whose result has a no-argument {@code build()}; null if none.
   */
  private static Method builderFactory(Class<?> type) {
    Method factory = staticBuilder(type);
    if (factory == null && type.getPackageName() != null) {
      String generated = type.getPackageName().isEmpty() ? "" : type.getPackageName() + ".";
      try {
        factory = staticBuilder(Class.forName(generated + "Immutable" + type.getSimpleName(),
            false, type.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }
    return factory;
  }

  private static Method staticBuilder(Class<?> owner) {
    for (Method method : owner.getDeclaredMethods()) {
      if (method.getName().equals("builder") && method.getParameterCount() == 0
          && Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
        try {
          method.getReturnType().getMethod("build");
          return method;
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static TypeModel builder(Class<?> type, Method factory)
      throws ReflectiveOperationException {
    Class<?> builderType = factory.getReturnType();
    Method build = builderType.getMethod("build");
    if (!type.isAssignableFrom(build.getReturnType())) {
      throw refuse(type, factory.getDeclaringClass().getName() + ".builder().build() returns "
          + build.getReturnType().getName() + ", not " + type.getSimpleName());
    }
    List<Found> found = new ArrayList<>();
    List<Method> setters = new ArrayList<>();
    for (List<Method> declarations : accessors(type)) {
      Method accessor = declarations.get(0);
      Method setter = setter(builderType, accessor.getName(), accessor.getReturnType());
      if (setter == null) {
        if (Modifier.isAbstract(accessor.getModifiers())) {
          throw refuse(type, builderType.getName() + " has no method " + accessor.getName()
              + "(" + accessor.getReturnType().getSimpleName() + ") for the property "
              + accessor.getName() + "()");
        }
        continue; // a derived value, not a property
      }
      found.add(new Found(accessor.getName(), accessor.getGenericReturnType(), accessor,
          List.copyOf(declarations),
          accessor.isDefault() || !Modifier.isAbstract(accessor.getModifiers())));
      setters.add(setter);
    }
    access(type, factory);
    access(type, build);
    MethodHandle create = LOOKUP.unreflect(factory).asType(methodType(Object.class));
    MethodHandle built = LOOKUP.unreflect(build).asType(methodType(Object.class, Object.class));
    return assemble(type, found, TypeModel.Creation.BUILDER, create, built, setters);
  }

  /** The builder's setter of a property: {@code name(T)} or {@code setName(T)}. */
  private static Method setter(Class<?> builder, String name, Class<?> type) {
    Method best = null;
    String prefixed = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Method method : builder.getMethods()) {
      if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())
          || !(method.getName().equals(name) || method.getName().equals(prefixed))) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      if (parameter == type) {
        return method;
      }
      if (parameter.isAssignableFrom(type) && !parameter.isPrimitive()) {
        best = method;
      }
    }
    return best;
  }

  /**
   * The no-argument, value-returning instance methods of an abstract type and its supertypes:
   * for each name, every declaration, the most specific first. In declaration order, supertypes
   * first, except that a method a subtype declares again takes the subtype's place: a model that
   * redeclares its shared interface's accessors lists them where it declares them.
   */
  private static List<List<Method>> accessors(Class<?> type) {
    Map<String, List<Method>> byName = new LinkedHashMap<>();
    for (Class<?> declaring : hierarchy(type)) {
      for (Method method : declared(declaring)) {
        int modifiers = method.getModifiers();
        if (method.getParameterCount() == 0 && method.getReturnType() != void.class
            && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
            && !method.isSynthetic() && !method.isBridge()
            && !OBJECT_METHODS.contains(method.getName())) {
          List<Method> declarations = byName.remove(method.getName());
          if (declarations == null) {
            declarations = new ArrayList<>();
          }
          declarations.add(0, method);
          byName.put(method.getName(), declarations);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** The type and its supertypes, each after its own supertypes; Object left out. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> ordered = new LinkedHashSet<>();
    addHierarchy(type, ordered);
    return List.copyOf(ordered);
  }

  private static void addHierarchy(Class<?> type, Set<Class<?>> ordered) {
    if (type == null || type == Object.class || ordered.contains(type)) {
      return;
    }
    addHierarchy(type.getSuperclass(), ordered);
    for (Class<?> implemented : type.getInterfaces()) {
      addHierarchy(implemented, ordered);
    }
    ordered.add(type);
  }

  /** A class's declared methods in the order its class file lists them. */
  private static List<Method> declared(Class<?> type) {
    Map<String, Integer> order = ClassFileOrder.methods(type);
    List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
    if (order == null) {
      // No class file to read (a class defined at run time): names give a stable order at least.
      methods.sort(Comparator.comparing(Method::getName));
    } else {
      methods.sort(Comparator.comparingInt(m -> order.getOrDefault(m.getName(), Integer.MAX_VALUE)));
    }
    return methods;
  }

  private static TypeModel bean(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw refuse(type, "it has no usable constructor; make it a record, give it a static"
          + " builder() (as Immutables does), or give it a no-argument constructor and setters");
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      throw refuse(type, "it is an inner class, which needs an enclosing instance; make it static");
    }
    List<Found> found = new ArrayList<>();
    List<Method> setters = new ArrayList<>();
    for (Class<?> declaring : hierarchy(type)) {
      for (Method getter : declared(declaring)) {
        String name = beanProperty(getter);
        if (name == null || found.stream().anyMatch(f -> f.name().equals(name))) {
          continue;
        }
        String suffix = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        Method setter;
        try {
          setter = type.getMethod("set" + suffix, getter.getReturnType());
        } catch (NoSuchMethodException e) {
          continue; // read-only: not bindable, so not a property
        }
        List<AnnotatedElement> annotated = new ArrayList<>(List.of(getter, setter));
        field(type, name).ifPresent(annotated::add);
        found.add(new Found(name, getter.getGenericReturnType(), getter, annotated, false));
        setters.add(setter);
      }
    }
    if (found.isEmpty()) {
      throw refuse(type, "it has no properties (no record components, no builder, no getX()/setX"
          + " pairs); make it a record, an Immutables type or a JavaBean");
    }
    access(type, constructor);
    MethodHandle create = LOOKUP.unreflectConstructor(constructor)
        .asType(methodType(Object.class));
    return assemble(type, found, TypeModel.Creation.SETTERS, create, null, setters);
  }

  /** The bean property a public getter reads, or null if it is no getter. */
  private static String beanProperty(Method method) {
    if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
        || method.getParameterCount() != 0 || method.isSynthetic() || method.isBridge()) {
      return null;
    }
    String name = method.getName();
    String suffix = name.startsWith("get") && !name.equals("getClass") ? name.substring(3)
        : name.startsWith("is") && method.getReturnType() == boolean.class ? name.substring(2)
        : "";
    if (suffix.isEmpty() || !Character.isUpperCase(suffix.charAt(0))) {
      return null;
    }
    return suffix.length() > 1 && Character.isUpperCase(suffix.charAt(1)) ? suffix
        : Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
  }

  private static Optional<Field> field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return Optional.of(c.getDeclaredField(name));
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return Optional.empty();
  }

  /** The model from the properties found, their setters (null for records) and handles. */
  private static TypeModel assemble(Class<?> type, List<Found> found,
      TypeModel.Creation creation, MethodHandle create, MethodHandle build, List<Method> setters)
      throws ReflectiveOperationException {
    List<PropertyModel> properties = new ArrayList<>();
    PropertyModel extras = null;
    PropertyModel body = null;
    MethodHandle[] setterHandles = setters == null ? null : new MethodHandle[found.size()];
    Map<String, String> keys = new LinkedHashMap<>();
    for (int slot = 0; slot < found.size(); slot++) {
      Found property = found.get(slot);
      boolean isExtras = annotated(property, Extras.class) != null;
      boolean isBody = annotated(property, Body.class) != null;
      Codec codec;
      try {
        codec = isBody ? string(property) : Codecs.of(property.type());
      } catch (IllegalArgumentException e) {
        throw e.getMessage().startsWith("Cannot bind ")
            ? refuse(type, "its property " + property.name() + " holds " + e.getMessage()
                .substring("Cannot bind ".length()))
            : refuse(type, "its property " + property.name() + ": " + e.getMessage());
      }
      Class<?> raw = property.getter().getReturnType();
      if (isExtras && !isExtrasMap(property.type())) {
        throw refuse(type, "@Extras property " + property.name() + " must be a Map<String,"
            + " YamlNode>, not " + property.type().getTypeName());
      }
      FrontMatterKey key = annotated(property, FrontMatterKey.class);
      String[] names = new String[KeyNaming.values().length];
      for (KeyNaming naming : KeyNaming.values()) {
        names[naming.ordinal()] = key != null ? key.value() : key(property.name(), naming);
      }
      access(type, property.getter());
      MethodHandle getter = LOOKUP.unreflect(property.getter())
          .asType(methodType(Object.class, Object.class));
      boolean required = !property.optionalByDefault() && Codecs.absent(raw) == null
          && !nullable(property);
      Quoted quoted = annotated(property, Quoted.class);
      BlankLineBefore blankLine = annotated(property, BlankLineBefore.class);
      PropertyModel model = new PropertyModel(property.name(), names, property.type(),
          required && !isExtras && !isBody, quoted != null && quoted.keys().length == 0,
          quoted == null ? new String[0] : quoted.keys(), blankLine != null,
          blankLine != null && blankLine.keptWhenAbsent(), codec, slot, getter,
          Codecs.absent(raw));
      if (isExtras) {
        if (extras != null) {
          throw refuse(type, "both " + extras.javaName() + " and " + property.name()
              + " are @Extras; keep one");
        }
        extras = model;
      } else if (isBody) {
        if (body != null) {
          throw refuse(type, "both " + body.javaName() + " and " + property.name()
              + " are @Body; keep one");
        }
        body = model;
      } else {
        String earlier = keys.put(names[0], property.name());
        if (earlier != null) {
          throw refuse(type, "the properties " + earlier + " and " + property.name()
              + " both have the key '" + names[0] + "'; give one another @FrontMatterKey");
        }
        properties.add(model);
      }
      if (setters != null) {
        Method setter = setters.get(slot);
        access(type, setter);
        setterHandles[slot] = LOOKUP.unreflect(setter)
            .asType(methodType(void.class, Object.class, Object.class));
      }
    }
    return new TypeModel(type, what(type), properties, extras, body, creation, create, build,
        setterHandles);
  }

  private static Codec string(Found property) {
    if (property.type() != String.class) {
      throw new IllegalArgumentException("a @Body property must be a String, not "
          + property.type().getTypeName());
    }
    return Codecs.of(String.class);
  }

  private static boolean isExtrasMap(Type type) {
    return type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == Map.class
        && p.getActualTypeArguments()[0] == String.class
        && p.getActualTypeArguments()[1] == org.frontmatter4j.tree.YamlNode.class;
  }

  private static <A extends Annotation> A annotated(Found property, Class<A> annotation) {
    for (AnnotatedElement element : property.annotated()) {
      A found = element.getAnnotation(annotation);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Whether a property carries any annotation named {@code Nullable}: then it is optional. */
  private static boolean nullable(Found property) {
    for (AnnotatedElement element : property.annotated()) {
      for (Annotation annotation : element.getAnnotations()) {
        if (annotation.annotationType().getSimpleName().equals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The key of a Java name under a key naming: {@code publishedDateTime}, snake or kebab. */
  static String key(String name, KeyNaming naming) {
    if (naming == KeyNaming.CAMEL_CASE) {
      return name;
    }
    char separator = naming == KeyNaming.SNAKE_CASE ? '_' : '-';
    StringBuilder key = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterWord = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean endOfAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
            && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterWord || endOfAcronym) {
          key.append(separator);
        }
        key.append(Character.toLowerCase(c));
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** What an instance is, for messages: {@code NewsArticle} is "a news article". */
  static String what(Class<?> type) {
    String words = key(type.getSimpleName(), KeyNaming.SNAKE_CASE).replace('_', ' ');
    words = Character.toLowerCase(words.charAt(0)) + words.substring(1);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /**
   * Makes a member callable. A type in a named module must open its package to this library
   * for members that are not public in an exported package.
   */
  private static void access(Class<?> type, AccessibleObject member) {
    if (!member.trySetAccessible()) {
      Module module = type.getModule();
      String where = ((Member) member).getDeclaringClass().getName() + "." + ((Member) member)
          .getName();
      throw refuse(type, "frontmatter4j may not call " + where + "; make it public in an"
          + " exported package, or add 'opens " + type.getPackageName()
          + " to org.frontmatter4j;' to " + (module.isNamed() ? "module " + module.getName()
          : "its module") + "'s module-info.java");
    }
  }
}
