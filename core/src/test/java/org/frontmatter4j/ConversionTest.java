package org.frontmatter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.frontmatter4j.tree.YamlMapping;
import org.frontmatter4j.tree.YamlNode;
import org.junit.jupiter.api.Test;

/**
 * One test per conversion of the generic binder: each good form of a value, and each kind of bad
 * value with its exact message, line and column. Every value is the one component {@code v} of a
 * small record, written on line 2 at column 4.
 */
class ConversionTest {
  record Str(String v) {}
  record Bool(boolean v) {}
  record BoxedBool(Boolean v) {}
  record Int(int v) {}
  record Lng(long v) {}
  record Shrt(short v) {}
  record Dbl(double v) {}
  record Flt(float v) {}
  record BigInt(BigInteger v) {}
  record BigDec(BigDecimal v) {}
  enum Status { DRAFT, PUBLISHED }
  record En(Status v) {}
  record Odt(OffsetDateTime v) {}
  record Inst(Instant v) {}
  record Zdt(ZonedDateTime v) {}
  record Ld(LocalDate v) {}
  record Ldt(LocalDateTime v) {}
  record Lt(LocalTime v) {}
  record Dur(Duration v) {}
  record Per(Period v) {}
  record Uri(URI v) {}
  record Opt(Optional<String> v) {}
  record OptI(OptionalInt v) {}
  record OptL(OptionalLong v) {}
  record OptD(OptionalDouble v) {}
  record Lst(List<Integer> v) {}
  record St(Set<String> v) {}
  record Mp(Map<String, Integer> v) {}
  record Node(YamlNode v) {}
  record Absent(String s, Optional<String> a, OptionalInt b, List<String> c, Set<String> d,
      Map<String, String> e) {}

  /** Adapts each input; subclasses rerun every conversion with CRLF or a BOM. */
  String adapt(String text) {
    return text;
  }

  private <T> BindResult<T> bind(Class<T> type, String value) {
    ContentReader reader = ContentReader.builder().build();
    return reader.bind(reader.parser().parse(adapt("---\nv: " + value + "\n---\n"), "c.md"), type);
  }

  private <T> T value(Class<T> type, String value) {
    BindResult<T> result = bind(type, value);
    assertThat(result.problems()).isEmpty();
    return result.value().orElseThrow();
  }

  /** The one problem, as {@code line:column path rule message}. */
  private String problem(Class<?> type, String value) {
    BindResult<?> result = bind(type, value);
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    return p.line() + ":" + p.column() + " " + p.propertyPath() + " " + p.ruleId() + " "
        + p.message();
  }

  @Test
  void strings() {
    assertThat(value(Str.class, "hello world")).isEqualTo(new Str("hello world"));
    assertThat(value(Str.class, "\"quoted\"")).isEqualTo(new Str("quoted"));
    // A plain value YAML reads as another type is the text it was written as.
    assertThat(value(Str.class, "123")).isEqualTo(new Str("123"));
    assertThat(value(Str.class, "true")).isEqualTo(new Str("true"));
    assertThat(value(Str.class, "1.50")).isEqualTo(new Str("1.50"));
    assertThat(problem(Str.class, "")).isEqualTo(
        "2:3 v schema.type 'v' has no value; write a string, or remove the line");
    assertThat(problem(Str.class, "[a]")).isEqualTo(
        "2:4 v schema.type 'v' must be a string, but it is a list");
  }

  @Test
  void booleans() {
    assertThat(value(Bool.class, "true")).isEqualTo(new Bool(true));
    assertThat(value(BoxedBool.class, "false")).isEqualTo(new BoxedBool(false));
    assertThat(problem(Bool.class, "yes")).isEqualTo("2:4 v schema.type 'v' must be true or"
        + " false, but it is the string \"yes\": YAML 1.2 reads 'yes' as text, though Jekyll's"
        + " YAML 1.1 reads it as true; write true or false");
    assertThat(problem(Bool.class, "Off")).isEqualTo("2:4 v schema.type 'v' must be true or"
        + " false, but it is the string \"Off\": YAML 1.2 reads 'Off' as text, though Jekyll's"
        + " YAML 1.1 reads it as false; write true or false");
    assertThat(problem(Bool.class, "\"true\"")).isEqualTo("2:4 v schema.type 'v' must be true or"
        + " false, but it is the string \"true\"; remove the quotes");
    assertThat(problem(Bool.class, "1")).isEqualTo(
        "2:4 v schema.type 'v' must be true or false, but it is the integer 1");
  }

