package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ECB+ topics read the way a fact-checker reads them, with the expectations written from the
 * articles before the tool ran on them (fixtures/ecbplus/JUDGEMENTS.md describes both):
 *
 * <ul>
 *   <li>Topic 41, Yida camp, 2011: a local official's "at least 12 killed" (BBC) against Reuters,
 *       UNHCR, the Enough Project and Nonviolent Peaceforce saying nobody was hurt.
 *   <li>Topic 37, Aceh quake, 2013: the toll rises in a day to the national disaster agency's 24
 *       dead and 249 injured (The Independent, BBC); the 2004 tsunami's toll is another incident.
 * </ul>
 *
 * <p>The whole corpus is scored as one batch, as a user would. It is not part of the project: it is
 * read from {@code ../shared/corpora/ecbplus/jsonl} beside the project, or from the folder
 * {@code -Dclaimscore.corpora=DIR} names, and the test is skipped when it is absent.
 */
class EcbPlusTopicsTest {

  @TempDir static Path tmp;

  private static Map<String, Map<String, String>> sources;

  private static Path corpus() {
    String given = System.getProperty("claimscore.corpora");
    Path corpora = given != null ? Path.of(given)
        : Path.of("").toAbsolutePath().getParent().resolve("shared").resolve("corpora");
    return corpora.resolve("ecbplus").resolve("jsonl");
  }

  @BeforeAll
  static void scoreTheCorpus() throws IOException {
    Path jsonl = corpus();
    assumeTrue(Files.isDirectory(jsonl), "ECB+ not found at " + jsonl
        + ": put the corpus there or give -Dclaimscore.corpora=DIR (the folder holding ecbplus/jsonl)");
    Path out = tmp.resolve("ecbplus");
    Cli.Run run = Cli.run("score", jsonl.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    ReportFolder folder = new ReportFolder(out);
    sources = new TreeMap<>();
    folder.rows(ReportWriter.SOURCES).forEach(r -> sources.put(r.get("article_id"), r));
  }

  private static int standing(String article) {
    return Integer.parseInt(sources.get(article).get("standing"));
  }

  private static String reasons(String article) {
    return sources.get(article).get("standing_reasons");
  }

  @Test
  void yidaTheArticleWithTwelveKilledRanksBelowEveryReportThatNobodyDied() {
    List<String> nobodyDied = List.of("41_1ecbplus", "41_2ecbplus", "41_4ecbplus", "41_5ecbplus");
    for (String article : nobodyDied) {
      assertTrue(standing("41_3ecbplus") < standing(article), article + ": " + reasons(article));
      assertFalse(reasons(article).contains("contradicted"), article + ": " + reasons(article));
      assertTrue(reasons("41_3ecbplus").contains(article), reasons("41_3ecbplus"));
    }
    assertTrue(reasons("41_3ecbplus").startsWith("1 figure contradicted by "), reasons("41_3ecbplus"));
    for (String reutersCopy : List.of("41_7ecbplus", "41_11ecbplus")) {
      assertTrue(reasons(reutersCopy).startsWith("copies 41_5ecbplus: "), reasons(reutersCopy));
      assertEquals(standing("41_5ecbplus"), standing(reutersCopy), "a copy ranks by its origin");
    }
  }

  @Test
  void acehTheArticlesWithTheAgencysLatestTollStandAsHighAsAnyOther() {
    for (Map.Entry<String, Map<String, String>> e : sources.entrySet()) {
      if (e.getKey().startsWith("37_") && e.getKey().endsWith("ecbplus")) {
        for (String latest : List.of("37_3ecbplus", "37_6ecbplus")) {
          assertTrue(standing(latest) >= standing(e.getKey()), latest + " below " + e.getKey() + ": "
              + reasons(e.getKey()));
        }
      }
    }
    for (String latest : List.of("37_3ecbplus", "37_6ecbplus")) {
      assertFalse(reasons(latest).contains("contradicted"), reasons(latest));
    }
  }
}
