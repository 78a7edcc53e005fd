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
import java.util.concurrent.Callable;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.IngestResult;
import org.claimscore.ingest.Rejection;
import org.claimscore.pipeline.Fingerprints;
import org.claimscore.pipeline.Pipeline;
import org.claimscore.pipeline.SetupException;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.report.ReportWriter;
import org.claimscore.report.RunInfo;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore score}: reads articles, scores every claim, writes the reports. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score every claim in the given articles and write the reports.",
      "",
      "INPUT is a .txt file (first line is the title when it looks like one), a .json file (one",
      "article: id, outlet, url, published, title, text), a .jsonl file (one article per line), or a",
      "folder of them, read recursively. Inputs that cannot be read are listed in rejected.csv and",
      "on stderr; everything else is still scored.",
      "",
      "Reports (written whole or not at all): claims.csv, rule-firings.csv, sources.csv,",
      "clusters.csv, rejected.csv, run.json."
    })
final class ScoreCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Articles to score: files or folders (default: ${DEFAULT-VALUE}).",
      defaultValue = Paths.DEFAULT_INPUT)
  List<String> inputs = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = Paths.DEFAULT_RULES,
      description = "Rules folder: *.drl rule files, settings.csv and lexicon/ (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Report folder (default: reports/<name of the input>, or reports/batch for several inputs).")
  String out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors). Reports do not depend on it.")
  Integer threads;

  @Option(names = "--strict",
      description = "Treat any rejected input as an error: write no reports and exit 1.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; errors only.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    try {
      return score(outWriter, err);
    } catch (UserError e) {
      e.lines().forEach(err::println);
      return e.exitCode();
    }
  }

  private int score(PrintWriter stdout, PrintWriter err) throws UserError, IOException {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UserError("score: --threads must be at least 1, got " + workers);
    }
    List<Path> paths = new ArrayList<>();
    for (String input : new LinkedHashSet<>(inputs)) {
      Path p = input.equals(Paths.DEFAULT_INPUT) ? Paths.resolveDefault(input) : Path.of(input);
      if (!Files.exists(p)) {
        throw new UserError("score: no such file or folder: " + input);
      }
      paths.add(p);
    }
    Path rulesDir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    Stages stages;
    try {
      stages = StandardStages.load(rulesDir, rules);
    } catch (SetupException e) {
      throw new UserError(ExitCodes.USAGE, e.problems());
    }

    IngestResult read = new ArticleReader(stages.lexicon()).read(paths);
    for (Rejection r : read.rejected()) {
      err.println("rejected " + r.input() + ": " + r.reason());
    }
    if (strict && !read.rejected().isEmpty()) {
      err.println("score: " + read.rejected().size() + " input(s) rejected under --strict; no reports written");
      return ExitCodes.FAILURE;
    }

    Progress progress = new Progress(err, quiet);
    ScoredBatch batch = new Pipeline(stages, workers, progress).run(read.articles(), read.rejected());
    progress.finish();

    Path outDir = out != null ? Path.of(out) : defaultOut(paths);
    RunInfo run = runInfo(rulesDir, read);
    new ReportWriter().write(batch, run, outDir);
    if (!quiet) {
      Summary.print(stdout, batch, outDir);
    }
    return ExitCodes.OK;
  }

  private RunInfo runInfo(Path rulesDir, IngestResult read) throws IOException {
    Set<String> files = new LinkedHashSet<>();
    for (Article a : read.articles()) {
      files.add(inputFile(a.input()));
    }
    for (Rejection r : read.rejected()) {
      String f = inputFile(r.input());
      if (Files.isRegularFile(Path.of(f)) && Files.isReadable(Path.of(f))) {
        files.add(f);
      }
    }
    Map<String, String> ruleFiles = Fingerprints.ruleFiles(rulesDir);
    Map<String, Object> options = new TreeMap<>();
    options.put("strict", strict);
    options.put("inputs", List.copyOf(new LinkedHashSet<>(inputs)));
    return new RunInfo("claimscore", Main.toolVersion(), rules, Fingerprints.combined(ruleFiles), ruleFiles,
        Fingerprints.inputs(new ArrayList<>(files)), options);
  }

  /** The file an article's input names: a JSONL record's input carries {@code :LINE}. */
  private static String inputFile(String input) {
    int colon = input.lastIndexOf(':');
    if (colon > 0 && input.substring(colon + 1).matches("\\d+") && !Files.exists(Path.of(input))) {
      return input.substring(0, colon);
    }
    return input;
  }

  private static Path defaultOut(List<Path> inputs) {
    Path reports = Paths.resolveDefault(Paths.DEFAULT_REPORTS);
    if (inputs.size() != 1) {
      return reports.resolve("batch");
    }
    String name = inputs.get(0).toAbsolutePath().normalize().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return reports.resolve(dot > 0 ? name.substring(0, dot) : name);
  }

  /** Counts of the scored claims, for the summary. */
  static Map<String, Integer> gradeCounts(List<ScoredClaim> claims) {
    Map<String, Integer> counts = new TreeMap<>();
    claims.forEach(c -> counts.merge(c.score().grade(), 1, Integer::sum));
    return counts;
  }
}