  @Test
  void integers() {
    assertThat(value(Int.class, "-42")).isEqualTo(new Int(-42));
    assertThat(value(Lng.class, "9007199254740993")).isEqualTo(new Lng(9007199254740993L));
    assertThat(value(Shrt.class, "-32768")).isEqualTo(new Shrt((short) -32768));
    assertThat(value(BigInt.class, "123456789012345678901234567890"))
        .isEqualTo(new BigInt(new BigInteger("123456789012345678901234567890")));
    assertThat(problem(Int.class, "2147483648")).isEqualTo("2:4 v schema.type 'v' must be an"
        + " integer between -2147483648 and 2147483647, but it is 2147483648");
    assertThat(problem(Shrt.class, "40000")).isEqualTo("2:4 v schema.type 'v' must be an"
        + " integer between -32768 and 32767, but it is 40000");
    assertThat(problem(Lng.class, "99999999999999999999")).isEqualTo("2:4 v schema.type 'v' must"
        + " be an integer between -9223372036854775808 and 9223372036854775807, but it is"
        + " 99999999999999999999");
    assertThat(problem(Int.class, "1.5")).isEqualTo(
        "2:4 v schema.type 'v' must be an integer, but it is the number 1.5");
    assertThat(problem(Int.class, "\"87\"")).isEqualTo(
        "2:4 v schema.type 'v' must be an integer, but it is the string \"87\"; remove the quotes");
    assertThat(problem(BigInt.class, "ten")).isEqualTo(
        "2:4 v schema.type 'v' must be an integer, but it is the string \"ten\"");
    assertThat(problem(Int.class, "")).isEqualTo(
        "2:3 v schema.type 'v' must be an integer, but it is empty");
  }

  @Test
  void numbers() {
    assertThat(value(Dbl.class, "1.5e3")).isEqualTo(new Dbl(1500));
    assertThat(value(Dbl.class, "7")).isEqualTo(new Dbl(7));
    assertThat(value(Flt.class, "0.25")).isEqualTo(new Flt(0.25f));
    assertThat(value(BigDec.class, "10.50")).isEqualTo(new BigDec(new BigDecimal("10.50")));
    assertThat(problem(Dbl.class, "fast")).isEqualTo(
        "2:4 v schema.type 'v' must be a number, but it is the string \"fast\"");
    assertThat(problem(Flt.class, "1e39")).isEqualTo("2:4 v schema.type 'v' must be a number a"
        + " float can hold (up to 3.4028235E38), but it is 1e39");
  }

  @Test
  void enumsByConstantName() {
    assertThat(value(En.class, "PUBLISHED")).isEqualTo(new En(Status.PUBLISHED));
    assertThat(problem(En.class, "draft")).isEqualTo("2:4 v schema.type 'v' must be one of DRAFT,"
        + " PUBLISHED, but it is the string \"draft\"; did you mean 'DRAFT'?");
    assertThat(problem(En.class, "gone")).isEqualTo(
        "2:4 v schema.type 'v' must be one of DRAFT, PUBLISHED, but it is the string \"gone\"");
  }

