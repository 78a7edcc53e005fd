package org.claimscore.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.lexicon.Lexicon;
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
    if (inputs.length == 1 && overlay(inputs[0]) != null) {
      stages = withOverlay(inputs[0]);
    }
    IngestResult read = new ArticleReader(stages.lexicon(), stages.language()).read(List.of(inputs));
    return new Pipeline(stages, threads, ProgressListener.NONE).run(read.articles(), read.rejected());
  }

  /** The knowledge overlay beside the articles of an input folder, as {@code claimscore score} finds it, or null. */
  static Lexicon.Folder overlay(Path input) {
    Path dir = input.resolve("knowledge");
    return java.nio.file.Files.isDirectory(dir)
        ? new Lexicon.Folder(dir, input.toString().replace('\\', '/') + "/knowledge") : null;
  }

  private static final Map<Path, Stages> WITH_OVERLAY = new java.util.concurrent.ConcurrentHashMap<>();

  /** The shipped rules with the overlay of {@code input}, loaded once per input. */
  static Stages withOverlay(Path input) {
    return WITH_OVERLAY.computeIfAbsent(input, p -> {
      try {
        return StandardStages.load(RULES, "rules", List.of(overlay(p)));
      } catch (SetupException e) {
        throw new AssertionError("the shipped rules with " + p + "'s overlay must load:\n" + e.getMessage(), e);
      }
    });
  }

  /** Scores {@code input} and writes its reports to {@code out} as {@code claimscore score} does. */
  static ScoredBatch writeReports(Stages stages, int threads, Path input, Path out) throws IOException {
    ScoredBatch batch = score(stages, threads, input);
    Map<String, String> ruleFiles = new TreeMap<>(Fingerprints.ruleFiles(RULES));
    Lexicon.Folder overlay = overlay(input);
    if (overlay != null) {
      Fingerprints.ruleFiles(overlay.dir()).forEach((n, h) -> ruleFiles.put("overlay:" + overlay.display() + "/" + n, h));
    }
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
