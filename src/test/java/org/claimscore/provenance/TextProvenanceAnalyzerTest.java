package org.claimscore.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextProvenanceAnalyzerTest {

  private static final String A000 = "000_ff52ee658b83113a";
  private static final String A001 = "001_159d6d3fb7c6ebe6";
  private static final String A002 = "002_f871c10e5ad88397";
  private static final String A003 = "003_eeea51c4231d646a";
  private static final String A004 = "004_6a2b5a429b439ddd";

  private static TextProvenanceAnalyzer analyzer;
  private static List<Article> seeds;

  @BeforeAll
  static void load() throws Exception {
    analyzer = new TextProvenanceAnalyzer(org.claimscore.lexicon.TestLexicons.kursk().editorialising());
    seeds = SeedArticles.all();
  }

  @Test
  void seedPairwiseSimilaritiesLeaveMarginAroundTheThresholds() {
    double lowestRelated = 1;
    double highestUnrelated = 0;
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = i + 1; j < seeds.size(); j++) {
        Article a = seeds.get(i);
        Article b = seeds.get(j);
        TextProvenanceAnalyzer.Signals s = analyzer.signals(a, b);
        System.out.printf("provenance %s %s containment=%.3f names=%.3f quotes=%.3f similarity=%.3f%n",
            a.id().substring(0, 3), b.id().substring(0, 3), s.containment(), s.names(), s.quotes(), s.similarity());
        boolean related = a.id().equals(A002) || b.id().equals(A002);
        related &= a.id().startsWith("00") && b.id().startsWith("00") && !a.id().equals(A003) && !b.id().equals(A003)
            && !a.id().equals(A004) && !b.id().equals(A004);
        if (related) {
          lowestRelated = Math.min(lowestRelated, s.similarity());
        } else if (!(a.id().equals(A000) && b.id().equals(A001))) {
          highestUnrelated = Math.max(highestUnrelated, s.similarity());
        }
      }
    }
    assertTrue(lowestRelated >= TextProvenanceAnalyzer.RELATED + 0.1, "lowest related " + lowestRelated);
    assertTrue(highestUnrelated <= TextProvenanceAnalyzer.RELATED_WITH_CUE - 0.05, "highest unrelated " + highestUnrelated);
  }

  @Test
  void seedFamiliesAreTheRewriteAndSummaryOf002AndTwoIndependentOrigins() {
    Map<String, ArticleOrigin> origins = analyzer.analyze(seeds);

    assertEquals(5, origins.size());
    assertEquals(A002, origins.get(A000).family());
    assertEquals(A002, origins.get(A000).derivedFrom());
    assertEquals(A002, origins.get(A001).family());
    assertEquals(A002, origins.get(A001).derivedFrom());
    assertEquals(A002, origins.get(A002).family());
    assertEquals("", origins.get(A002).derivedFrom());
    assertEquals(0.0, origins.get(A002).similarity());
    assertEquals(A003, origins.get(A003).family());
    assertFalse(origins.get(A003).derived());
    assertEquals(A004, origins.get(A004).family());
    assertFalse(origins.get(A004).derived());
    assertTrue(origins.get(A000).similarity() > TextProvenanceAnalyzer.RELATED);
    assertTrue(origins.get(A001).similarity() > TextProvenanceAnalyzer.RELATED);
  }

  @Test
  void seedCues() {
    Map<String, ArticleOrigin> origins = analyzer.analyze(seeds);

    assertEquals(List.of("boilerplate-footer"), origins.get(A000).cues());
    assertEquals(List.of("machine-summary-disclaimer"), origins.get(A001).cues());
    assertEquals(List.of("translated"), origins.get(A002).cues());
    assertEquals(List.of("editorialising"), origins.get(A003).cues());
    assertEquals(List.of("editorialising", "newsletter", "wire-service"), origins.get(A004).cues());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(seeds);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 1, 3);

    assertEquals(analyzer.analyze(seeds), analyzer.analyze(shuffled));
  }

  @Test
  void twoIdenticalArticlesAreOneFamilyWithSimilarityOne() {
    String text = seeds.get(3).text();
    Article b = new Article("b", "unknown", null, null, null, text, "b");
    Article a = new Article("a", "unknown", null, null, null, text, "a");

    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(b, a));

    assertEquals(new ArticleOrigin("a", "a", "", 0.0, List.of("editorialising")), origins.get("a"));
    assertEquals(new ArticleOrigin("b", "a", "a", 1.0, List.of("editorialising", "near-duplicate")), origins.get("b"));
  }

  @Test
  void oneArticleAloneIsItsOwnFamily() {
    Article only = seeds.get(4);

    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(only));

    assertEquals(1, origins.size());
    assertEquals(only.id(), origins.get(only.id()).family());
    assertEquals("", origins.get(only.id()).derivedFrom());
  }

  @Test
  void oddTextDoesNotThrowAndStaysApart() {
    List<Article> odd = List.of(
        new Article("empty", "unknown", null, null, null, "", "empty"),
        new Article("blank", "unknown", null, null, null, " \n\u00A0\t", "blank"),
        new Article("short", "unknown", null, null, null, "Tags", "short"),
        new Article("quotes", "unknown", null, null, null, "\"\"\"“”“ \" unbalanced “ quote", "quotes"));

    Map<String, ArticleOrigin> origins = analyzer.analyze(odd);

    assertEquals(4, origins.size());
    origins.forEach((id, o) -> assertEquals(id, o.family()));
  }

  @Test
  void articleWithSummaryDisclaimerDerivesFromTheOtherEvenWhenLonger() {
    Article original = new Article("x", "unknown", null, null, null, seeds.get(2).text().substring(0, 3000), "x");
    Article summary = new Article("a", "unknown", null, null, null,
        seeds.get(2).text() + "\nThis article is AI-generated.", "a");

    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(original, summary));

    assertEquals("x", origins.get("a").derivedFrom());
    assertEquals("x", origins.get("a").family());
    assertEquals(List.of("machine-summary-disclaimer", "near-duplicate", "translated"), origins.get("a").cues());
    assertEquals("", origins.get("x").derivedFrom());
  }
}
