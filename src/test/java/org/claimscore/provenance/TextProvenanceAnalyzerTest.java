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
import org.claimscore.language.TestLanguage;
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
    analyzer = new TextProvenanceAnalyzer(org.claimscore.lexicon.TestLexicons.kursk().editorialising(), TestLanguage.shipped());
    seeds = SeedArticles.all();
  }

  @Test
  void seedPairsLeaveMarginAroundTheThresholds() {
    double relatedSimilarityMargin = 1;
    double relatedProseMargin = 1;
    double highestUnrelatedProse = 0;
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = i + 1; j < seeds.size(); j++) {
        Article a = seeds.get(i);
        Article b = seeds.get(j);
        TextProvenanceAnalyzer.Signals s = analyzer.signals(a, b);
        System.out.printf("provenance %s %s containment=%.3f names=%.3f similarity=%.3f%n",
            a.id().substring(0, 3), b.id().substring(0, 3), s.containment(), s.names(), s.similarity());
        boolean summary = a.id().equals(A001) || b.id().equals(A001);
        if (a.id().equals(A002) || b.id().equals(A002)) {
          if (a.id().equals(A000) || b.id().equals(A000) || summary) {
            double related = summary ? TextProvenanceAnalyzer.RELATED_WITH_CUE : TextProvenanceAnalyzer.RELATED;
            double prose = summary ? TextProvenanceAnalyzer.SHARED_PROSE_WITH_CUE : TextProvenanceAnalyzer.SHARED_PROSE;
            relatedSimilarityMargin = Math.min(relatedSimilarityMargin, s.similarity() - related);
            relatedProseMargin = Math.min(relatedProseMargin, s.containment() - prose);
            continue;
          }
        }
        if (!(a.id().equals(A000) && b.id().equals(A001))) {
          highestUnrelatedProse = Math.max(highestUnrelatedProse, s.containment());
        }
      }
    }
    assertTrue(relatedSimilarityMargin >= 0.1, "related similarity margin " + relatedSimilarityMargin);
    assertTrue(relatedProseMargin >= 0.05, "related shared prose margin " + relatedProseMargin);
    assertTrue(highestUnrelatedProse <= TextProvenanceAnalyzer.SHARED_PROSE_WITH_CUE - 0.05,
        "highest unrelated shared prose " + highestUnrelatedProse);
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

  private static final String MINISTER = "“We have deployed four hundred soldiers and twelve helicopters to the flooded "
      + "districts. Every family that lost its home will receive temporary shelter within forty-eight hours. The dams "
      + "upstream are holding, and engineers are inspecting them around the clock.”";
  private static final String RESCUE_CHIEF = "“The water is still rising in the eastern districts, and we ask people "
      + "not to return home until we say it is safe,”";
  private static final String HARBOUR_POST_BODY = "Heavy rain overnight sent the Tarn river over its banks on Tuesday, "
      + "flooding low-lying neighbourhoods of Port Ellis and cutting the coastal road in three places. Rescue crews in "
      + "small boats carried elderly residents from the rooftops of terraced houses near the old market. At least 3,200 "
      + "people spent the night in school gymnasiums, according to the provincial emergency office.\n\n"
      + "Interior Minister Elena Marsh said at a press conference in the capital: " + MINISTER + "\n\n"
      + RESCUE_CHIEF + " said Tomas Greer, who leads the rescue service.\n\n"
      + "Shopkeepers along the waterfront said the water rose faster than during the floods of 2011. Forecasters "
      + "expect more rain on Thursday, and the port authority has closed the harbour to small craft.";
  private static final String HARBOUR_POST = "Floods force thousands from their homes in Valdoria\n"
      + "By Anna Reyes, Harbour Post\n\n" + HARBOUR_POST_BODY;

  private static Article article(String id, String text) {
    return new Article(id, "unknown", null, null, null, text, id);
  }

  private static boolean oneFamily(Article a, Article b) {
    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(a, b));
    return origins.get(a.id()).family().equals(origins.get(b.id()).family());
  }

  @Test
  void twoOutletsQuotingTheSameMinisterInTheirOwnWordsAreTwoFamilies() {
    Article valleyTimes = article("valley-times", "Minister promises shelter as the Tarn floods Port Ellis\n"
        + "Valley Times staff\n\n"
        + "Residents of Port Ellis woke on Tuesday to brown water in their kitchens after the Tarn burst through "
        + "sandbags overnight. Volunteers from the fire brigade waded door to door with torches, checking on "
        + "neighbours who had refused to leave. The provincial emergency office put the number of evacuees at 3,200.\n\n"
        + MINISTER + " Interior Minister Elena Marsh told reporters in the capital.\n\n"
        + RESCUE_CHIEF + " Tomas Greer of the rescue service added.\n\n"
        + "Farmers upstream fear for the harvest, since fields of maize and barley lie under a metre of water. A "
        + "school director said classes would not resume before next week.");

    assertFalse(oneFamily(article("harbour-post", HARBOUR_POST), valleyTimes));
  }

  @Test
  void twoOutletsPastingTheSameStatementAfterAColonAreTwoFamilies() {
    String statement = "The ministry regrets the loss of life in the eastern districts. Four hundred soldiers and "
        + "twelve helicopters have been deployed, every family that lost its home will receive temporary shelter "
        + "within forty-eight hours, and engineers are inspecting the dams upstream around the clock.";
    Article first = article("first", "Heavy rain overnight sent the Tarn river over its banks on Tuesday, flooding "
        + "low-lying neighbourhoods of Port Ellis. Rescue crews in small boats carried elderly residents from "
        + "rooftops near the old market.\n\nThe interior ministry said in a statement: " + statement);
    Article second = article("second", "Residents of Port Ellis woke on Tuesday to brown water in their kitchens "
        + "after the Tarn burst through sandbags. Volunteers waded door to door with torches, checking on "
        + "neighbours.\n\nIn a statement on Tuesday evening, the interior ministry said:\n\n" + statement);

    assertFalse(oneFamily(first, second));
  }

  @Test
  void aReprintUnderAnotherHeadlineAndBylineIsOneFamily() {
    Article reprint = article("coastal-daily", "Thousands flee the rising Tarn\n"
        + "Coastal Daily, from Harbour Post reporting. Updated 9:40 p.m.\n\n" + HARBOUR_POST_BODY);

    Map<String, ArticleOrigin> origins = analyzer.analyze(List.of(article("harbour-post", HARBOUR_POST), reprint));

    ArticleOrigin longer = origins.get("coastal-daily");
    ArticleOrigin shorter = origins.get("harbour-post");
    assertEquals(longer.articleId(), shorter.family(), "the shorter of two related articles derives from the longer");
    assertEquals(longer.articleId(), shorter.derivedFrom());
  }

  @Test
  void aRewriteThatParaphrasesAndKeepsTheQuotesIsOneFamilyWhileItsOwnSentencesOverlap() {
    Article rewrite = article("island-news", "Valdoria floods: thousands spend the night in gymnasiums\n\n"
        + "The Tarn river burst its banks on Tuesday after a night of heavy rain, flooding low-lying parts of Port "
        + "Ellis and cutting the coastal road in three places. Rescue crews in small boats carried elderly residents "
        + "from the rooftops of terraced houses near the old market. The provincial emergency office said at least "
        + "3,200 people slept in school gymnasiums.\n\n"
        + "Speaking in the capital, Interior Minister Elena Marsh said: " + MINISTER + "\n\n"
        + RESCUE_CHIEF + " rescue chief Tomas Greer said.\n\n"
        + "Shopkeepers along the waterfront said the water rose faster than during the floods of 2011.");

    assertTrue(oneFamily(article("harbour-post", HARBOUR_POST), rewrite));
  }
}
