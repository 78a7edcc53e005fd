package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.IngestResult;
import org.claimscore.pipeline.Pipeline;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judgement keys name claims by article and offsets, and hold or fail on the scores. */
class JudgementEvaluationTest {

  private static final String HEADER = String.join(",", JudgementKeys.COLUMNS) + "\n";

  private static ScoredBatch batch;
  private static Map<String, Article> articles;

  @TempDir Path dir;

  @BeforeAll
  static void score() throws Exception {
    Stages stages = StandardStages.load(Path.of("rules"), "rules");
    IngestResult read = new ArticleReader(stages.lexicon(), stages.language()).read(List.of(Path.of("fixtures/kursk-raid-2024")));
    batch = new Pipeline(stages, 1, ProgressListener.NONE).run(read.articles(), read.rejected());
    articles = new TreeMap<>();
    batch.articles().forEach(a -> articles.put(a.id(), a));
  }

  private static String ref(ScoredClaim c) {
    return c.claim().articleId() + "," + c.claim().span().start() + "," + c.claim().span().end();
  }

  private List<JudgementKeys.Key> keys(String rows) throws Exception {
    Path file = dir.resolve("keys.csv");
    Files.writeString(file, HEADER + rows);
    return JudgementKeys.read(file, "keys.csv", articles);
  }

  @Test
  void anOrderingHoldsOneWayOnlyAndAFailureShowsBothClaimsEvidence() throws Exception {
    ScoredClaim high = batch.claims().stream().max((x, y) -> x.score().confidence() - y.score().confidence())
        .orElseThrow();
    ScoredClaim low = batch.claims().stream().min((x, y) -> x.score().confidence() - y.score().confidence())
        .orElseThrow();
    assertNotEquals(high.score().confidence(), low.score().confidence());
    JudgementEvaluation e = JudgementEvaluation.check(keys(
        "k1,kursk,above," + ref(high) + "," + ref(low) + ",,the higher one\n"
            + "k2,kursk,above," + ref(low) + "," + ref(high) + ",,the lower one\n"), batch.claims());
    assertEquals(1, e.held());
    assertTrue(e.outcomes().get(0).held());
    List<String> why = e.outcomes().get(1).explanation();
    assertEquals(2, why.size());
    assertTrue(why.get(0).startsWith("A " + low.claim().id() + ": confidence " + low.score().confidence()), why.get(0));
    assertTrue(why.get(1).startsWith("B " + high.claim().id()), why.get(1));
    assertTrue(e.report().get(0).startsWith("1 of 2 judgement keys hold"), e.report().get(0));
  }

  @Test
  void flagKeysReadTheClaimsFlagsAndAKeyOnNoClaimFails() throws Exception {
    ScoredClaim flagged = batch.claims().stream().filter(c -> !c.score().flags().isEmpty()).findFirst().orElseThrow();
    String flag = flagged.score().flags().get(0);
    JudgementEvaluation e = JudgementEvaluation.check(keys(
        "f1,kursk,flagged," + ref(flagged) + ",,,," + flag + ",it is\n"
            + "f2,kursk,not_flagged," + ref(flagged) + ",,,," + flag + ",it is not\n"
            + "f3,kursk,flagged," + flagged.claim().articleId() + ",0,3,,,," + flag + ",the title\n"),
        batch.claims());
    assertTrue(e.outcomes().get(0).held());
    assertTrue(!e.outcomes().get(1).held());
    assertTrue(!e.outcomes().get(2).held());
    assertTrue(e.outcomes().get(2).explanation().get(0).contains("was not found"), e.outcomes().get(2).toString());
  }

  @Test
  void aMalformedKeyIsNamedByFileAndLine() throws Exception {
    String a = articles.keySet().iterator().next();
    String msg = assertThrows(SetupException.class,
        () -> keys("k1,t,below," + a + ",0,10," + a + ",20,30,,x\n")).getMessage();
    assertEquals("keys.csv:2: unknown kind 'below', expected above, flagged or not_flagged", msg);
    msg = assertThrows(SetupException.class,
        () -> keys("# a comment\nk1,t,above," + a + ",0,10,nosuch,20,30,,x\n")).getMessage();
    assertEquals("keys.csv:3: unknown article_b 'nosuch'", msg);
    msg = assertThrows(SetupException.class,
        () -> keys("k1,t,flagged," + a + ",0,10,,,,,x\n")).getMessage();
    assertEquals("keys.csv:2: a flag key needs a flag in lower case, got ''", msg);
    msg = assertThrows(SetupException.class,
        () -> keys("k1,t,flagged," + a + ",0,10,,,,x,y\nk1,t,flagged," + a + ",0,10,,,,x,y\n")).getMessage();
    assertEquals("keys.csv:3: key 'k1' is used twice", msg);
    msg = assertThrows(SetupException.class,
        () -> keys("k1,t,flagged," + a + ",0,999999,,,,x,y\n")).getMessage();
    assertTrue(msg.startsWith("keys.csv:2: span 0-999999 is not inside article " + a), msg);
  }
}
