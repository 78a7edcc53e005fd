package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.claimscore.pipeline.Fingerprints;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.claimscore.report.RunInfo;
import org.claimscore.report.Folders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore verify}: re-runs a report from its run.json and checks it byte for byte. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header = "Re-run a report from its run.json and check it is byte-identical.",
    description = {
      "Re-run the scoring recorded in REPORT_DIR/run.json (same inputs, rules and options) and check",
      "that every report file comes out byte-identical. When they differ, name the files that differ",
      "and the rule or input files whose SHA-256 changed since the run. A report written with --gzip",
      "is re-run with it, and its .csv.gz files are compared uncompressed.",
      "The rules are those of --rules DIR, or else the folder run.json names; either is checked as",
      "check-rules does before anything in it runs, and verify says which folder it uses on stderr.",
      "Paths in run.json are as the original run was given them: run verify from the same folder.",
      "Exit 0 when identical, 1 when something differs, 2 when REPORT_DIR is not a report or the",
      "rules do not load."
    })
final class VerifyCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "REPORT_DIR", description = "A folder written by 'claimscore score'.")
  Path reportDir;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Rules folder to re-run with, e.g. your own copy of the rules the report was scored with"
          + " (default: the folder run.json names).")
  String rules;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(reportDir)) {
      err.println("verify: no such report folder: " + reportDir);
      return ExitCodes.USAGE;
    }
    RunInfo recorded;
    try {
      recorded = new ReportFolder(reportDir).run();
    } catch (IOException e) {
      err.println("verify: " + reportDir + ": cannot read run.json: " + oneLine(e));
      return ExitCodes.USAGE;
    }
    String rulesUsed = rules != null ? rules : recorded.rulesDir();
    Path rulesDir = Paths.DEFAULT_RULES.equals(rulesUsed) ? Paths.resolveDefault(rulesUsed) : Path.of(rulesUsed);
    if (!Files.isDirectory(rulesDir)) {
      err.println("verify: no rules folder " + rulesUsed + (rules != null ? ""
          : " (named in " + reportDir.resolve("run.json") + "); give one with --rules DIR"));
      return ExitCodes.USAGE;
    }
    err.println("verify: rules from " + rulesUsed + (rules != null ? " (--rules)" : " (named in run.json)"));
    err.flush();
    @SuppressWarnings("unchecked")
    List<String> inputs = (List<String>) recorded.options().getOrDefault("inputs", List.of());
    @SuppressWarnings("unchecked")
    List<String> knowledge = (List<String>) recorded.options().getOrDefault("knowledge", List.of());
    boolean strict = Boolean.TRUE.equals(recorded.options().get("strict"));
    boolean gzip = Boolean.TRUE.equals(recorded.options().get("gzip"));
    ScoreJob job = new ScoreJob(inputs, rulesUsed, strict, Runtime.getRuntime().availableProcessors(), gzip,
        recorded.rulesDir(), knowledge);
    List<String> changes = changedSinceRun(recorded, rulesUsed, rulesDir, job);
    Path fresh = Files.createTempDirectory("claimscore-verify-");
    try {
      job.toReports("verify", err, ProgressListener.NONE, fresh.resolve("reports"));
      ReportFolder rerunFolder = new ReportFolder(fresh.resolve("reports"));
      RunInfo rerun = rerunFolder.run();
      rerun.inputs().keySet().stream().filter(i -> !recorded.inputs().containsKey(i)).sorted()
          .forEach(i -> changes.add(i + " (input added)"));
      ReportFolder given = new ReportFolder(reportDir);
      List<String> differ = new ArrayList<>();
      for (String file : ReportWriter.FILES) {
        String name = ReportWriter.stored(file, gzip);
        try {
          if (!given.sameContent(rerunFolder, file)) {
            differ.add(name);
          }
        } catch (IOException e) {
          differ.add(name);
        }
      }
      if (differ.isEmpty() && changes.isEmpty()) {
        out.printf("verified: %s is byte-identical to a fresh run (%d files)%n", reportDir, ReportWriter.FILES.size());
        return ExitCodes.OK;
      }
      out.printf("NOT verified: %s%n", reportDir);
      if (!differ.isEmpty()) {
        out.println("files that differ from a fresh run: " + String.join(", ", differ));
      }
      changes.forEach(c -> out.println("changed since the run: " + c));
      return ExitCodes.FAILURE;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      if (!changes.isEmpty()) {
        changes.forEach(c -> err.println("changed since the run: " + c));
      }
      return e.exitCode();
    } finally {
      Folders.deleteTree(fresh);
    }
  }

  /**
   * Rule files of {@code rulesDir} (shown as {@code rulesShown}), overlay files and input files
   * whose content, presence or name differs from what run.json records.
   */
  private static List<String> changedSinceRun(RunInfo run, String rulesShown, Path rulesDir, ScoreJob job)
      throws IOException {
    List<String> changes = new ArrayList<>();
    Map<String, String> now;
    try {
      now = job.ruleFileHashes();
    } catch (UserError e) {
      now = Fingerprints.ruleFiles(rulesDir);
      changes.addAll(e.lines());
    }
    TreeSet<String> names = new TreeSet<>(run.ruleFiles().keySet());
    names.addAll(now.keySet());
    for (String name : names) {
      String before = run.ruleFiles().get(name);
      String after = now.get(name);
      String shown = name.startsWith(ScoreJob.OVERLAY) ? name.substring(ScoreJob.OVERLAY.length())
          : rulesShown + "/" + name;
      if (before == null) {
        changes.add(shown + " (added)");
      } else if (after == null) {
        changes.add(shown + " (removed)");
      } else if (!before.equals(after)) {
        changes.add(shown + " (content changed)");
      }
    }
    for (Map.Entry<String, String> input : new java.util.TreeMap<>(run.inputs()).entrySet()) {
      Path p = Path.of(input.getKey());
      if (!Files.isRegularFile(p)) {
        changes.add(input.getKey() + " (input missing)");
      } else if (!Fingerprints.sha256(p).equals(input.getValue())) {
        changes.add(input.getKey() + " (input content changed)");
      }
    }
    return changes;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
