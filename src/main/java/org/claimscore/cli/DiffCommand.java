package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.report.ReportWriter;
import org.claimscore.scoring.Firing;
import org.claimscore.scoring.ScoredClaim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore diff}: what a rule change does to the scores of the same articles. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show which claims a rule change moves, by how much, and why.",
    description = {
      "Score the same articles with two rules folders and list every claim whose confidence or",
      "grade changed, by how much, and which rule firings made the difference. A summary line",
      "comes first. Use it before shipping a rule change. Exit 0 whether or not scores changed."
    })
final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--before", paramLabel = "DIR", required = true, description = "The rules folder as it was.")
  String before;

  @Option(names = "--after", paramLabel = "DIR", required = true, description = "The changed rules folder.")
  String after;

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge overlay: files named as in rules/knowledge/ and rules/lexicon/ that add to or"
          + " override the shipped rows (same id overrides; new ids add). Repeatable; a later one wins.")
  List<String> knowledge = new ArrayList<>();

  @Parameters(paramLabel = "INPUT", arity = "0..*", defaultValue = Paths.DEFAULT_INPUT,
      description = "Articles to score: files or folders (default: ${DEFAULT-VALUE}).")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int threads = Runtime.getRuntime().availableProcessors();
    try {
      List<ScoredClaim> a = new ScoreJob(inputs, before, false, threads, false, before, knowledge).run("diff", err, ProgressListener.NONE)
          .batch().claims();
      List<ScoredClaim> b = new ScoreJob(inputs, after, false, threads, false, after, knowledge)
          .run("diff", new PrintWriter(PrintWriter.nullWriter()), ProgressListener.NONE).batch().claims();
      Map<String, ScoredClaim> byId = new LinkedHashMap<>();
      a.forEach(c -> byId.put(c.claim().id(), c));
      List<String> lines = new ArrayList<>();
      int changed = 0;
      int up = 0;
      int down = 0;
      for (ScoredClaim nc : b) {
        ScoredClaim oc = byId.get(nc.claim().id());
        if (oc == null) {
          continue;
        }
        int delta = nc.score().confidence() - oc.score().confidence();
        boolean gradeChanged = !nc.score().grade().equals(oc.score().grade());
        if (delta == 0 && !gradeChanged) {
          continue;
        }
        changed++;
        if (delta > 0) {
          up++;
        } else if (delta < 0) {
          down++;
        }
        lines.add(String.format("%s  %d -> %d (%s)  %s -> %s  %s", nc.claim().id(), oc.score().confidence(),
            nc.score().confidence(), ReportWriter.signedPoints(delta), oc.score().grade(), nc.score().grade(),
            abbreviate(nc.claim().text(), 90)));
        firingChanges(oc.score().firings(), nc.score().firings(), lines);
      }
      out.printf("%d of %d claims changed (%d up, %d down) between %s and %s%n", changed, b.size(), up, down, before,
          after);
      lines.forEach(out::println);
      return ExitCodes.OK;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      return e.exitCode();
    }
  }

  /** Firings only in one of the two, or with different points, one line each. */
  private static void firingChanges(List<Firing> before, List<Firing> after, List<String> lines) {
    Map<String, Integer> a = points(before);
    Map<String, Integer> b = points(after);
    TreeSet<String> rules = new TreeSet<>(a.keySet());
    rules.addAll(b.keySet());
    for (String rule : rules) {
      Integer pa = a.get(rule);
      Integer pb = b.get(rule);
      if (pa == null) {
        lines.add("    + fires now     " + ReportWriter.signedPoints(pb) + "  " + rule);
      } else if (pb == null) {
        lines.add("    - no longer     " + ReportWriter.signedPoints(-pa) + "  " + rule);
      } else if (!pa.equals(pb)) {
        lines.add("    ~ points " + ReportWriter.signedPoints(pa) + " -> " + ReportWriter.signedPoints(pb) + "  " + rule);
      }
    }
  }

  private static Map<String, Integer> points(List<Firing> firings) {
    Map<String, Integer> out = new LinkedHashMap<>();
    firings.forEach(f -> out.merge(f.rule(), f.points(), Integer::sum));
    return out;
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }
}
