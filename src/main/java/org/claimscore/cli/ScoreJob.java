package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.IngestResult;
import org.claimscore.ingest.Rejection;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.pipeline.Fingerprints;
import org.claimscore.pipeline.Pipeline;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.report.OutputFolder;
import org.claimscore.report.ReportWriter;
import org.claimscore.report.RunInfo;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.RuleRunException;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Printable;

/**
 * One scoring run as the user asked for it: which inputs, which rules, how strict. Shared by
 * {@code score}, {@code diff} and {@code verify} so that all three score exactly alike.
 *
 * @param inputs input paths as the user gave them
 * @param rules the rules folder as the user gave it
 * @param strict whether a rejected input fails the run
 * @param threads worker threads
 * @param gzip whether the CSV reports are written compressed
 * @param recordedRules the rules folder run.json names: {@code rules}, except when {@code verify}
 *     re-runs a report with another copy of its rules
 * @param knowledge overlay folders given with {@code --knowledge}, in order
 */
record ScoreJob(List<String> inputs, String rules, boolean strict, int threads, boolean gzip,
    String recordedRules, List<String> knowledge) {

  /** How run.json keys the hash of an overlay's file, before the overlay's path. */
  static final String OVERLAY = "overlay:";

  /** The overlay folder an input folder may hold beside its articles. */
  static final String KNOWLEDGE = "knowledge";

  /** A run whose run.json names the rules folder it reads, with no overlay given. */
  ScoreJob(List<String> inputs, String rules, boolean strict, int threads, boolean gzip) {
    this(inputs, rules, strict, threads, gzip, rules, List.of());
  }

  /** What an in-memory run produced: the scored batch and what run.json records of it. */
  record Outcome(ScoredBatch batch, RunInfo run, List<Path> inputPaths) {}

  ScoreJob {
    inputs = List.copyOf(new LinkedHashSet<>(inputs));
    knowledge = List.copyOf(knowledge == null ? List.of() : knowledge);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** A run whose CSV reports are written plain. */
  ScoreJob(List<String> inputs, String rules, boolean strict, int threads) {
    this(inputs, rules, strict, threads, false);
  }

  /** Checks the inputs exist and resolves the default ones. */
  List<Path> inputPaths(String command) throws UserError {
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      Path p = input.equals(Paths.DEFAULT_INPUT) ? Paths.resolveDefault(input) : Path.of(input);
      if (!Files.exists(p)) {
        throw new UserError(command + ": " + (Files.isSymbolicLink(p)
            ? "a symbolic link that loops or leads nowhere: " : "no such file or folder: ") + Printable.escape(input));
      }
      paths.add(p);
    }
    return paths;
  }

  Path rulesDir() {
    return rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
  }

  /**
   * The knowledge overlays of this run, in precedence order: each input folder's {@code knowledge/}
   * folder, then each {@code --knowledge} folder (a later one overrides an earlier one).
   */
  List<Lexicon.Folder> overlays() throws UserError {
    List<Lexicon.Folder> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = input.equals(Paths.DEFAULT_INPUT) ? Paths.resolveDefault(input) : Path.of(input);
      if (Files.isDirectory(p.resolve(KNOWLEDGE))) {
        out.add(new Lexicon.Folder(p.resolve(KNOWLEDGE), display(input) + "/" + KNOWLEDGE));
      }
    }
    for (String dir : knowledge) {
      if (!Files.isDirectory(Path.of(dir))) {
        throw new UserError(ExitCodes.USAGE, List.of("no such knowledge folder: " + dir));
      }
      out.add(new Lexicon.Folder(Path.of(dir), display(dir)));
    }
    return out;
  }

  private static String display(String path) {
    String s = path.replace('\\', '/');
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Loads the rules or fails with every problem, {@code FILE:LINE: message}, exit code 2. */
  Stages stages() throws UserError {
    try {
      return StandardStages.load(rulesDir(), rules, overlays());
    } catch (SetupException e) {
      throw new UserError(e);
    }
  }

  /**
   * SHA-256 of every file that can change a score: the rules folder's, keyed by path inside it,
   * then each overlay's, keyed by the overlay as given and the file ("batch/knowledge/actors.csv").
   */
  Map<String, String> ruleFileHashes() throws IOException, UserError {
    Map<String, String> files = new TreeMap<>(Fingerprints.ruleFiles(rulesDir()));
    for (Lexicon.Folder overlay : overlays()) {
      Fingerprints.ruleFiles(overlay.dir()).forEach((name, hash) -> files.put(OVERLAY + overlay.display() + "/" + name, hash));
    }
    return files;
  }

  /**
   * Reads and scores the inputs in memory, for commands that compare whole runs ({@code diff}).
   * Rejections are printed to {@code err}; under {@code strict} any rejection fails the run with
   * exit code 1 before anything is scored.
   */
  Outcome run(String command, PrintWriter err, ProgressListener progress) throws UserError, IOException {
    List<Path> paths = inputPaths(command);
    Stages stages = stages();
    IngestResult read = new ArticleReader(stages.lexicon(), stages.language()).read(paths);
    checkRejections(command, err, read.rejected());
    if (read.articles().isEmpty()) {
      throw nothingToScore(command, read.rejected());
    }
    ScoredBatch batch;
    try {
      batch = new Pipeline(stages, threads, progress).run(read.articles(), read.rejected());
    } catch (RuleRunException e) {
      throw ruleProblem(e);
    }
    Set<String> files = new LinkedHashSet<>();
    read.articles().forEach(a -> files.add(inputFile(a.input())));
    return new Outcome(batch, runInfo(files, read.rejected()), paths);
  }

  /**
   * Reads and scores the inputs event by event, writing the reports to a staging folder as it
   * goes; they replace the report files in {@code outDir} only when complete. Returns the counts
   * for the summary. A report folder that cannot take them is refused before anything is read.
   */
  RunTotals toReports(String command, PrintWriter err, ProgressListener progress, Path outDir)
      throws UserError, IOException {
    List<Path> paths = inputPaths(command);
    OutputFolder target = outputFolder(command, outDir, paths);
    Stages stages = stages();
    ArticleReader reader = new ArticleReader(stages.lexicon(), stages.language());
    RunTotals totals = new RunTotals();
    Set<String> files = new LinkedHashSet<>();
    List<ScoredBatch> page = new ArrayList<>();
    int[] pageArticles = {0};
    UserError[] stop = {null};
    try (ReportWriter.Session session = open(command, target)) {
      Pipeline.StreamResult result = new Pipeline(stages, threads, progress).stream(paths, reader, rejected -> {
        try {
          checkRejections(command, err, rejected);
          return true;
        } catch (UserError e) {
          stop[0] = e;
          return false;
        }
      }, event -> {
        session.append(event);
        totals.add(event);
        event.articles().forEach(a -> files.add(inputFile(a.input())));
        pageArticles[0] += event.articles().size();
        if (pageArticles[0] <= ReportWriter.PAGE_ARTICLE_LIMIT) {
          page.add(event);
        } else {
          page.clear();
        }
      });
      if (stop[0] != null) {
        throw stop[0];
      }
      if (result.articles() == 0) {
        throw nothingToScore(command, result.rejected());
      }
      totals.rejected(result.rejected());
      ScoredBatch whole = pageArticles[0] <= ReportWriter.PAGE_ARTICLE_LIMIT
          ? ScoredBatch.merge(page, result.rejected()) : null;
      session.finish(runInfo(files, result.rejected()), result.rejected(), whole);
    } catch (RuleRunException e) {
      throw ruleProblem(e);
    }
    return totals;
  }

  /**
   * No input held an article: every input was rejected, as the lines above say. Like a rejected
   * input under {@code --strict}, that is exit code 1 and no reports, with or without it: a run
   * that scored nothing has nothing to report, and must not replace an earlier report.
   */
  private static UserError nothingToScore(String command, List<Rejection> rejected) {
    return new UserError(ExitCodes.FAILURE, List.of(command + ": no article to score: "
        + (rejected.isEmpty() ? "the inputs hold none" : "every input was rejected (" + rejected.size()
            + " listed above)") + "; no reports written"));
  }

  private static OutputFolder outputFolder(String command, Path outDir, List<Path> inputs) throws UserError,
      IOException {
    try {
      return OutputFolder.check(outDir, inputs);
    } catch (OutputFolder.Refused e) {
      throw new UserError(command + ": " + e.getMessage());
    }
  }

  private ReportWriter.Session open(String command, OutputFolder target) throws UserError, IOException {
    try {
      return new ReportWriter(gzip).open(target);
    } catch (OutputFolder.Refused e) {
      throw new UserError(command + ": " + e.getMessage());
    }
  }

  /** A rule that fired too often or failed: the user's to fix, so its FILE:LINE lines and exit code 2. */
  private static UserError ruleProblem(RuleRunException e) {
    return new UserError(ExitCodes.USAGE, e.diagnostics().stream().map(Object::toString).toList());
  }

  private void checkRejections(String command, PrintWriter err, List<Rejection> rejected) throws UserError {
    for (Rejection r : rejected) {
      err.println("rejected " + Printable.escape(r.input()) + ": " + r.reason());
    }
    err.flush();
    if (strict && !rejected.isEmpty()) {
      throw new UserError(ExitCodes.FAILURE, List.of(command + ": " + rejected.size()
          + " input(s) rejected under --strict; no reports written"));
    }
  }

  private RunInfo runInfo(Set<String> articleFiles, List<Rejection> rejected) throws IOException, UserError {
    Set<String> files = new LinkedHashSet<>(articleFiles);
    for (Rejection r : rejected) {
      Path f = Path.of(inputFile(r.input()));
      if (Files.isRegularFile(f) && Files.isReadable(f)) {
        files.add(f.toString());
      }
    }
    Map<String, String> ruleFiles = ruleFileHashes();
    Map<String, Object> options = new TreeMap<>();
    options.put("strict", strict);
    options.put("inputs", inputs);
    if (gzip) {
      options.put("gzip", true);
    }
    if (!knowledge.isEmpty()) {
      options.put("knowledge", knowledge);
    }
    return new RunInfo("claimscore", Main.toolVersion(), recordedRules, Fingerprints.combined(ruleFiles), ruleFiles,
        Fingerprints.inputs(new ArrayList<>(files)), options);
  }

  /** The file an article's input names: a JSONL record's input carries {@code :LINE}. */
  static String inputFile(String input) {
    int colon = input.lastIndexOf(':');
    if (colon > 0 && input.substring(colon + 1).matches("\\d+") && !Files.exists(Path.of(input))) {
      return input.substring(0, colon);
    }
    return input;
  }
}
