package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.IngestResult;
import org.claimscore.pipeline.Pipeline;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.report.ScoredBatch;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures measured on text nobody here wrote do not fall below what was last recorded (the
 * README's table and each gold file's notes). The corpora stay outside the project, in
 * {@code ../shared/corpora} beside it (or where {@code -Dclaimscore.corpora=DIR} points); where
 * they are absent these tests are skipped.
 */
class CorporaTest {

  private static Path corpora;
  private static Stages stages;

  @BeforeAll
  static void find() throws Exception {
    String given = System.getProperty("claimscore.corpora");
    corpora = given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent().resolve("shared/corpora");
    if (Files.isDirectory(corpora)) {
      stages = StandardStages.load(Path.of("rules"), "rules");
    }
  }

  private static Path corpus(String name) {
    Path p = corpora.resolve(name);
    assumeTrue(Files.isDirectory(p), "skipped: the corpus " + name + " is not at " + p
        + " (it lives beside the project in ../shared/corpora; set -Dclaimscore.corpora=DIR)");
    return p;
  }

  @Test
  void polnearDevSpeakerF1() throws Exception {
    List<PolnearCorpus.Document> docs = PolnearCorpus.read(corpus("polnear"), "dev");
    AttributionEvaluation e = AttributionEvaluation.run(docs, new RuleBasedSentenceSplitter(stages.language()),
        (RuleBasedClaimExtractor) stages.extractor());
    System.out.println(String.join("\n", e.summary("PolNeAR dev")));
    assertTrue(e.f1() >= 0.66, "speaker F1 on PolNeAR dev fell below the recorded 0.661: " + e.f1());
    assertTrue(e.coverage() >= 0.95, "coverage fell below the recorded 0.964: " + e.coverage());
  }

  @Test
  void ecbplusGold() throws Exception {
    Path jsonl = corpus("ecbplus").resolve("jsonl");
    IngestResult read = new ArticleReader(stages.lexicon(), stages.language()).read(List.of(jsonl));
    Map<String, Article> articles = new TreeMap<>();
    read.articles().forEach(a -> articles.put(a.id(), a));
    List<GoldRow> gold = GoldFile.read(Path.of("fixtures/ecbplus/gold.csv"), "fixtures/ecbplus/gold.csv", articles);
    List<Article> annotated = read.articles().stream()
        .filter(a -> gold.stream().anyMatch(g -> g.articleId().equals(a.id()))).toList();
    ExtractionEvaluation e = ExtractionEvaluation.compare(gold,
        ExtractionEvaluation.extract(annotated, new RuleBasedSentenceSplitter(stages.language()), stages.extractor()));
    System.out.printf("ECB+ gold: type F1 %.3f, speaker F1 %.3f, figures F1 %.3f%n", e.score("type").f1(),
        e.score("speaker").f1(), e.score("figures").f1());
    assertTrue(e.score("type").f1() >= 0.68, "type F1 fell below the recorded 0.688");
    assertTrue(e.score("speaker").f1() >= 0.55, "speaker F1 fell below the recorded 0.553");
    assertTrue(e.score("speaker_kind").f1() >= 0.55, "speaker kind F1 fell below the recorded 0.553");
    assertTrue(e.score("party_to_conflict").f1() >= 0.75, "party F1 fell below the recorded 0.750");
    assertTrue(e.score("figures").f1() >= 0.52, "figures F1 fell below the recorded 0.522");
  }

  @Test
  void ecbplusJudgementKeys() throws Exception {
    Path jsonl = corpus("ecbplus").resolve("jsonl");
    IngestResult read = new ArticleReader(stages.lexicon(), stages.language()).read(List.of(jsonl));
    ScoredBatch batch = new Pipeline(stages, 2, ProgressListener.NONE).run(read.articles(), read.rejected());
    Map<String, Article> articles = new TreeMap<>();
    batch.articles().forEach(a -> articles.put(a.id(), a));
    List<JudgementKeys.Key> keys = JudgementKeys.read(Path.of("fixtures/ecbplus/judgements.csv"),
        "fixtures/ecbplus/judgements.csv", articles);
    JudgementEvaluation e = JudgementEvaluation.check(keys, batch.claims());
    System.out.println(e.report().get(0));
    assertTrue(e.held() >= 75, "fewer judgement keys hold than the recorded 75 of 99: " + e.held());
  }
}
