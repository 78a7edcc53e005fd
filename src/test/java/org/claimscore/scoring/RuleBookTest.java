package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule folders, reporting their mistakes, and scoring with the shipped rules. */
class RuleBookTest {

  private static final String HEADER = "package org.claimscore.rules;\n\nimport org.claimscore.scoring.ClaimFacts;\n\n";

  private static RuleBook shipped;

  @TempDir Path tmp;

  @BeforeAll
  static void loadShipped() throws Exception {
    shipped = RuleBook.load(Path.of("rules"));
  }

  /** A rules folder holding the shipped settings and the given DRL files (name, text). */
  private Path folder(String... nameAndText) throws IOException {
    Path dir = tmp.resolve("rules");
    Files.createDirectories(dir);
    Files.copy(Path.of("rules", Settings.FILE), dir.resolve(Settings.FILE));
    for (int i = 0; i < nameAndText.length; i += 2) {
      Files.writeString(dir.resolve(nameAndText[i]), nameAndText[i + 1]);
    }
    return dir;
  }

  /** Sets {@code key} to {@code value} in the settings of {@code dir}. */
  static void setting(Path dir, String key, String value) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(Settings.FILE)));
    lines.replaceAll(l -> l.startsWith(key + ",") ? key + "," + value + ",set by a test" : l);
    Files.write(dir.resolve(Settings.FILE), lines);
  }

  private static List<String> problems(Path dir) {
    return assertThrows(SetupException.class, () -> RuleBook.load(dir)).lines();
  }

  @Test
  void shippedRulesLoadWithTheirFilesAndMetadata() {
    List<String> files = shipped.rules().stream().map(RuleInfo::file).distinct().toList();
    assertEquals(List.of("attribution.drl", "corroboration.drl", "grading.drl", "patterns.drl"), files);
    for (RuleInfo rule : shipped.rules()) {
      assertTrue(rule.line() > 0, rule.toString());
      assertTrue(!rule.reason().isBlank(), rule.toString());
    }
    assertEquals(50, shipped.settings().baseConfidence());
  }

  @Test
  void syntaxErrorNamesFileAndLine() throws IOException {
    Path dir = folder("ok.drl", HEADER + "rule \"Fine\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n",
        "broken.drl", HEADER + "rule \"Broken\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged ==  )\nthen\nend\n");
    List<String> problems = problems(dir);
    assertTrue(!problems.isEmpty());
    String display = RuleBook.displayName(dir);
    for (String p : problems) {
      assertTrue(p.startsWith(display + "/broken.drl:7: "), p);
      assertTrue(!p.contains("\n"), p);
    }
  }

  @Test
  void unknownFieldNamesFileLineAndField() throws IOException {
    Path dir = folder("patterns.drl",
        HEADER + "// policy\nrule \"Misspelt\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( speakr == \"x\" )\nthen\nend\n");
    List<String> problems = problems(dir);
    assertEquals(1, problems.size(), problems.toString());
    String p = problems.get(0);
    assertTrue(p.startsWith(RuleBook.displayName(dir) + "/patterns.drl:"), p);
    int line = Integer.parseInt(p.split(":")[1]);
    assertTrue(line == 6 || line == 8, "rule line 6 or condition line 8, got " + p);
    assertTrue(p.contains("speakr"), p);
  }

  @Test
  void errorsOfEveryFileAreCollected() throws IOException {
    Path dir = folder("a.drl", HEADER + "rule \"A\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( nope )\nthen\nend\n",
        "b.drl", HEADER + "rule \"B\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( alsoNope )\nthen\nend\n");
    List<String> problems = problems(dir);
    String display = RuleBook.displayName(dir);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(display + "/a.drl:")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(display + "/b.drl:")), problems.toString());
  }

  @Test
  void ruleWithoutPointsOrReasonIsAProblem() throws IOException {
    Path dir = folder("grading.drl", HEADER
        + "rule \"No points\" @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n\n"
        + "rule \"No reason\" @points(-5)\nwhen\n  ClaimFacts( hedged )\nthen\nend\n");
    String display = RuleBook.displayName(dir);
    assertEquals(List.of(display + "/grading.drl:5: rule \"No points\" has no @points(N) metadata",
        display + "/grading.drl:11: rule \"No reason\" has no @reason(\"...\") metadata"), problems(dir));
  }

  @Test
  void emptyFolderIsAProblem() throws IOException {
    Path dir = folder();
    assertEquals(List.of(RuleBook.displayName(dir) + ":0: no *.drl rule files in this folder"), problems(dir));
  }

  @Test
  void rulesUnderLexiconAndTestsAreNotCompiled() throws IOException {
    Path dir = folder("a.drl", HEADER + "rule \"A\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n");
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests/junk.drl"), "this is not DRL");
    Files.createDirectories(dir.resolve("lexicon"));
    Files.writeString(dir.resolve("lexicon/junk.drl"), "this is not DRL");
    RuleBook book = assertDoesNotThrowLoad(dir);
    assertEquals(List.of("A"), book.rules().stream().map(RuleInfo::name).toList());
  }

  @Test
  void malformedSettingsLineIsAProblem() throws IOException {
    Path dir = folder("a.drl", HEADER + "rule \"A\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n");
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(Settings.FILE)));
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("base_confidence,")) {
        lines.set(i, "base_confidence,fifty,oops");
        at = i + 1;
      }
    }
    Files.write(dir.resolve(Settings.FILE), lines);
    assertEquals(List.of(RuleBook.displayName(dir) + "/settings.csv:" + at
        + ": base_confidence must be a whole number, got 'fifty'"), problems(dir));
  }

  @Test
  void everythingTheRulesReadmeAllowsLoadsAndScores() throws IOException {
    Path dir = folder("allowed.drl", HEADER
        + "// Every construct a rule may use.\n"
        + "rule \"Allowed constructs\"\n    @points(-3)\n    @reason('single quotes')\n    @flag(\"allowed\")\n"
        + "    @credibility(4)\nwhen\n"
        + "    $c : ClaimFacts( $t : text, text.length() > 3, text str[startsWith] \"The\", speaker.toLowerCase()"
        + " matches \".*min.*\",\n"
        + "        type in (\"event\", \"casualty\"), hedges.size() >= 1 || hedges contains \"reportedly\","
        + " Math.abs(figures - 2) <= 2, !qualified, partyToConflict == false, via.isEmpty() )\n"
        + "    not ClaimFacts( claimId != $c.claimId, text == $t )\n"
        + "    exists ( ClaimFacts( articleId == $c.articleId ) or ClaimFacts( this == $c ) )\n"
        + "then\n    // nothing: the points come from @points\n    /* and nothing here either */\nend\n");
    RuleBook book = assertDoesNotThrowLoad(dir);
    ClaimFacts claim = Facts.claim("a").with("text", "The ministry said").with("speaker", "Ministry")
        .with("type", "event").with("hedges", List.of("reportedly")).with("hedged", true).with("figures", 1).build();
    Score score = book.score(List.of(claim)).get(0);
    assertEquals(List.of("Allowed constructs"), score.firings().stream().map(Firing::rule).toList());
    assertEquals(List.of("allowed"), score.flags());
  }

  @Test
  void aMissingOrBadSettingIsOneProblemNotTwo() throws IOException {
    Path dir = folder("a.drl", HEADER + "rule \"A\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n");
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(Settings.FILE)));
    lines.removeIf(l -> l.startsWith("credibility_2_min,"));
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("credibility_4_min,")) {
        lines.set(i, "credibility_4_min,low,oops");
        at = i + 1;
      }
    }
    Files.write(dir.resolve(Settings.FILE), lines);
    String display = RuleBook.displayName(dir);
    assertEquals(List.of(display + "/settings.csv:1: missing key 'credibility_2_min'",
        display + "/settings.csv:" + at + ": credibility_4_min must be a whole number, got 'low'"), problems(dir));
  }

  @Test
  void aRuleThatFiresTooOftenIsStoppedAndNamed() throws IOException {
    Path dir = folder("patterns.drl", HEADER
        + "rule \"Every pair of hedged claims\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\n"
        + "  ClaimFacts( hedged )\nthen\nend\n");
    setting(dir, "firing_limit_per_claim", "10");
    RuleBook book = assertDoesNotThrowLoad(dir);
    List<ClaimFacts> facts = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      facts.add(Facts.claim("c" + i).with("hedged", true).build());
    }
    RuleRunException e = assertThrows(RuleRunException.class, () -> book.score(facts));
    assertEquals(List.of(RuleBook.displayName(dir) + "/patterns.drl:5: rule \"Every pair of hedged claims\" fired 110"
        + " times on 11 claims, past the limit of 10 firings per claim (firing_limit_per_claim, or one more than the"
        + " number of rules if that is more): a rule with several ClaimFacts patterns fires once for every"
        + " combination of claims they match"),
        e.diagnostics().stream().map(Object::toString).toList());
  }

  @Test
  void tenRulesFiringOnOneClaimIsNotALoop() throws IOException {
    StringBuilder drl = new StringBuilder(HEADER);
    for (int i = 0; i < 12; i++) {
      drl.append("rule \"Rule ").append(i).append("\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( hedged )\nthen\nend\n");
    }
    Path dir = folder("many.drl", drl.toString());
    setting(dir, "firing_limit_per_claim", "10");
    RuleBook book = assertDoesNotThrowLoad(dir);
    assertEquals(12, book.score(List.of(Facts.claim("a").with("hedged", true).build())).get(0).firings().size());
  }

  @Test
  void aConditionThatFailsWhileScoringIsNamedAtItsRule() throws IOException {
    Path dir = folder("patterns.drl", HEADER
        + "rule \"Bad pattern\" @points(1) @reason(\"r\")\nwhen\n  ClaimFacts( text.matches(\"(\") )\nthen\nend\n");
    RuleBook book = assertDoesNotThrowLoad(dir);
    RuleRunException e = assertThrows(RuleRunException.class,
        () -> book.score(List.of(Facts.claim("a").build())));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    assertTrue(e.diagnostics().get(0).toString().startsWith(RuleBook.displayName(dir)
        + "/patterns.drl:5: rule \"Bad pattern\" failed while scoring: Unclosed group"), e.diagnostics().toString());
  }

  @Test
  void scoresFollowInputOrderAndSumPointsFromTheBase() {
    ClaimFacts hedged = Facts.claim("h").with("hedged", true).build();
    ClaimFacts plain = Facts.claim("p").build();
    List<Score> scores = shipped.score(List.of(hedged, plain, hedged));
    assertEquals(List.of("h", "p", "h"), scores.stream().map(Score::claimId).toList());
    // neutral facts: single origin (-10); hedged adds -10
    assertEquals(40, scores.get(1).confidence());
    assertEquals(30, scores.get(0).confidence());
    assertEquals(scores.get(0), scores.get(2));
  }

  @Test
  void firingsAreSortedByEffectThenNameAndCarryTheirFile() {
    Score s = shipped.score(List.of(Facts.claim("x").with("hedged", true).with("directQuote", true).build())).get(0);
    List<String> rules = s.firings().stream().map(Firing::rule).toList();
    assertEquals(List.of("Hedged claim", "Reported by a single origin family", "Direct quote of the speaker",
        "Confirmed only with two independent primary sources"), rules);
    assertEquals("attribution.drl", s.firings().get(0).ruleFile());
    assertEquals(-10, s.firings().get(0).points());
  }

  @Test
  void confidenceIsClampedAndGradeUsesTheWorstCap() {
    ClaimFacts awful = Facts.claim("w").with("speakerKind", "media_reports").with("speaker", "").with("hedged", true)
        .with("verbStrength", "distancing").with("qualified", true).with("type", "prediction")
        .with("factual", false).with("sourceLetter", "E").build();
    Score s = shipped.score(List.of(awful)).get(0);
    assertEquals(0, s.confidence());
    assertEquals("E6", s.grade());
  }

  @Test
  void aSourceLetterOutsideAToFCannotReachTheRules() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Facts.claim("x").with("sourceLetter", "?").build());
    assertTrue(e.getMessage().contains("sourceLetter \"?\" is not one of [A, B, C, D, E, F]"), e.getMessage());
  }

  @Test
  void parallelScoringGivesTheSameResults() throws Exception {
    List<ClaimFacts> batch = List.of(Facts.claim("a").with("hedged", true).build(),
        Facts.claim("b").with("independentSources", 2).with("independentOrigins", 2).build());
    List<Score> expected = shipped.score(batch);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Score>>> runs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        runs.add(pool.submit(() -> shipped.score(batch)));
      }
      for (Future<List<Score>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static RuleBook assertDoesNotThrowLoad(Path dir) {
    try {
      return RuleBook.load(dir);
    } catch (SetupException e) {
      throw new AssertionError("unexpected problems: " + e.lines());
    }
  }
}
