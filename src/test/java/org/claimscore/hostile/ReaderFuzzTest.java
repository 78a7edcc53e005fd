package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.Rejection;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.TestLexicons;

/**
 * Random bytes and random JSON handed to the article reader: every file, and every line of a
 * JSONL file, comes out as an article or as a rejected input with a one-line reason, within
 * seconds, never as an exception; and an article read again from its locator is the same article.
 */
class ReaderFuzzTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final List<byte[]> MARKS = List.of(
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
      new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
      new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
  private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"), StandardCharsets.ISO_8859_1);
  private static final List<String> FIELDS = List.of("id", "outlet", "url", "published", "title", "text", "text",
      "text", "other");

  private static ArticleReader reader;
  private static Path dir;
  private static int files;

  @BeforeContainer
  static void load() throws Exception {
    reader = new ArticleReader(TestLexicons.shipped(), TestLanguage.shipped());
    dir = Files.createTempDirectory("claimscore-fuzz-");
  }

  @AfterContainer
  static void clean() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 150)
  void anyBytesAsATextFileAreOneArticleOrOneRejection(@ForAll("bytes") byte[] bytes) throws IOException {
    Outcomes got = read(bytes, "txt");
    assertEquals(1, got.articles.size() + got.rejected.size(), got.toString());
  }

  @Property(tries = 150)
  void anyJsonDocumentIsOneArticleOrOneRejection(@ForAll("jsonFiles") byte[] bytes) throws IOException {
    Outcomes got = read(bytes, "json");
    assertEquals(1, got.articles.size() + got.rejected.size(), got.toString());
  }

  @Property(tries = 120)
  void everyJsonLineIsAnArticleOrARejectionOfItsOwn(@ForAll("jsonLines") byte[] bytes) throws IOException {
    Outcomes got = read(bytes, "jsonl");
    Set<String> inputs = new HashSet<>();
    got.articles.forEach(a -> assertTrue(inputs.add(a.input()), "two outcomes for " + a.input()));
    got.rejected.forEach(r -> assertTrue(inputs.add(r.input()), "two outcomes for " + r.input()));
    boolean anyText = false;
    for (byte b : bytes) {
      anyText |= b != ' ' && b != '\t' && b != '\r' && b != '\n';
    }
    assertTrue(!anyText || !inputs.isEmpty(), "a file with text in it gave nothing");
  }

  /** Reads one file, checks what every outcome looks like, and returns them all. */
  private static Outcomes read(byte[] bytes, String extension) throws IOException {
    Path file = dir.resolve("f" + files++ + "." + extension);
    Files.write(file, bytes);
    Outcomes got = assertTimeoutPreemptively(LIMIT, () -> {
      Outcomes o = new Outcomes();
      reader.stream(List.of(file), o);
      return o;
    });
    String input = file.toString().replace('\\', '/');
    for (Rejection r : got.rejected) {
      assertTrue(r.input().equals(input) || r.input().startsWith(input + ":"), r.toString());
      assertFalse(r.reason().isBlank(), r.toString());
      assertTrue(r.reason().lines().count() == 1, r.toString());
    }
    for (int k = 0; k < got.articles.size(); k++) {
      Article a = got.articles.get(k);
      assertFalse(a.text().isBlank(), a.toString());
      assertTrue(a.input().equals(input) || a.input().startsWith(input + ":"), a.toString());
      ArticleLocator where = got.where.get(k);
      assertEquals(a, assertTimeoutPreemptively(LIMIT, () -> reader.reread(where)));
    }
    Files.delete(file);
    return got;
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(400)
        .flatMap(s -> Arbitraries.of(CHARSETS).map(cs -> s.getBytes(cs)));
    Arbitrary<byte[]> mixed = Combinators.combine(Arbitraries.of(MARKS), text, random.map(b -> cut(b, 8)))
        .as((mark, body, noise) -> concat(mark, body, noise));
    return Arbitraries.oneOf(random, text, mixed, text.map(ReaderFuzzTest::withNul));
  }

  @Provide
  Arbitrary<byte[]> jsonFiles() {
    Arbitrary<String> doc = record();
    return Arbitraries.frequencyOf(
        Tuple.of(4, doc.map(d -> d.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(2, doc.flatMap(d -> Arbitraries.of(CHARSETS).map(cs -> ("\uFEFF" + d).getBytes(cs)))),
        Tuple.of(2, doc.flatMap(d -> Arbitraries.integers().between(0, d.length()).map(n -> d.substring(0, n)))
            .map(d -> d.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, doc.map(d -> withNul(d.getBytes(StandardCharsets.UTF_8)))),
        Tuple.of(1, Arbitraries.integers().between(1, 6000).map(n -> ("{\"text\": " + "[".repeat(n) + "\"x\""
            + "]".repeat(n) + "}").getBytes(StandardCharsets.UTF_8))));
  }

  @Provide
  Arbitrary<byte[]> jsonLines() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        Tuple.of(5, record()),
        Tuple.of(2, record().flatMap(d -> Arbitraries.integers().between(0, d.length()).map(n -> d.substring(0, n)))),
        Tuple.of(1, Arbitraries.of("", " ", "\t", "\r", "{}", "[]", "null", "\"text\"", "{\"text\": \"a\"} {}")),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)));
    Arbitrary<String> joined = Combinators.combine(line.list().ofMaxSize(25), Arbitraries.of("\n", "\r\n"))
        .as((lines, end) -> String.join(end, lines));
    return Arbitraries.frequencyOf(
        Tuple.of(6, joined.map(j -> j.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, Combinators.combine(Arbitraries.of(MARKS), joined)
            .as((mark, j) -> concat(mark, j.getBytes(StandardCharsets.UTF_8), new byte[0]))),
        Tuple.of(1, joined.flatMap(j -> Arbitraries.of(CHARSETS).map(cs -> j.getBytes(cs)))),
        Tuple.of(1, joined.map(j -> withNul(j.getBytes(StandardCharsets.UTF_8)))));
  }

  /** A JSON object with article fields whose values are of any type, sometimes a duplicate key. */
  private static Arbitrary<String> record() {
    Arbitrary<String> field = Combinators.combine(Arbitraries.of(FIELDS), value(3))
        .as((name, value) -> "\"" + name + "\": " + value);
    return field.list().ofMaxSize(8).map(fields -> "{" + String.join(", ", fields) + "}");
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> string = Arbitraries.strings().all().ofMaxLength(80).map(ReaderFuzzTest::quote);
    Arbitrary<String> words = Arbitraries.of("Officials said 12 people died.", "  ", "", "2024-03-12",
        "2024-02-30", "2024-03-12T10:00:00Z", "+999999999-01-01", "Reuters", "\\u0000", "\\ud800",
        "\\uD83D\\uDE00", "line\\nbreak").map(s -> "\"" + s + "\"");
    Arbitrary<String> number = Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("1e999999", "-1e-999999", "-0", "0.0", "1.5E+308", "NaN", "Infinity", "01", "1.", ".5"),
        Arbitraries.integers().between(1, 3000).map("9"::repeat));
    Arbitrary<String> atom = Arbitraries.oneOf(string, words, words, number, Arbitraries.of("true", "false", "null"));
    if (depth == 0) {
      return atom;
    }
    Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(v -> "[" + String.join(", ", v) + "]");
    Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), value(depth - 1))
        .as((name, v) -> "\"" + name + "\": " + v).list().ofMaxSize(3).map(f -> "{" + String.join(", ", f) + "}");
    return Arbitraries.frequencyOf(Tuple.of(6, atom), Tuple.of(1, array), Tuple.of(1, object));
  }

  /** A JSON string literal of {@code s}, escaped as JSON requires. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static byte[] withNul(byte[] bytes) {
    byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
    int at = bytes.length / 2;
    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
    out[at] = 0;
    return out;
  }

  private static byte[] cut(byte[] bytes, int max) {
    return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    out.writeBytes(c);
    return out.toByteArray();
  }

  /** What the reader made of one file, in order. */
  private static final class Outcomes implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<ArticleLocator> where = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void article(Article article, ArticleLocator at) {
      articles.add(article);
      where.add(at);
    }

    @Override
    public void rejected(Rejection rejection) {
      rejected.add(rejection);
    }

    @Override
    public String toString() {
      return articles + " " + rejected;
    }
  }
}
