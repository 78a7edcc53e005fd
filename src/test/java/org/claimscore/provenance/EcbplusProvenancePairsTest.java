package org.claimscore.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pairs of real ECB+ articles of one event, chosen by reading: independent outlets that quote the
 * same statement are separate origins, reprints and rewrites are one family. The pairs (ids and
 * the reader's reason) are in {@code provenance/ecbplus-pairs.csv}; the articles are read at test
 * time from the ECB+ JSONL folder, {@code ../shared/corpora/ecbplus/jsonl} beside the project
 * (or the folder named by the system property {@code ecbplus.jsonl}), since their text may not be
 * copied into the project. Without the folder the tests are skipped.
 */
class EcbplusProvenancePairsTest {

  private static final String PAIRS = "/provenance/ecbplus-pairs.csv";

  private static TextProvenanceAnalyzer analyzer;
  private static Map<String, Article> articles;

  /** One pair from the CSV: two article ids, whether they are one family, and why. */
  record Pair(String first, String second, boolean oneFamily, String reason) {
    Pair {
      Objects.requireNonNull(first);
      Objects.requireNonNull(second);
      if (first.equals(second) || reason.isBlank()) {
        throw new IllegalArgumentException("a pair needs two different ids and a reason: " + first + ", " + second);
      }
    }

    @Override
    public String toString() {
      return first + " / " + second + (oneFamily ? " one family" : " separate");
    }
  }

  static Path corpus() {
    String property = System.getProperty("ecbplus.jsonl");
    Path projectRoot = Path.of("").toAbsolutePath();
    return property != null && !property.isBlank()
        ? Path.of(property)
        : projectRoot.getParent().resolve("shared/corpora/ecbplus/jsonl");
  }

  static List<Pair> pairs() throws IOException {
    try (Reader in = new java.io.InputStreamReader(
        Objects.requireNonNull(EcbplusProvenancePairsTest.class.getResourceAsStream(PAIRS), PAIRS),
        StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).stream()
          .map(EcbplusProvenancePairsTest::pair)
          .toList();
    }
  }

  private static Pair pair(CSVRecord row) {
    String expected = row.get("expected");
    if (!expected.equals("one-family") && !expected.equals("separate")) {
      throw new IllegalArgumentException(PAIRS + ":" + row.getRecordNumber() + ": expected is one-family or separate");
    }
    return new Pair(row.get("first"), row.get("second"), expected.equals("one-family"), row.get("reason"));
  }

  @BeforeAll
  static void load() throws Exception {
    Path dir = corpus();
    if (!Files.isDirectory(dir)) {
      return;
    }
    Lexicon lexicon = Lexicon.load(Path.of("rules/lexicon"), "rules/lexicon");
    analyzer = new TextProvenanceAnalyzer(lexicon.editorialising(), TestLanguage.shipped());
    articles = new ArticleReader(lexicon, TestLanguage.shipped()).read(List.of(dir)).articles().stream()
        .collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void pairIsOneFamilyOnlyWhenOneRewritesTheOther(Pair pair) {
    assumeTrue(articles != null, "ECB+ JSONL folder not found at " + corpus()
        + " (it stays outside the project; -Decbplus.jsonl=DIR points at it): ECB+ pair skipped");
    Article a = articles.get(pair.first());
    Article b = articles.get(pair.second());
    assertNotNull(a, pair.first() + " is not in the ECB+ folder");
    assertNotNull(b, pair.second() + " is not in the ECB+ folder");

    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(a, b));

    TextProvenanceAnalyzer.Signals s = analyzer.signals(a, b);
    System.out.printf("ecbplus pair %s containment=%.3f names=%.3f similarity=%.3f%n",
        pair, s.containment(), s.names(), s.similarity());
    boolean oneFamily = origins.get(a.id()).family().equals(origins.get(b.id()).family());
    assertEquals(pair.oneFamily(), oneFamily, pair + ": " + pair.reason());
  }
}
