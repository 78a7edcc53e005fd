package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar through {@code ./claimscore} the way the README tells a user to. */
class LauncherIT {

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  private Run launch(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("./claimscore"));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("stdout-" + System.nanoTime());
    Path err = tmp.resolve("stderr-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher did not finish");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void scoresTheBundledFixtureAndSummarises() throws Exception {
    Path reports = tmp.resolve("reports");
    Run run = launch("score", "fixtures/kursk-raid-2024", "--out", reports.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Scored 5 article(s)"), run.out());
    assertTrue(run.out().contains("Reports in " + reports), run.out());
    for (String file : List.of("claims.csv", "rule-firings.csv", "sources.csv", "clusters.csv", "rejected.csv",
        "run.json")) {
      assertTrue(Files.size(reports.resolve(file)) > 0, file);
    }
    assertTrue(Files.readString(reports.resolve("claims.csv")).startsWith(
        "claim_id,article_id,outlet,start,end,type,text,speaker,speaker_kind,party_to_conflict,"
            + "attribution_verb,hedges,numbers,supporting_articles,independent_origins,"
            + "contradicting_articles,flags,confidence,grade,reasons"));
  }

  @Test
  void helpExplainsTheScoreCommand() throws Exception {
    Run run = launch("score", "--help");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("--strict"), run.out());
    assertTrue(run.out().contains("rejected.csv"), run.out());
  }

  @Test
  void aMissingInputIsOneLineAndExitTwo() throws Exception {
    Run run = launch("score", "no/such/folder", "--out", tmp.resolve("r").toString());
    assertEquals(2, run.exit());
    assertEquals("score: no such file or folder: no/such/folder", run.err().strip());
    assertFalse(Files.exists(tmp.resolve("r")));
  }

  @Test
  void aBrokenRuleFileIsNamedWithItsLineAndNoReportIsWritten() throws Exception {
    Path rules = tmp.resolve("rules");
    copyTree(Path.of("rules"), rules);
    Files.writeString(rules.resolve("broken.drl"),
        "package org.claimscore.rules;\n\nimport org.claimscore.scoring.ClaimFacts;\n\nrule \"Broken\"\n  @points(1) @reason(\"x\")\nwhen\n  ClaimFacts( speakr == \"x\" )\nthen\nend\n");
    Run run = launch("score", "fixtures/kursk-raid-2024", "--rules", rules.toString(), "--out",
        tmp.resolve("r").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains(rules + "/broken.drl:"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertFalse(Files.exists(tmp.resolve("r")));
  }

  @Test
  void benchMeasuresASmallGeneratedBatchInFreshJvms() throws Exception {
    Run run = launch("bench", "--sizes", "30,60", "--repeat", "1", "--threads", "1", "--work",
        tmp.resolve("bench").toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("\\s*articles\\s+run\\s+median s\\s+cpu s\\s+articles/s.*"), run.out());
    for (int size : List.of(30, 60)) {
      String score = lines.stream().filter(l -> l.matches("\\s*" + size + " score .*")).findFirst().orElseThrow();
      double cpu = Double.parseDouble(score.trim().split("\\s+")[3]);
      assertTrue(cpu > 0, "a run takes some CPU time: " + score);
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("scaling 30 -> 60 articles (x2): time x")
        && l.contains(", cpu time x")), run.out());
  }

  @Test
  void anUnknownOptionIsAUsageError() throws Exception {
    Run run = launch("score", "--no-such-option");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
