package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscore.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore score}: reads articles, scores every claim, writes the reports. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Score every claim in the given articles and write the reports.",
    description = {
      "INPUT is a .txt file (first line is the title when it looks like one), a .json file (one",
      "article: id, outlet, url, published, title, text), a .jsonl file (one article per line), or a",
      "folder of them, read recursively. Inputs that cannot be read are listed in rejected.csv and",
      "on stderr; everything else is still scored.",
      "",
      "Reports (written whole or not at all): claims.csv, rule-firings.csv, sources.csv,",
      "clusters.csv, rejected.csv, run.json, report.html. The same inputs and rules give",
      "byte-identical reports. A report folder that holds anything but these files (or their .gz",
      "forms) is refused, as are a file, the root, an input, a folder holding an input and a folder",
      "inside an input folder; a run replaces only its own report files and deletes nothing else."
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

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge overlay: files named as in rules/knowledge/ and rules/lexicon/ that add to or"
          + " override the shipped rows (same id overrides; new ids add). Repeatable; a later one wins.")
  List<String> knowledge = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Report folder: new, empty, or holding an earlier report (default: reports/<name of the input>,"
          + " or reports/batch for several inputs).")
  String out;

  @Option(names = "--gzip",
      description = "Write the CSV reports compressed, as claims.csv.gz and so on; explain and verify read them.")
  boolean gzip;

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
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      err.println("score: --threads must be at least 1, got " + workers);
      return ExitCodes.USAGE;
    }
    try {
      Progress progress = new Progress(err, quiet);
      ScoreJob job = new ScoreJob(inputs, rules, strict, workers, gzip, rules, knowledge);
      Path outDir = out != null ? outPath(out) : defaultOut(job.inputPaths("score"));
      RunTotals totals;
      try {
        totals = job.toReports("score", err, progress, outDir);
      } finally {
        progress.finish();
      }
      if (!quiet) {
        Summary.print(spec.commandLine().getOut(), totals, outDir, ReportWriter.storedFiles(gzip));
      }
      return ExitCodes.OK;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      return e.exitCode();
    }
  }

  private static Path outPath(String given) throws UserError {
    try {
      return Path.of(given);
    } catch (InvalidPathException e) {
      throw new UserError("score: --out " + given + ": not a valid path: " + e.getReason());
    }
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
}
