package org.frontmatter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontmatter4j.ContentReader;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.FrontMatterWriter;
import org.frontmatter4j.annotation.Body;
import org.frontmatter4j.model.Content;
import org.frontmatter4j.model.Kind;
import org.frontmatter4j.model.NewsArticle;
import org.frontmatter4j.validation.ContentValidator;
import org.frontmatter4j.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reading real content files, one document per operation: each call takes the next file of the
 * corpus, round-robin, so a score is the average cost of one document of that corpus in
 * microseconds. Every file is read into memory and decoded to a {@code String} once, in setup, so
 * no benchmark measures disk I/O or UTF-8 decoding, and all start from the same text.
 *
 * <p>The {@code baseline*} benchmarks are what a reader built on another library costs, each
 * doing the same split of the front matter from the body first: snakeyaml-engine's bare parser
 * events (the floor under any event-based reader, frontmatter4j's included), snakeyaml-engine
 * loading into a {@code Map}, and Jackson binding into plain records. The other benchmarks are
 * frontmatter4j's public API as users call it, one benchmark per use: {@link #parse} to the
 * position-aware tree, {@link #parseAndBind} on to the typed, immutable model of each file's
 * kind ({@link NewsArticle} for news, {@code Person} for people, ...).
 *
 * <p>The corpus may hold any Smartable kind: each file is bound to the kind its path or front
 * matter tells ({@code type: profile} is a person), or to {@code -p kind=ID} for a folder of a
 * kind only its site folder tells (newsletters, learning articles). Three benchmarks are about
 * news articles and do the nearest thing for other kinds: {@link #baselineJacksonYamlBind} reads
 * Jackson's tree (there are no record mirrors of the other kinds), {@link #parseAndBindRecord}
 * binds the kind's own model, and {@link #editAndWritePreserving} adds a topic (not every kind
 * has {@code heat}).
 * Benchmarks for further uses (writing, validation) take {@link #nextIndex()}'s document from
 * {@link #texts} and {@link #names} in the same way, so that their scores compare within a run.
 *
 * <p>Run from the repository root, after {@code mvn -B package -pl benchmarks -am}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.frontmatter4j.benchmarks.Targets   # + ratios
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -r 1s
 * java -jar benchmarks/target/benchmarks.jar -f 1 -prof gc parseAndBind   # bytes per document
 * java -jar benchmarks/target/benchmarks.jar -p corpus=/path/to/_news     # another folder
 * java -jar benchmarks/target/benchmarks.jar -p corpus=../shared/corpus/power-apps/people
 * java -jar benchmarks/target/benchmarks.jar -p corpus=site/_newsletters -p kind=newsletter
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// SerialGC and a fixed, pre-touched heap. On the shared 2-core machines this was measured on,
// G1 and ParallelGC iterations of one benchmark ranged from 25 to 300 us/op (GC threads competing
// for the two cores, fresh memory being expensive to touch), SerialGC's from 20 to 33. Three
// forks, since the JIT's choices still differ from fork to fork.
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class CorpusBenchmark {
  private static final String DELIMITER = "---";
  private static final String DOCUMENT_END = "...";

  /**
   * The folder whose {@code .md} files (recursively) are the documents. A relative path is
   * resolved against the working directory; the default names the shared Smartable news corpus
   * beside the repository when run from the repository root.
   */
  @Param("../shared/corpus/power-apps/news")
  public String corpus;

  /**
   * The kind every file is bound to, by id ({@code person}, {@code video}, ...); {@code auto}
   * (the default) takes each file's kind from its path or front matter.
   */
  @Param("auto")
  public String kind;

  /** Every document's whole text, in path order. */
  protected String[] texts;
  /** Every document's path, the source name given to frontmatter4j. */
  protected String[] names;
  private int next;

  private FrontMatterParser parser;
  private ContentReader reader;
  private ContentValidator validator;
  private FrontMatterWriter writer;
  /** Every document's model type, from its kind. */
  private Class<?>[] types;
  /** What {@link #parseAndBindRecord} binds: {@link NewsMirror} for news, else the model. */
  private Class<?>[] recordTypes;
  /** Every document parsed, and bound, once: the writers' inputs. */
  private FrontMatterDocument[] documents;
  private Object[] values;
  /** For news, every article (edited in the measured call); null for a corpus of other kinds. */
  private NewsArticle[] articles;
  /** For other kinds, every value with one topic added (made here, written in the call). */
  private Object[] edited;
  private ObjectReader jacksonTree;
  private LoadSettings snakeSettings;
  private Load snakeLoad;
  private ObjectReader jackson;

  /** Reads the corpus and builds every reader once, as an application would. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = markdownFiles(Path.of(corpus));
    texts = new String[files.size()];
    names = new String[files.size()];
    for (int i = 0; i < texts.length; i++) {
      names[i] = files.get(i).toString();
      texts[i] = Files.readString(files.get(i));
      // Fail here, not in a measured call, if a baseline could not even split a file.
      frontMatter(texts[i]);
    }
    parser = FrontMatterParser.builder().build();
    reader = ContentReader.builder().parser(parser).build();
    validator = ContentValidator.builder().parser(parser).build();
    writer = FrontMatterWriter.builder().build();
    documents = new FrontMatterDocument[texts.length];
    types = new Class<?>[texts.length];
    values = new Object[texts.length];
    Optional<Kind> forced = kind.equals("auto") ? Optional.empty()
        : Optional.of(Kind.byId(kind).orElseThrow(() -> new IllegalArgumentException(
            "unknown kind '" + kind + "'; pass -p kind=auto or a kind id such as person")));
    boolean allNews = true;
    for (int i = 0; i < texts.length; i++) {
      FrontMatterDocument document = parser.parse(texts[i], names[i]);
      documents[i] = document;
      Path file = Path.of(names[i]);
      Kind found = forced.or(() -> Kind.detect(file, document.frontMatter()))
          .orElseThrow(() -> new IllegalArgumentException(file + " is of no kind its path or"
              + " front matter tells; pass -p kind=ID"));
      types[i] = found.type();
      values[i] = reader.bind(documents[i], types[i]).orElseThrow();
      allNews &= found == Kind.NEWS;
    }
    articles = allNews ? Arrays.copyOf(values, values.length, NewsArticle[].class) : null;
    edited = allNews ? null : withExtraTopic(values, types);
    recordTypes = types.clone();
    if (allNews) {
      Arrays.fill(recordTypes, NewsMirror.class);
    }
    // The validator factory's one-off bootstrap stays out of the measurement.
    validator.validate(documents[0]);
    snakeSettings = LoadSettings.builder().build();
    snakeLoad = new Load(snakeSettings);
    YAMLMapper mapper = YAMLMapper.builder().addModule(new JavaTimeModule()).build();
    jackson = articles != null ? mapper.readerFor(NewsRecord.class) : null;
    jacksonTree = mapper.readerFor(JsonNode.class);
  }

  /** Each value with the topic {@code Benchmarks} added, through its generated withTopics. */
  private static Object[] withExtraTopic(Object[] values, Class<?>[] types) {
    Object[] edited = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Content content = (Content) values[i];
      List<String> topics = new ArrayList<>(content.topics());
      topics.add("Benchmarks");
      try {
        // the kind's interface, e.g. Person, inherits withTopics from its generated WithPerson
        edited[i] = types[i].getMethod("withTopics", Iterable.class).invoke(content, topics);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(types[i] + " has no withTopics", e);
      }
    }
    return edited;
  }

  /** The index of the document the current call works on; advances round-robin. */
  protected final int nextIndex() {
    int index = next;
    next = index + 1 == texts.length ? 0 : index + 1;
    return index;
  }

  /** Split, then pull every snakeyaml-engine parser event of the front matter. */
  @Benchmark
  public void baselineSnakeYamlEngineEvents(Blackhole blackhole) {
    String yaml = frontMatter(texts[nextIndex()]);
    ParserImpl events = new ParserImpl(snakeSettings, new StreamReader(snakeSettings, yaml));
    while (events.hasNext()) {
      blackhole.consume(events.next());
    }
  }

  /** Split, then snakeyaml-engine's {@code Load} into maps, lists and scalars. */
  @Benchmark
  public Object baselineSnakeYamlEngineLoad() {
    return snakeLoad.loadFromString(frontMatter(texts[nextIndex()]));
  }

  /**
   * Split, then jackson-dataformat-yaml binding into plain records (news); for other kinds,
   * into Jackson's tree.
   */
  @Benchmark
  public Object baselineJacksonYamlBind() throws IOException {
    String yaml = frontMatter(texts[nextIndex()]);
    return jackson != null ? jackson.readValue(yaml) : jacksonTree.readValue(yaml);
  }

  /** frontmatter4j: the position-aware tree, body and line endings of one file. */
  @Benchmark
  public FrontMatterDocument parse() {
    int index = nextIndex();
    return parser.parse(texts[index], names[index]);
  }

  /**
   * frontmatter4j: parse and bind strictly to the immutable model of the file's kind, such as
   * {@link NewsArticle}.
   */
  @Benchmark
  public Object parseAndBind() {
    int index = nextIndex();
    return reader.read(texts[index], names[index], types[index]);
  }

  /**
   * frontmatter4j: parse and bind strictly to a plain record mirror of {@link NewsArticle}, as a
   * user's own type binds: the generic binder on a record's canonical constructor. Other kinds
   * bind their own model, as {@link #parseAndBind} does.
   */
  @Benchmark
  public Object parseAndBindRecord() {
    int index = nextIndex();
    return reader.read(texts[index], names[index], recordTypes[index]);
  }

  /** frontmatter4j: parse, bind and apply every content rule, with positions for problems. */
  @Benchmark
  public ValidationReport parseBindValidate() {
    int index = nextIndex();
    return validator.validate(parser.parse(texts[index], names[index]));
  }

  /** frontmatter4j: a bound value in Smartable's canonical layout, from the model alone. */
  @Benchmark
  public String writeCanonical() {
    return writer.writeCanonical(values[nextIndex()]);
  }

  /** frontmatter4j: an unmodified parsed document written back, byte for byte. */
  @Benchmark
  public String writePreserving() {
    return writer.write(documents[nextIndex()]);
  }

  /**
   * frontmatter4j: one field changed ({@code heat}), written back with a minimal diff; for
   * other kinds, one topic added.
   */
  @Benchmark
  public String editAndWritePreserving() {
    int index = nextIndex();
    if (articles == null) {
      return writer.write(edited[index], documents[index]);
    }
    NewsArticle article = articles[index];
    return writer.write(article.withHeat(article.heat().orElse(0) + 1), documents[index]);
  }

  /**
   * The YAML between the opening {@code ---} line and the first {@code ---} or {@code ...}
   * line, found the way frontmatter4j finds it, so that baselines split no cheaper than it does.
   */
  static String frontMatter(String text) {
    if (!text.startsWith(DELIMITER)) {
      throw new IllegalArgumentException("no opening '---' line");
    }
    int start = text.indexOf('\n') + 1;
    int lineStart = start;
    while (lineStart > 0 && lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int contentEnd =
          lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (contentEnd - lineStart == 3 && (text.startsWith(DELIMITER, lineStart)
          || text.startsWith(DOCUMENT_END, lineStart))) {
        return text.substring(start, lineStart);
      }
      lineStart = newline + 1;
    }
    throw new IllegalArgumentException("no closing '---' line");
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus folder " + dir.toAbsolutePath().normalize()
          + " does not exist; run from the repository root or pass -p corpus=<folder of .md>");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".md")
          || p.toString().endsWith(".html")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException(
            "corpus folder " + dir.toAbsolutePath().normalize() + " has no .md or .html files");
      }
      return files;
    }
  }

  /** A news article as a Jackson user would declare it: a plain record per object. */
  public record NewsRecord(
      String category,
      String title,
      String excerpt,
      OffsetDateTime publishedDateTime,
      String originalUrl,
      String webUrl,
      String ampWebUrl,
      String cdnAmpWebUrl,
      String type,
      Integer quality,
      Integer heat,
      Boolean published,
      String featuredContent,
      ProviderRecord provider,
      List<String> topics,
      List<ImageRecord> images,
      List<RelatedRecord> related,
      String secured) {}

  /** Who published an article. */
  public record ProviderRecord(String name, String domain, List<ImageRecord> images) {}

  /** A picture. */
  public record ImageRecord(String url, int width, int height, Boolean isCached, String title) {}

  /** An article shown beside another. */
  public record RelatedRecord(
      String title,
      String excerpt,
      OffsetDateTime publishedDateTime,
      String webUrl,
      String ampWebUrl,
      String cdnAmpWebUrl,
      String type,
      ProviderRecord provider,
      Integer quality,
      List<ImageRecord> images) {}

  /** {@link NewsArticle} as a user would mirror it with records, for the generic binder. */
  public record NewsMirror(
      String category,
      String title,
      String excerpt,
      OffsetDateTime publishedDateTime,
      Optional<String> originalUrl,
      Optional<String> webUrl,
      Optional<String> ampWebUrl,
      Optional<String> cdnAmpWebUrl,
      String type,
      OptionalInt quality,
      OptionalInt heat,
      Optional<Boolean> published,
      Optional<String> featuredContent,
      ProviderMirror provider,
      List<String> topics,
      List<ImageMirror> images,
      List<RelatedMirror> related,
      Optional<String> secured,
      @Body String body) {}

  /** Who published an article. */
  public record ProviderMirror(String name, String domain, List<ImageMirror> images) {}

  /** A picture. */
  public record ImageMirror(String url, int width, int height, Optional<Boolean> isCached,
      Optional<String> title) {}

  /** An article shown beside another. */
  public record RelatedMirror(
      String title,
      Optional<String> excerpt,
      Optional<OffsetDateTime> publishedDateTime,
      String webUrl,
      Optional<String> ampWebUrl,
      Optional<String> cdnAmpWebUrl,
      Optional<String> type,
      Optional<ProviderMirror> provider,
      OptionalInt quality,
      List<ImageMirror> images) {}
}
