package org.claimscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Noto earthquake fixture (see its SOURCES.md): an AP story, two reprints of it, and two
 * independent reports with later, higher death tolls.
 */
class NotoFixtureTest {

  private static final Path FIXTURE = Path.of("fixtures/noto-quake-2024");
  private static final String WIRE = "000_wire_jan2";
  private static final String REPRINT = "001_reprint_jan2";
  private static final String REWRITE = "002_rewrite_jan2";
  private static final String TOLL_55 = "003_independent_jan3";
  private static final String TOLL_72 = "004_independent_jan3";

  private static ScoredBatch batch;

  @BeforeAll
  static void score() {
    batch = FixtureRun.score(FixtureRun.stages(), 2, FIXTURE);
  }

  private static ScoredClaim claim(String article, String fragment) {
    List<ScoredClaim> found = batch.claims().stream()
        .filter(c -> c.claim().articleId().equals(article) && c.claim().text().contains(fragment)).toList();
    assertEquals(1, found.size(), "claims of " + article + " containing '" + fragment + "': " + found);
    return found.get(0);
  }

  @Test
  void theReprintsJoinTheWireStorysFamilyAndTheLaterReportsAreIndependent() {
    ArticleOrigin reprint = batch.origins().get(REPRINT);
    ArticleOrigin rewrite = batch.origins().get(REWRITE);
    assertEquals(WIRE, batch.origins().get(WIRE).family());
    assertEquals(WIRE, reprint.family());
    assertEquals(WIRE, reprint.derivedFrom());
    assertEquals(WIRE, rewrite.family());
    assertEquals(TOLL_55, batch.origins().get(TOLL_55).family());
    assertEquals(TOLL_72, batch.origins().get(TOLL_72).family());
    assertTrue(reprint.cues().contains("wire-service"), reprint.cues().toString());
    assertTrue(rewrite.cues().contains("wire-service"), "based in part on wire service reports: " + rewrite.cues());
    assertTrue(reprint.similarity() > rewrite.similarity(), reprint + " vs " + rewrite);
  }

  @Test
  void theWireFigureRepeatedByItsReprintsIsOneOrigin() {
    for (String article : List.of(WIRE, REPRINT, REWRITE)) {
      ScoredClaim c = claim(article, "48 people were confirmed dead");
      assertTrue(c.evidence().supportingArticles().containsAll(
          new TreeSet<>(Set.of(WIRE, REPRINT, REWRITE)).tailSet("0").stream().filter(a -> !a.equals(article)).toList()),
          c.evidence().toString());
      long outsideFamily = c.evidence().supportingArticles().stream()
          .filter(a -> !batch.origins().get(a).family().equals(WIRE)).count();
      assertEquals(1 + outsideFamily, c.evidence().independentOrigins(), c.evidence().toString());
    }
    ScoredClaim opening = claim(REPRINT, "have killed at least 48 people");
    assertTrue(opening.evidence().supportingArticles().containsAll(Set.of(WIRE, REWRITE)));
    long independent = opening.evidence().supportingArticles().stream()
        .filter(a -> !batch.origins().get(a).family().equals(WIRE)).count();
    assertEquals(1 + independent, opening.evidence().independentOrigins(), "the wire and its copies count once; "
        + "the later counts of the dead that 'at least 48' allows are independent origins: " + opening.evidence());
  }

  @Test
  void aRisingTollIsAFigureUpdateNotAContradiction() {
    ScoredClaim risen = claim(TOLL_55, "the death toll had risen to 55");
    assertTrue(risen.evidence().flags().contains("figure-update"), risen.evidence().toString());
    assertFalse(risen.evidence().flags().contains("inconsistent-figures"), risen.evidence().toString());
    assertTrue(risen.evidence().contradictingArticles().isEmpty(), risen.evidence().toString());
    ScoredClaim wire = claim(WIRE, "48 people were confirmed dead");
    assertTrue(wire.evidence().flags().contains("figure-update"), wire.evidence().toString());
    for (ScoredClaim c : batch.claims()) {
      assertTrue(c.evidence().contradictingArticles().isEmpty(), c.claim().id() + " " + c.evidence());
      assertFalse(c.evidence().flags().contains("inconsistent-figures"), c.claim().id() + " " + c.evidence());
    }
  }

  @Test
  void originsCountFamiliesAndNeverExceedTheThreeInTheBatch() {
    for (ScoredClaim c : batch.claims()) {
      Set<String> families = new TreeSet<>();
      families.add(batch.origins().get(c.claim().articleId()).family());
      c.evidence().supportingArticles().forEach(a -> families.add(batch.origins().get(a).family()));
      assertEquals(families.size(), c.evidence().independentOrigins(), c.claim().id() + " " + c.evidence());
      assertTrue(c.evidence().independentOrigins() <= 3, c.claim().id() + " " + c.evidence());
    }
  }
}
