package org.frontmatter4j.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.frontmatter4j.tree.ScalarStyle;
import org.frontmatter4j.tree.ScalarType;
import org.frontmatter4j.tree.YamlEntry;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.frontmatter4j.tree.YamlScalar;
import org.frontmatter4j.tree.YamlSequence;

/** The codec of each supported property type: one place that says what binds and how. */
final class Codecs {
  private Codecs() {}

  /** The types a property may have, for the message that refuses any other. */
  static final String SUPPORTED = "String, boolean, int, long, short, double, float (or their"
      + " boxes), BigInteger, BigDecimal, an enum, OffsetDateTime, Instant, ZonedDateTime,"
      + " LocalDate, LocalDateTime, LocalTime, Duration, Period, URI, YamlNode, Optional<T>,"
      + " OptionalInt, OptionalLong, OptionalDouble, List<T>, Set<T>, Map<String, T>, or a record,"
      + " Immutables type or JavaBean of such properties";

  /**
   * The codec of {@code type}.
   *
   * @throws IllegalArgumentException (message without the owner's name) for a type that cannot bind
   */
  static Codec of(Type type) {
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> variable) {
      throw new IllegalArgumentException("its type is the type variable " + variable.getName()
          + "; declare a concrete type");
    }
    if (type instanceof GenericArrayType || type instanceof Class<?> c && c.isArray()) {
      throw new IllegalArgumentException("arrays are not supported; declare a List<...> instead");
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return new OptionalOf(of(arguments[0]), Optional.class);
      }
      if (raw == List.class) {
        return new ListOf(of(arguments[0]), false);
      }
      if (raw == Set.class) {
        return new ListOf(of(arguments[0]), true);
      }
      if (raw == Map.class) {
        Type key = arguments[0] instanceof WildcardType w ? w.getUpperBounds()[0] : arguments[0];
        if (key != String.class) {
          throw new IllegalArgumentException("a Map's keys are front-matter keys, which are text;"
              + " declare Map<String, ...> instead of Map<" + key.getTypeName() + ", ...>");
        }
        return new MapOf(of(arguments[1]));
      }
      if (raw.getTypeParameters().length > 0 && !raw.getName().startsWith("java.")) {
        throw new IllegalArgumentException("generic types such as " + type.getTypeName()
            + " are not supported; declare a type without type parameters");
      }
      return of(raw);
    }
    Class<?> c = (Class<?>) type;
    Codec simple = SIMPLE.get(c);
    if (simple != null) {
      return simple;
    }
    if (c == List.class || c == Set.class || c == Map.class || c == Optional.class) {
      throw new IllegalArgumentException("a raw " + c.getSimpleName() + " does not say what it"
          + " holds; declare its type arguments, such as " + c.getSimpleName()
          + (c == Map.class ? "<String, String>" : "<String>"));
    }
    if (c.isEnum()) {
      return new EnumOf(c);
    }
    if (c == Object.class) {
      throw new IllegalArgumentException("Object says nothing about the value; declare its type,"
          + " or YamlNode for a value of any shape");
    }
    if (c.isPrimitive() || c.getName().startsWith("java.") || c.getName().startsWith("javax.")) {
      throw new IllegalArgumentException(c.getName() + " is not a supported property type;"
          + " supported are " + SUPPORTED);
    }
    return new ObjectOf(TypeModel.of(c));
  }

  /** The value a constructor gets for a property of {@code type} that the document leaves out. */
  static Object absent(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (type == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (type == OptionalDouble.class) {
      return OptionalDouble.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    return null;
  }

  /** Reads one kind of value; null after reporting a problem. */
  @FunctionalInterface
  private interface Reader {
    Object read(Binder binder, Binder.Value value);
  }

  /** A scalar type: how it reads and how it is written. */
  private record Simple(Reader reader, Function<Object, Out> writer) implements Codec {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      return reader.read(binder, value);
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      return writer.apply(value);
    }
  }

  /** A string scalar: double-quoted when the property is {@code @Quoted}, else plain if safe. */
  private static final Codec STRING = new Codec() {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      return string(binder, value);
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      return quoted ? Out.Scalar.quoted((String) value) : Out.Scalar.plain((String) value);
    }
  };

  private static Out typed(Object value, ScalarType type) {
    return Out.Scalar.typed(value.toString(), type);
  }

  /** A number's text: Java's, which is a JSON number for every finite value. */
  private static Out number(Object value) {
    String text = value.toString();
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())
        || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      throw new IllegalArgumentException("cannot write " + text + ": YAML's JSON schema has no"
          + " such number");
    }
    return Out.Scalar.typed(text, ScalarTypes.resolvePlain(text));
  }

  /** A date or date-time: written as its ISO-8601 text, unquoted, as sites write them. */
  private static Out date(String text) {
    return Out.Scalar.typed(text, ScalarType.STRING);
  }

  private static Map<Class<?>, Codec> simple() {
    Map<Class<?>, Codec> codecs = new java.util.HashMap<>();
    codecs.put(String.class, STRING);
    codecs.put(YamlNode.class, new Simple((binder, value) -> value.node(),
        value -> Layout.node((YamlNode) value)));
    Codec bool = new Simple(Codecs::bool, value -> typed(value, ScalarType.BOOLEAN));
    codecs.put(boolean.class, bool);
    codecs.put(Boolean.class, bool);
    Codec ints = new Simple(Codecs::integer, value -> typed(value, ScalarType.INTEGER));
    codecs.put(int.class, ints);
    codecs.put(Integer.class, ints);
    Codec longs = new Simple((binder, value) -> whole(binder, value, Long.MIN_VALUE,
        Long.MAX_VALUE), value -> typed(value, ScalarType.INTEGER));
    codecs.put(long.class, longs);
    codecs.put(Long.class, longs);
    Codec shorts = new Simple((binder, value) -> {
      Long read = whole(binder, value, Short.MIN_VALUE, Short.MAX_VALUE);
      return read == null ? null : (Short) read.shortValue();
    }, value -> typed(value, ScalarType.INTEGER));
    codecs.put(short.class, shorts);
    codecs.put(Short.class, shorts);
    Codec doubles = new Simple((binder, value) -> {
      String text = number(binder, value);
      return text == null ? null : (Double) Double.parseDouble(text);
    }, Codecs::number);
    codecs.put(double.class, doubles);
    codecs.put(Double.class, doubles);
    Codec floats = new Simple((binder, value) -> {
      String text = number(binder, value);
      if (text == null) {
        return null;
      }
      float read = Float.parseFloat(text);
      if (Float.isInfinite(read)) {
        binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be a number a float can"
            + " hold (up to " + Float.MAX_VALUE + "), but it is " + text);
        return null;
      }
      return (Float) read;
    }, Codecs::number);
    codecs.put(float.class, floats);
    codecs.put(Float.class, floats);
    codecs.put(BigInteger.class, new Simple((binder, value) -> {
      YamlScalar scalar = binder.scalar(value, "an integer");
      if (scalar == null || scalar.type() != ScalarType.INTEGER) {
        return scalar == null ? null : binder.wrongType(value, scalar, "an integer");
      }
      return new BigInteger(scalar.value());
    }, value -> typed(value, ScalarType.INTEGER)));
    codecs.put(BigDecimal.class, new Simple((binder, value) -> {
      String text = number(binder, value);
      return text == null ? null : new BigDecimal(text);
    }, Codecs::number));
    codecs.put(OptionalInt.class, new OptionalOf(ints, OptionalInt.class));
    codecs.put(OptionalLong.class, new OptionalOf(longs, OptionalLong.class));
    codecs.put(OptionalDouble.class, new OptionalOf(doubles, OptionalDouble.class));
    codecs.put(OffsetDateTime.class, new Simple(Codecs::offsetDateTime,
        value -> date(Scalars.dateTime((OffsetDateTime) value))));
    codecs.put(Instant.class, new Simple((binder, value) -> {
      OffsetDateTime read = offsetDateTime(binder, value);
      return read == null ? null : read.toInstant();
    }, value -> date(Scalars.dateTime(((Instant) value).atOffset(ZoneOffset.UTC)))));
    codecs.put(ZonedDateTime.class, new Simple(Codecs::zonedDateTime, value -> {
      ZonedDateTime zoned = (ZonedDateTime) value;
      String text = Scalars.dateTime(zoned.toOffsetDateTime());
      return zoned.getZone() instanceof ZoneOffset ? date(text)
          : Out.Scalar.plain(text + "[" + zoned.getZone().getId() + "]");
    }));
    codecs.put(LocalDateTime.class, new Simple(Codecs::localDateTime,
        value -> date(LOCAL_DATE_TIME.format((LocalDateTime) value))));
    codecs.put(LocalDate.class, new Simple(Codecs::localDate, value -> date(value.toString())));
    // YAML 1.1 readers take 10:00:00 for a sexagesimal number: a time is quoted.
    codecs.put(LocalTime.class, new Simple(Codecs::localTime,
        value -> Out.Scalar.quoted(LOCAL_TIME.format((LocalTime) value))));
    codecs.put(Duration.class, new Simple((binder, value) -> iso(binder, value, "a duration",
        "PT57M or P2DT3H", Duration::parse), value -> Out.Scalar.plain(value.toString())));
    codecs.put(Period.class, new Simple((binder, value) -> iso(binder, value, "a period",
        "P1M or P1Y2M10D", Period::parse), value -> Out.Scalar.plain(value.toString())));
    codecs.put(URI.class, new Simple(Codecs::uri, value -> Out.Scalar.plain(value.toString())));
    return Map.copyOf(codecs);
  }

  /** Seconds always, a fraction only when there is one, as {@link Scalars#dateTime} writes. */
  private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .toFormatter();
  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(LOCAL_TIME)
      .toFormatter();

  private static Object string(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a string");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() == ScalarType.NULL) {
      binder.error(value, Rules.TYPE,
          "'" + Binder.key(value) + "' has no value; write a string, or remove the line");
      return null;
    }
    // A plain value YAML reads as another type (a number, true) is the text it was written as.
    return scalar.value();
  }

  /** The plain scalars YAML 1.1 (Jekyll's YAML) reads as booleans but YAML 1.2 as text. */
  private static final Map<String, Boolean> YAML11_BOOLEANS = yaml11Booleans();

  private static Map<String, Boolean> yaml11Booleans() {
    Map<String, Boolean> words = new java.util.HashMap<>();
    for (String word : List.of("y", "yes", "on", "true")) {
      for (String form : List.of(word, word.toUpperCase(Locale.ROOT),
          Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
        words.put(form, true);
      }
    }
    for (String word : List.of("n", "no", "off", "false")) {
      for (String form : List.of(word, word.toUpperCase(Locale.ROOT),
          Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
        words.put(form, false);
      }
    }
    return Map.copyOf(words);
  }

  private static Object bool(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "true or false");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() == ScalarType.BOOLEAN) {
      return scalar.value().equals("true") ? Boolean.TRUE : Boolean.FALSE;
    }
    Boolean yaml11 = scalar.style() == ScalarStyle.PLAIN ? YAML11_BOOLEANS.get(scalar.value())
        : null;
    if (yaml11 != null) {
      binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be true or false, but it"
          + " is the string \"" + scalar.value() + "\": YAML 1.2 reads '" + scalar.value()
          + "' as text, though Jekyll's YAML 1.1 reads it as " + yaml11
          + "; write true or false");
      return null;
    }
    return binder.wrongType(value, scalar, "true or false");
  }

  private static Integer integer(Binder binder, Binder.Value value) {
    Long read = whole(binder, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return read == null ? null : (Integer) read.intValue();
  }

  /** A whole number between {@code min} and {@code max}, or null after a problem. */
  private static Long whole(Binder binder, Binder.Value value, long min, long max) {
    YamlScalar scalar = binder.scalar(value, "an integer");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() != ScalarType.INTEGER) {
      binder.wrongType(value, scalar, "an integer");
      return null;
    }
    String text = scalar.value();
    long read;
    try {
      read = Long.parseLong(text);
    } catch (NumberFormatException e) {
      tooLarge(binder, value, min, max, text);
      return null;
    }
    if (read < min || read > max) {
      tooLarge(binder, value, min, max, text);
      return null;
    }
    return read;
  }

  private static void tooLarge(Binder binder, Binder.Value value, long min, long max,
      String text) {
    binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be an integer between "
        + min + " and " + max + ", but it is " + text);
  }

  /** The text of a number (integer or not), or null after a problem. */
  private static String number(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a number");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() != ScalarType.INTEGER && scalar.type() != ScalarType.FLOAT) {
      binder.wrongType(value, scalar, "a number");
      return null;
    }
    return scalar.value();
  }

  private static final String WITH_ZONE = "a date-time with a zone, such as 2020-09-23T16:53:00Z";

  private static OffsetDateTime offsetDateTime(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a date-time");
    if (scalar == null) {
      return null;
    }
    OffsetDateTime utc = DateTexts.utcSeconds(scalar.value());
    if (utc != null) {
      return utc;
    }
    DateTexts.Parts parts = DateTexts.parse(scalar.value());
    if (parts == null || parts.time() == null || parts.offset() == null || parts.zone() != null) {
      dateError(binder, value, scalar, WITH_ZONE, parts, true);
      return null;
    }
    return OffsetDateTime.of(parts.date(), parts.time(), parts.offset());
  }

  private static Object zonedDateTime(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a date-time");
    if (scalar == null) {
      return null;
    }
    DateTexts.Parts parts = DateTexts.parse(scalar.value());
    if (parts == null || parts.time() == null || parts.offset() == null) {
      return dateError(binder, value, scalar, WITH_ZONE, parts, true);
    }
    if (parts.zone() == null) {
      return ZonedDateTime.of(parts.date(), parts.time(), parts.offset());
    }
    ZonedDateTime zoned = ZonedDateTime.ofStrict(
        parts.date().atTime(parts.time()), parts.offset(), parts.zone());
    return zoned;
  }

  private static Object localDateTime(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a date-time");
    if (scalar == null) {
      return null;
    }
    DateTexts.Parts parts = DateTexts.parse(scalar.value());
    if (parts == null || parts.time() == null || parts.offset() != null) {
      return dateError(binder, value, scalar,
          "a date-time without a zone, such as 2024-01-15T10:00:00", parts, false);
    }
    return LocalDateTime.of(parts.date(), parts.time());
  }

  private static Object localDate(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a date");
    if (scalar == null) {
      return null;
    }
    DateTexts.Parts parts = DateTexts.parse(scalar.value());
    if (parts == null || parts.time() != null) {
      String problem = parts == null ? "is not a valid date"
          : "has a time; remove it, or declare the property as LocalDateTime or OffsetDateTime";
      return binder.error(value, Rules.DATE, "'" + Binder.key(value) + "' must be a date, such as"
          + " 2024-01-15, but '" + scalar.value() + "' " + problem);
    }
    return parts.date();
  }

  private static Object localTime(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a time");
    if (scalar == null) {
      return null;
    }
    LocalTime time = DateTexts.parseTime(scalar.value());
    if (time == null) {
      return binder.error(value, Rules.DATE, "'" + Binder.key(value) + "' must be a time, such as"
          + " 10:00:00, but '" + scalar.value() + "' is not a valid time");
    }
    return time;
  }

  /** Reports why a date-time does not fit; {@code zoned}: whether the type needs a zone. */
  private static Object dateError(Binder binder, Binder.Value value, YamlScalar scalar,
      String expected, DateTexts.Parts parts, boolean zoned) {
    String problem;
    if (parts == null) {
      problem = "is not a valid date-time";
    } else if (parts.time() == null) {
      problem = zoned ? "has no time; add one, such as T00:00:00Z"
          : "has no time; add one, such as T00:00:00";
    } else if (zoned && parts.offset() == null) {
      problem = "has no zone; add 'Z' for UTC or an offset such as +02:00";
    } else if (zoned) {
      problem = "has a zone id; declare the property as ZonedDateTime to keep it";
    } else {
      problem = "has a zone; remove it, or declare the property as OffsetDateTime";
    }
    return binder.error(value, Rules.DATE, "'" + Binder.key(value) + "' must be " + expected
        + ", but '" + scalar.value() + "' " + problem);
  }

  /** A value of an ISO-8601 text form such as a duration. */
  private static Object iso(Binder binder, Binder.Value value, String what, String examples,
      java.util.function.Function<String, Object> parse) {
    YamlScalar scalar = binder.scalar(value, what);
    if (scalar == null) {
      return null;
    }
    try {
      return parse.apply(scalar.value());
    } catch (DateTimeParseException e) {
      return binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be " + what
          + " in ISO-8601 form, such as " + examples + ", but it is '" + scalar.value() + "'");
    }
  }

  private static Object uri(Binder binder, Binder.Value value) {
    YamlScalar scalar = binder.scalar(value, "a URI");
    if (scalar == null) {
      return null;
    }
    try {
      return new URI(scalar.value());
    } catch (URISyntaxException e) {
      return binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be a URI, but '"
          + scalar.value() + "' is not one: " + e.getReason() + " at index " + e.getIndex());
    }
  }

  /** An enum, by constant name; a near miss is suggested. */
  private static final class EnumOf implements Codec {
    private final Map<String, Object> constants = new LinkedHashMap<>();

    EnumOf(Class<?> type) {
      for (Object constant : type.getEnumConstants()) {
        constants.put(((Enum<?>) constant).name(), constant);
      }
    }

    @Override
    public Object read(Binder binder, Binder.Value value) {
      YamlScalar scalar = binder.scalar(value, "one of " + names());
      if (scalar == null) {
        return null;
      }
      Object constant = constants.get(scalar.value());
      if (constant != null) {
        return constant;
      }
      String suggestion = Suggestions.closest(scalar.value(), List.copyOf(constants.keySet()));
      return binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be one of "
          + names() + ", but it is " + Binder.describe(scalar)
          + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
    }

    private String names() {
      return String.join(", ", constants.keySet());
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      String name = ((Enum<?>) value).name();
      return quoted ? Out.Scalar.quoted(name) : Out.Scalar.plain(name);
    }
  }

  /**
   * An {@code Optional}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}:
   * present when the key is.
   */
  private record OptionalOf(Codec content, Class<?> type) implements Codec {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      // An empty value ("domain:") is no value, as for lists: Smartable writes one for a
      // course publisher whose domain it does not know.
      if (value.node() instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL) {
        return Optional.empty();
      }
      Object read = content.read(binder, value);
      if (read == null) {
        return null;
      }
      if (type == OptionalInt.class) {
        return OptionalInt.of((Integer) read);
      }
      if (type == OptionalLong.class) {
        return OptionalLong.of((Long) read);
      }
      return type == OptionalDouble.class ? OptionalDouble.of((Double) read) : Optional.of(read);
    }

    @Override
    public Object unwrap(Object value) {
      if (value instanceof Optional<?> optional) {
        return optional.orElse(null);
      }
      if (value instanceof OptionalInt optional) {
        return optional.isPresent() ? (Object) optional.getAsInt() : null;
      }
      if (value instanceof OptionalLong optional) {
        return optional.isPresent() ? (Object) optional.getAsLong() : null;
      }
      OptionalDouble optional = (OptionalDouble) value;
      return optional == null || optional.isEmpty() ? null : (Object) optional.getAsDouble();
    }

    @Override
    public Codec content() {
      return content;
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      return content.write(value, quoted, naming);
    }

    @Override
    public TypeModel nested() {
      return content.nested();
    }
  }

  /** A list or set: a sequence whose items each go through {@code item}. */
  private record ListOf(Codec item, boolean set) implements Codec {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      YamlNode node = value.node();
      if (!(node instanceof YamlSequence sequence)) {
        if (node instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL) {
          return set ? Set.of() : List.of();
        }
        return binder.error(value, Rules.TYPE, "'" + Binder.key(value)
            + "' must be a list ('- item' lines), but it is " + Binder.describe(node));
      }
      List<YamlNode> nodes = sequence.items();
      List<Object> items = new ArrayList<>(nodes.size());
      boolean complete = true;
      for (int i = 0; i < nodes.size(); i++) {
        Binder.Value at = value.item(i, nodes.get(i));
        Object read = item.read(binder, at);
        if (read == null) {
          complete = false;
        } else if (set && items.contains(read)) {
          binder.error(at, Rules.TYPE, "'" + Binder.key(value) + "' holds "
              + Binder.describe(nodes.get(i)) + " twice, but it is a set; remove one");
          complete = false;
        } else {
          items.add(read);
        }
      }
      if (!complete) {
        return null;
      }
      return set ? Collections.unmodifiableSet(new LinkedHashSet<>(items))
          : Collections.unmodifiableList(items);
    }

    @Override
    public Codec items() {
      return item;
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      List<Out> items = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        items.add(item.write(element, quoted, naming));
      }
      return new Out.Seq(items);
    }

    @Override
    public TypeModel nested() {
      return item.nested();
    }
  }

  /** A {@code Map<String, T>}: a mapping whose values each go through {@code value}. */
  private record MapOf(Codec valueCodec) implements Codec {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      YamlNode node = value.node();
      if (!(node instanceof YamlMapping mapping)) {
        if (node instanceof YamlScalar scalar && scalar.type() == ScalarType.NULL) {
          return Map.of();
        }
        return binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be a mapping"
            + " (indented 'key: value' lines), but it is " + Binder.describe(node));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      boolean complete = true;
      for (YamlEntry entry : mapping.entries()) {
        Object read = valueCodec.read(binder, value.entry(entry.name(), entry.value()));
        complete &= read != null;
        values.put(entry.name(), read);
      }
      return complete ? Collections.unmodifiableMap(values) : null;
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      List<Out.Entry> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        entries.add(new Out.Entry((String) entry.getKey(),
            valueCodec.write(entry.getValue(), quoted, naming), false));
      }
      return new Out.Map(entries);
    }

    @Override
    public TypeModel nested() {
      return valueCodec.nested();
    }
  }

  /** A nested record, Immutables type or bean. */
  private record ObjectOf(TypeModel model) implements Codec {
    @Override
    public Object read(Binder binder, Binder.Value value) {
      if (value.node() instanceof YamlMapping mapping) {
        return binder.object(model, mapping, value, "");
      }
      return binder.error(value, Rules.TYPE, "'" + Binder.key(value) + "' must be "
          + model.what() + " (indented 'key: value' lines), but it is "
          + Binder.describe(value.node()));
    }

    @Override
    public Out write(Object value, boolean quoted, int naming) {
      return Layout.object(model, value, false, naming);
    }

    @Override
    public TypeModel model() {
      return model;
    }

    @Override
    public TypeModel nested() {
      return model;
    }
  }

  /** Declared last: it needs every codec and formatter above. */
  private static final Map<Class<?>, Codec> SIMPLE = simple();
}
