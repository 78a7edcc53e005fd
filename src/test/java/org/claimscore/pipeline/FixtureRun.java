package org.claimscore.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.IngestResult;
import org.claimscore.report.ReportWriter;
import org.claimscore.report.RunInfo;
import org.claimscore.report.ScoredBatch;
import org.claimscore.setup.SetupException;

/** Runs the whole pipeline in-process on a fixture folder with the shipped rules. */
final class FixtureRun {

  static final Path RULES = Path.of("rules");

  private FixtureRun() {}

  static Stages stages() {
    try {
      return StandardStages.load(RULES, "rules");
    } catch (SetupException e) {
      throw new AssertionError("the shipped rules must load:\n" + e.getMessage(), e);
    }
  }

  static ScoredBatch score(Stages stages, int threads, Path... inputs) {
    IngestResult read = new ArticleReader(stages.lexicon()).read(List.of(inputs));
    return new Pipeline(stages, threads, ProgressListener.NONE).run(read.articles(), read.rejected());
  }

  /** Scores {@code input} and writes its reports to {@code out} as {@code claimscore score} does. */
  static ScoredBatch writeReports(Stages stages, int threads, Path input, Path out) throws IOException {
    ScoredBatch batch = score(stages, threads, input);
    Map<String, String> ruleFiles = Fingerprints.ruleFiles(RULES);
    List<String> inputs = batch.articles().stream().map(a -> a.input()).sorted().toList();
    Map<String, Object> options = new TreeMap<>();
    options.put("strict", false);
    options.put("inputs", List.of(input.toString()));
    RunInfo run = new RunInfo("claimscore", "test", "rules", Fingerprints.combined(ruleFiles), ruleFiles,
        Fingerprints.inputs(inputs), options);
    new ReportWriter().write(batch, run, out);
    return batch;
  }
}
