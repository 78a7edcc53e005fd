package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}, {@code verify} and {@code diff} on reports of the fixture scored into temporary folders. */
class ReportCommandsTest {

  private static final String FIXTURE = "fixtures/kursk-raid-2024";

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path report;

  @BeforeAll
  static void score() {
    report = shared.resolve("report");
    Cli.Run run = Cli.run("score", FIXTURE, "--out", report.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void explainShowsTheClaimEveryFiringAndTheVerdict() throws IOException {
    ReportFolder folder = new ReportFolder(report);
    List<Map<String, String>> firings = folder.rows(ReportWriter.FIRINGS);
    Map<String, String> claim = folder.rows(ReportWriter.CLAIMS).stream()
        .filter(c -> firings.stream().filter(f -> f.get("claim_id").equals(c.get("claim_id"))).count() >= 3)
        .filter(c -> !c.get("text").startsWith("'"))
        .findFirst().orElseThrow();
    Cli.Run run = Cli.run("explain", "--report", report.toString(), "--claim", claim.get("claim_id"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Claim " + claim.get("claim_id") + ": "), run.out());
    assertTrue(run.out().contains("[[" + claim.get("text") + "]]"), run.out());
    Map<String, String> source = folder.rows(ReportWriter.SOURCES).stream()
        .filter(r -> r.get("article_id").equals(claim.get("article_id"))).findFirst().orElseThrow();
    assertTrue(run.out().contains("Article:      standing " + source.get("standing") + ": "
        + source.get("standing_reasons") + System.lineSeparator()), run.out());
    List<Map<String, String>> mine = firings.stream().filter(f -> f.get("claim_id").equals(claim.get("claim_id")))
        .toList();
    int at = 0;
    for (Map<String, String> f : mine) {
      String line = ReportWriter.signedPoints(Integer.parseInt(f.get("points"))) + "  " + f.get("rule") + "  ["
          + f.get("rule_file") + "]";
      int found = run.out().indexOf(line, at);
      assertTrue(found > at, "firing in order: " + line + "\n" + run.out());
      assertTrue(run.out().contains(f.get("reason")), f.get("reason"));
      at = found;
    }
    assertTrue(run.out().endsWith("Confidence " + claim.get("confidence") + ", grade " + claim.get("grade") + "."
        + System.lineSeparator()), run.out());
  }

  @Test
  void explainNamesTheSieveThatFoundTheSpeaker() throws IOException {
    Map<String, String> claim = new ReportFolder(report).rows(ReportWriter.CLAIMS).stream()
        .filter(c -> c.get("attributed_by").equals("according-to")).findFirst().orElseThrow();
    Cli.Run run = Cli.run("explain", "--report", report.toString(), "--claim", claim.get("claim_id"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\nFound by:     the according-to sieve"), run.out());
    Map<String, String> unattributed = new ReportFolder(report).rows(ReportWriter.CLAIMS).stream()
        .filter(c -> c.get("speaker").isEmpty()).findFirst().orElseThrow();
    assertEquals("", unattributed.get("attributed_by"));
    Cli.Run none = Cli.run("explain", "--report", report.toString(), "--claim", unattributed.get("claim_id"));
    assertFalse(none.out().contains("Found by:"), none.out());
  }

  @Test
  void explainOfAnUnknownClaimIsOneLineAndExitTwo() {
    Cli.Run run = Cli.run("explain", "--report", report.toString(), "--claim", "no-such-article#7");
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertEquals(List.of("explain: no claim 'no-such-article#7' in " + report.resolve("claims.csv")),
        run.err().lines().toList());
  }

  @Test
  void verifyConfirmsAFreshReport() {
    Cli.Run run = Cli.run("verify", report.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("verified: " + report + " is byte-identical"), run.out());
  }

  @Test
  void verifySaysWhichRulesItUses() {
    Cli.Run run = Cli.run("verify", report.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals(List.of("verify: rules from rules (named in run.json)"), run.err().lines().toList());
  }

  @Test
  void verifyUsesTheRulesFolderGivenWithRules() throws IOException {
    Path copy = Cli.copy(Path.of("rules"), tmp.resolve("my-rules"));
    Cli.Run same = Cli.run("verify", report.toString(), "--rules", copy.toString());
    assertEquals(0, same.exit(), same.out() + same.err());
    assertEquals(List.of("verify: rules from " + copy + " (--rules)"), same.err().lines().toList());
    Cli.replaceOnce(copy.resolve("attribution.drl"), "@points(-10)\n    @reason(\"The claim is hedged",
        "@points(-20)\n    @reason(\"The claim is hedged");
    Cli.Run changed = Cli.run("verify", report.toString(), "--rules", copy.toString());
    assertEquals(1, changed.exit(), changed.out() + changed.err());
    assertTrue(changed.out().contains("changed since the run: " + copy + "/attribution.drl (content changed)"),
        changed.out());
    assertTrue(changed.out().contains("files that differ from a fresh run: claims.csv, rule-firings.csv"),
        changed.out());
  }

  @Test
  void verifyWithRulesThatFireTooOftenNamesTheRuleAndExits2() throws IOException {
    Path copy = Cli.copy(Path.of("rules"), tmp.resolve("my-rules"));
    Files.writeString(copy.resolve("zz-pairs.drl"), "package org.claimscore.rules;\n\n"
        + "import org.claimscore.scoring.ClaimFacts;\n\nrule \"Every pair of claims\" @points(1) @reason(\"r\")\n"
        + "when\n    ClaimFacts( )\n    ClaimFacts( )\nthen\nend\n");
    Cli.replaceOnce(copy.resolve("settings.csv"), "firing_limit_per_claim,1000,", "firing_limit_per_claim,10,");
    Cli.Run run = Cli.run("verify", report.toString(), "--rules", copy.toString());
    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(copy + "/zz-pairs.drl:5: rule \"Every pair of claims\" fired "), run.err());
  }

  @Test
  void verifyWithoutTheRulesFolderRunJsonNamesAsksForRules() throws IOException {
    Path rules = Cli.copy(Path.of("rules"), tmp.resolve("gone"));
    Path out = tmp.resolve("report");
    assertEquals(0, Cli.run("score", FIXTURE, "--rules", rules.toString(), "--out", out.toString(), "--quiet").exit());
    Cli.copy(rules, tmp.resolve("kept"));
    try (var walk = Files.walk(rules)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Cli.Run run = Cli.run("verify", out.toString());
    assertEquals(2, run.exit(), run.out() + run.err());
    assertEquals(List.of("verify: no rules folder " + rules + " (named in " + out.resolve("run.json")
        + "); give one with --rules DIR"), run.err().lines().toList());
    Cli.Run kept = Cli.run("verify", out.toString(), "--rules", tmp.resolve("kept").toString());
    assertEquals(0, kept.exit(), kept.out() + kept.err());
  }

  @Test
  void verifyNamesAnInputEditedAfterScoring() throws IOException {
    Path articles = Cli.copy(Path.of(FIXTURE), tmp.resolve("articles"));
    try (var expected = Files.walk(articles.resolve("expected"))) {
      expected.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Path out = tmp.resolve("report");
    assertEquals(0, Cli.run("score", articles.toString(), "--out", out.toString(), "--quiet").exit());
    Path edited = articles.resolve("003_eeea51c4231d646a.txt");
    Files.writeString(edited, Files.readString(edited).replaceFirst("\\d+", "999"));
    Cli.Run run = Cli.run("verify", out.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("NOT verified: " + out), run.out());
    assertTrue(run.out().contains("changed since the run: " + edited + " (input content changed)"), run.out());
  }

  @Test
  void verifyNamesAChangedRuleFile() throws IOException {
    Path rules = Cli.copy(Path.of("rules"), tmp.resolve("rules"));
    Path out = tmp.resolve("report");
    assertEquals(0, Cli.run("score", FIXTURE, "--rules", rules.toString(), "--out", out.toString(), "--quiet").exit());
    Cli.replaceOnce(rules.resolve("attribution.drl"), "@points(-10)\n    @reason(\"The claim is hedged",
        "@points(-20)\n    @reason(\"The claim is hedged");
    Cli.Run run = Cli.run("verify", out.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("changed since the run: " + rules + "/attribution.drl (content changed)"),
        run.out());
    assertTrue(run.out().contains("files that differ from a fresh run: claims.csv, rule-firings.csv"), run.out());
  }

  @Test
  void diffListsTheClaimsARuleChangeMovesAndWhy() throws IOException {
    Path rules = Cli.copy(Path.of("rules"), tmp.resolve("rules"));
    Cli.replaceOnce(rules.resolve("attribution.drl"), "@points(-10)\n    @reason(\"The claim is hedged",
        "@points(-20)\n    @reason(\"The claim is hedged");
    Set<String> hedged = new ReportFolder(report).rows(ReportWriter.CLAIMS).stream()
        .filter(c -> c.get("reasons").contains("Hedged claim")).map(c -> c.get("claim_id"))
        .collect(Collectors.toSet());
    Cli.Run run = Cli.run("diff", "--before", "rules", "--after", rules.toString(), FIXTURE);
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    java.util.regex.Matcher summary = java.util.regex.Pattern
        .compile("(\\d+) of (\\d+) claims changed \\(0 up, (\\d+) down\\) between rules and " + rules)
        .matcher(lines.get(0));
    assertTrue(summary.matches(), lines.get(0));
    int changed = Integer.parseInt(summary.group(1));
    assertTrue(changed > 0 && changed <= hedged.size(), lines.get(0));
    assertEquals(changed, Integer.parseInt(summary.group(3)));
    List<String> claimLines = lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith(" ")).toList();
    List<String> firingLines = lines.subList(1, lines.size()).stream().filter(l -> l.startsWith(" ")).toList();
    assertEquals(changed, claimLines.size(), run.out());
    for (String l : claimLines) {
      assertTrue(hedged.contains(l.substring(0, l.indexOf(' '))), l);
      assertTrue(l.matches("\\S+  \\d+ -> \\d+ \\(-\\d+\\)  [A-F]\\d -> [A-F]\\d  .+"), l);
    }
    assertEquals(changed, firingLines.size(), run.out());
    firingLines.forEach(l -> assertEquals("    ~ points -10 -> -20  Hedged claim", l));
    assertFalse(run.out().contains("fires now"), run.out());
  }
}
