package org.claimscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance core of the seed corpus (SEED-CASES.md, "Orderings that must hold"): each claim
 * is found by its text in the article a careful reader finds it in.
 */
class SeedAcceptanceTest {

  private static final Path FIXTURE = Path.of("fixtures/kursk-raid-2024");
  private static Stages stages;
  private static ScoredBatch batch;

  @BeforeAll
  static void score() {
    stages = FixtureRun.stages();
    batch = FixtureRun.score(stages, 2, FIXTURE);
  }

  /** The one claim of {@code article} (id prefix) whose text contains {@code fragment}. */
  private static ScoredClaim claim(String article, String fragment) {
    List<ScoredClaim> found = batch.claims().stream()
        .filter(c -> c.claim().articleId().startsWith(article) && c.claim().text().contains(fragment))
        .toList();
    assertEquals(1, found.size(), "claims of " + article + " containing '" + fragment + "': " + found);
    return found.get(0);
  }

  private static int confidence(String article, String fragment) {
    return claim(article, fragment).score().confidence();
  }

  private static final String ISW = "according to analysts from the Institute for the Study of War";
  private static final String TACK = "still seem capable of controlling part of this locality";

  @Test
  void theRewriteAndTheMachineSummaryBelongToTheOriginalsFamily() {
    ArticleOrigin rewrite = batch.origins().get("000_ff52ee658b83113a");
    ArticleOrigin summary = batch.origins().get("001_159d6d3fb7c6ebe6");
    assertEquals("002_f871c10e5ad88397", rewrite.family());
    assertEquals("002_f871c10e5ad88397", summary.family());
    assertEquals("002_f871c10e5ad88397", batch.origins().get("002_f871c10e5ad88397").family());
    assertEquals("003_eeea51c4231d646a", batch.origins().get("003_eeea51c4231d646a").family());
    assertEquals("004_6a2b5a429b439ddd", batch.origins().get("004_6a2b5a429b439ddd").family());
    assertTrue(summary.cues().contains("machine-summary-disclaimer"), summary.cues().toString());
  }

  @Test
  void iswAboveTackAboveTheMinistrysCasualtyFigure() {
    int isw = confidence("002", ISW);
    int tack = confidence("002", TACK);
    assertTrue(isw > tack, "ISW " + isw + " must be above Tack " + tack);
    for (ScoredClaim c : claimsWith("234")) {
      assertTrue(tack > c.score().confidence(),
          "Tack " + tack + " must be above the 234-killed claim " + c.claim().id() + " at " + c.score().confidence());
    }
  }

  @Test
  void iswAboveTheLegionsTetkinoClaimAndLozovaRudka() {
    int isw = confidence("002", ISW);
    int tetkino002 = confidence("002", "claimed on Tuesday, March 12, to have taken full control");
    int tetkino004 = confidence("004", "said on its Telegram channel that it had taken full control");
    int lozova = confidence("003", "Lozova Rudka");
    assertTrue(isw > tetkino002, "ISW " + isw + " vs Tetkino (002) " + tetkino002);
    assertTrue(isw > tetkino004, "ISW " + isw + " vs Tetkino (004) " + tetkino004);
    assertTrue(isw > lozova, "ISW " + isw + " vs Lozova Rudka " + lozova);
  }

  @Test
  void aReportedlyHedgedSecondHandClaimIsBelowTheSameClaimFromANamedDirectSource(@TempDir Path tmp)
      throws Exception {
    int reported = confidence("004", "one Ukrainian drone reportedly struck a Russian oil refinery");
    Path named = tmp.resolve("named.txt");
    Files.writeString(named, "Drone strike on refinery\n\nThe governor of the Nizhny Novgorod region, Gleb "
        + "Nikitin, said a Ukrainian drone struck a Russian oil refinery in the Nizhny Novgorod region on "
        + "Tuesday.\n");
    ScoredBatch direct = FixtureRun.score(stages, 1, named);
    ScoredClaim namedClaim = direct.claims().stream().filter(c -> c.claim().text().contains("struck")).findFirst()
        .orElseThrow(() -> new AssertionError("no claim in " + direct.claims()));
    assertEquals("Gleb Nikitin", namedClaim.claim().attribution().speaker());
    assertTrue(reported < namedClaim.score().confidence(),
        "reportedly " + reported + " vs named direct source " + namedClaim.score().confidence());
  }

  @Test
  void theOriginalsFamilyCountsOnceForWhatItsCopiesRepeat() {
    Set<String> family = Set.of("000_ff52ee658b83113a", "001_159d6d3fb7c6ebe6", "002_f871c10e5ad88397");
    int checked = 0;
    for (ScoredClaim c : batch.claims()) {
      if (!c.claim().articleId().startsWith("000") && !c.claim().articleId().startsWith("001")) {
        continue;
      }
      if (!c.evidence().supportingArticles().contains("002_f871c10e5ad88397")) {
        continue;
      }
      checked++;
      Set<String> families = new TreeSet<>();
      families.add(batch.origins().get(c.claim().articleId()).family());
      c.evidence().supportingArticles().forEach(a -> families.add(batch.origins().get(a).family()));
      assertEquals(families.size(), c.evidence().independentOrigins(), c.claim().id() + " " + c.evidence());
      long outside = c.evidence().supportingArticles().stream().filter(a -> !family.contains(a)).count();
      if (outside == 0) {
        assertEquals(1, c.evidence().independentOrigins(), c.claim().id() + " is only repeated inside its family");
      }
    }
    assertTrue(checked >= 5, "expected several claims of 000 and 001 that 002 also makes, found " + checked);
  }

  @Test
  void theSameStatementWithDifferentFiguresIsFlaggedInconsistent() {
    assertTrue(claim("003", "seven tanks").score().flags().contains("inconsistent-figures"));
    assertTrue(claim("004", "seven tanks and five armored vehicles").score().flags().contains("inconsistent-figures"));
  }

  @Test
  void belligerentCasualtyFiguresAreFlaggedUnverified() {
    String flag = "unverified-casualty";
    assertTrue(claim("004", "killed 234 fighters").score().flags().contains(flag));
    assertTrue(claim("003", "234 soldiers").score().flags().contains(flag));
    assertTrue(claim("002", "killed 195 Ukrainian soldiers").score().flags().contains(flag));
    assertTrue(claim("000", "killed 195 Ukrainian soldiers").score().flags().contains(flag));
    assertTrue(claim("004", "more than 70 of the attackers were killed").score().flags().contains(flag));
  }

  @Test
  void theIswClaimIsAmongTheHighestInTheCorpus() {
    int isw = confidence("002", ISW);
    long above = batch.claims().stream().filter(c -> c.claim().type().factual())
        .filter(c -> c.score().confidence() > isw).count();
    assertTrue(above <= batch.claims().size() / 10, above + " factual claims score above the ISW claim");
  }

  @Test
  void predictionsAreTypedAndGradedSix() {
    ScoredClaim fasola = claim("002", "will likely cement the attractiveness of Putin");
    assertFalse(fasola.claim().type().factual(), fasola.claim().type().toString());
    assertTrue(fasola.score().grade().endsWith("6"), fasola.score().grade());
  }

  private static List<ScoredClaim> claimsWith(String figure) {
    List<ScoredClaim> found = batch.claims().stream()
        .filter(c -> c.claim().numbers().stream().anyMatch(q -> Long.toString(q.value()).equals(figure)))
        .toList();
    assertFalse(found.isEmpty(), "no claim gives the figure " + figure);
    return found;
  }
}