  @Test
  void dateTimesWithAZone() {
    OffsetDateTime paris = OffsetDateTime.of(2024, 1, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    assertThat(value(Odt.class, "2024-01-15T10:00:00+01:00")).isEqualTo(new Odt(paris));
    assertThat(value(Odt.class, "2024-01-15 10:00:00 +0100")).isEqualTo(new Odt(paris));
    assertThat(value(Odt.class, "2024-01-15T09:00:00Z"))
        .isEqualTo(new Odt(paris.withOffsetSameInstant(ZoneOffset.UTC)));
    assertThat(value(Inst.class, "2024-01-15 10:00:00 +0100"))
        .isEqualTo(new Inst(paris.toInstant()));
    assertThat(value(Zdt.class, "2024-01-15T10:00:00+01:00[Europe/Paris]")).isEqualTo(
        new Zdt(ZonedDateTime.of(2024, 1, 15, 10, 0, 0, 0, ZoneId.of("Europe/Paris"))));
    assertThat(problem(Odt.class, "2024-01-15 10:00:00")).isEqualTo("2:4 v schema.date 'v' must"
        + " be a date-time with a zone, such as 2020-09-23T16:53:00Z, but '2024-01-15 10:00:00'"
        + " has no zone; add 'Z' for UTC or an offset such as +02:00");
    assertThat(problem(Inst.class, "2024-01-15")).isEqualTo("2:4 v schema.date 'v' must be a"
        + " date-time with a zone, such as 2020-09-23T16:53:00Z, but '2024-01-15' has no time;"
        + " add one, such as T00:00:00Z");
    assertThat(problem(Zdt.class, "2024-02-30T10:00:00Z")).isEqualTo("2:4 v schema.date 'v' must"
        + " be a date-time with a zone, such as 2020-09-23T16:53:00Z, but '2024-02-30T10:00:00Z'"
        + " is not a valid date-time");
  }

  @Test
  void localDatesAndTimes() {
    assertThat(value(Ld.class, "2024-01-15")).isEqualTo(new Ld(LocalDate.of(2024, 1, 15)));
    assertThat(value(Ldt.class, "2024-01-15 10:00:00"))
        .isEqualTo(new Ldt(LocalDateTime.of(2024, 1, 15, 10, 0)));
    assertThat(value(Lt.class, "9:30")).isEqualTo(new Lt(LocalTime.of(9, 30)));
    assertThat(problem(Ld.class, "2024-01-15T10:00:00Z")).isEqualTo("2:4 v schema.date 'v' must"
        + " be a date, such as 2024-01-15, but '2024-01-15T10:00:00Z' has a time; remove it, or"
        + " declare the property as LocalDateTime or OffsetDateTime");
    assertThat(problem(Ld.class, "15.01.2024")).isEqualTo("2:4 v schema.date 'v' must be a date,"
        + " such as 2024-01-15, but '15.01.2024' is not a valid date");
    assertThat(problem(Ldt.class, "2024-01-15T10:00:00+01:00")).isEqualTo("2:4 v schema.date 'v'"
        + " must be a date-time without a zone, such as 2024-01-15T10:00:00, but"
        + " '2024-01-15T10:00:00+01:00' has a zone; remove it, or declare the property as"
        + " OffsetDateTime");
    assertThat(problem(Lt.class, "25:00")).isEqualTo(
        "2:4 v schema.date 'v' must be a time, such as 10:00:00, but '25:00' is not a valid time");
  }

  @Test
  void isoDurationsPeriodsAndUris() {
    assertThat(value(Dur.class, "PT57M")).isEqualTo(new Dur(Duration.ofMinutes(57)));
    assertThat(value(Per.class, "P1M")).isEqualTo(new Per(Period.ofMonths(1)));
    assertThat(value(Uri.class, "https://example.com/a?b=c"))
        .isEqualTo(new Uri(URI.create("https://example.com/a?b=c")));
    assertThat(problem(Dur.class, "57 minutes")).isEqualTo("2:4 v schema.type 'v' must be a"
        + " duration in ISO-8601 form, such as PT57M or P2DT3H, but it is '57 minutes'");
    assertThat(problem(Per.class, "1 month")).isEqualTo("2:4 v schema.type 'v' must be a period"
        + " in ISO-8601 form, such as P1M or P1Y2M10D, but it is '1 month'");
    assertThat(problem(Uri.class, "\"a b\"")).isEqualTo("2:4 v schema.type 'v' must be a URI, but"
        + " 'a b' is not one: Illegal character in path at index 1");
  }

  @Test
  void optionals() {
    assertThat(value(Opt.class, "x")).isEqualTo(new Opt(Optional.of("x")));
    assertThat(value(OptI.class, "3")).isEqualTo(new OptI(OptionalInt.of(3)));
    assertThat(value(OptL.class, "3")).isEqualTo(new OptL(OptionalLong.of(3)));
    assertThat(value(OptD.class, "3.5")).isEqualTo(new OptD(OptionalDouble.of(3.5)));
    ContentReader reader = ContentReader.builder().build();
    assertThat(reader.read(adapt("---\ns: x\n---\n"), "c.md", Absent.class)).isEqualTo(
        new Absent("x", Optional.empty(), OptionalInt.empty(), List.of(), Set.of(), Map.of()));
  }

  @Test
  void collections() {
    assertThat(value(Lst.class, "[1, 2, 2]")).isEqualTo(new Lst(List.of(1, 2, 2)));
    assertThat(value(Lst.class, "")).isEqualTo(new Lst(List.of()));
    assertThat(value(St.class, "[b, a]").v()).containsExactly("b", "a");
    assertThat(value(Mp.class, "{x: 1, y: 2}").v()).containsExactly(Map.entry("x", 1),
        Map.entry("y", 2));
    assertThat(problem(Lst.class, "[1, two]")).isEqualTo(
        "2:8 v[1] schema.type 'v[1]' must be an integer, but it is the string \"two\"");
    assertThat(problem(St.class, "[a, a]")).isEqualTo(
        "2:8 v[1] schema.type 'v' holds the string \"a\" twice, but it is a set; remove one");
    assertThat(problem(Mp.class, "{x: one}")).isEqualTo(
        "2:8 v.x schema.type 'x' must be an integer, but it is the string \"one\"");
    assertThat(problem(Lst.class, "7")).isEqualTo(
        "2:4 v schema.type 'v' must be a list ('- item' lines), but it is the integer 7");
    assertThat(problem(Mp.class, "[]")).isEqualTo("2:4 v schema.type 'v' must be a mapping"
        + " (indented 'key: value' lines), but it is a list");
  }

  @Test
  void rawSubtree() {
    YamlNode node = value(Node.class, "{a: [1, 2]}").v();
    assertThat(node).isInstanceOfSatisfying(YamlMapping.class,
        m -> assertThat(m.entry("a")).isPresent());
  }
}
