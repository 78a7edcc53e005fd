package org.claimscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches a careful user still sends: duplicates, an article without claims, a single article. */
class BadInputTest {

  private static final Path SEED = Path.of("fixtures/kursk-raid-2024/004_6a2b5a429b439ddd.txt");
  private static Stages stages;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    stages = FixtureRun.stages();
  }

  @Test
  void twoIdenticalArticlesAreOneFamilyAndNothingIsCountedTwice() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("twins"));
    Files.copy(SEED, dir.resolve("a.txt"));
    Files.copy(SEED, dir.resolve("b.txt"));
    Path one = Files.createDirectories(tmp.resolve("one"));
    Files.copy(SEED, one.resolve(SEED.getFileName()));
    for (Path d : List.of(dir, one)) {
      Files.createDirectories(d.resolve("knowledge"));
      try (var files = Files.list(SEED.getParent().resolve("knowledge"))) {
        for (Path f : files.toList()) {
          Files.copy(f, d.resolve("knowledge").resolve(f.getFileName()));
        }
      }
    }
    ScoredBatch twins = FixtureRun.score(stages, 2, dir);
    ScoredBatch alone = FixtureRun.score(stages, 1, one);

    ArticleOrigin b = twins.origins().get("b");
    assertEquals("a", twins.origins().get("a").family());
    assertEquals("a", b.family());
    assertEquals("a", b.derivedFrom());
    assertEquals(1.0, b.similarity());
    assertTrue(b.cues().contains("near-duplicate"), b.cues().toString());

    List<ScoredClaim> ofB = twins.claims().stream().filter(c -> c.claim().articleId().equals("b")).toList();
    assertEquals(alone.claims().size(), ofB.size());
    for (int k = 0; k < ofB.size(); k++) {
      ScoredClaim twin = ofB.get(k);
      ScoredClaim single = alone.claims().get(k);
      assertEquals(single.claim().text(), twin.claim().text());
      assertTrue(twin.evidence().supportingArticles().contains("a"), twin.claim().id() + " " + twin.evidence());
      assertEquals(1, twin.evidence().independentOrigins(), twin.claim().id() + " " + twin.evidence());
      assertTrue(twin.evidence().independentSources() <= single.evidence().independentSources(),
          twin.claim().id() + " " + twin.evidence() + " vs alone " + single.evidence());
    }
  }

  @Test
  void anArticleWithoutClaimsIsListedWithZeroClaims() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("quiet"));
    Files.copy(SEED, dir.resolve("seed.txt"));
    Files.writeString(dir.resolve("notice.txt"), "Photo gallery: the border villages\n\n(Photos)\n");
    Path out = tmp.resolve("out");
    ScoredBatch batch = FixtureRun.writeReports(stages, 2, dir, out);
    assertTrue(batch.rejected().isEmpty(), batch.rejected().toString());
    assertTrue(batch.claims().stream().noneMatch(c -> c.claim().articleId().equals("notice")),
        batch.claims().stream().filter(c -> c.claim().articleId().equals("notice")).toList().toString());
    List<String> rows = Files.readAllLines(out.resolve("sources.csv"));
    String notice = rows.stream().filter(r -> r.startsWith("notice,")).findFirst()
        .orElseThrow(() -> new AssertionError("notice is not in sources.csv: " + rows));
    assertEquals("0", notice.split(",", -1)[3], notice);
    assertEquals("notice", batch.origins().get("notice").family());
  }

  @Test
  void aBatchOfOneArticleCorroboratesNothing() {
    ScoredBatch one = FixtureRun.score(stages, 1, SEED);
    assertEquals(1, one.articles().size());
    assertFalse(one.claims().isEmpty());
    ArticleOrigin origin = one.origins().get("004_6a2b5a429b439ddd");
    assertFalse(origin.derived(), origin.toString());
    for (ScoredClaim c : one.claims()) {
      assertTrue(c.evidence().supportingArticles().isEmpty(), c.claim().id() + " " + c.evidence());
      assertEquals(1, c.evidence().independentOrigins(), c.claim().id() + " " + c.evidence());
      assertTrue(c.evidence().independentSources() <= 1, c.claim().id() + " " + c.evidence());
      assertFalse(c.evidence().flags().contains("inconsistent-figures"), c.claim().id() + " " + c.evidence());
      assertFalse(c.evidence().flags().contains("figure-update"), c.claim().id() + " " + c.evidence());
      assertFalse(c.evidence().flags().contains("attribution-stripped"), c.claim().id() + " " + c.evidence());
    }
  }
}
