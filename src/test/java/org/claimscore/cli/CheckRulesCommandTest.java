package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimscore check-rules}: clean rules pass; each kind of editor mistake is one FILE:LINE line and exit 2. */
class CheckRulesCommandTest {

  @TempDir Path tmp;

  private Path rules() throws IOException {
    return Cli.copy(Path.of("rules"), tmp.resolve("rules"));
  }

  private static List<String> lines(String out) {
    return out.lines().toList();
  }

  private static void assertNoStackTrace(Cli.Run run) {
    assertFalse((run.out() + run.err()).contains("\tat "), run.out() + run.err());
    assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
  }

  @Test
  void theShippedRulesAreClean() {
    Cli.Run run = Cli.run("check-rules");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().matches("check-rules: \\d+ rules in 4 files, \\d+ rule tests: OK\\R"), run.out());
  }

  @Test
  void aBrokenRuleFileIsNamedWithItsLine() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("patterns.drl"), "ClaimFacts( qualified )", "ClaimFacts( qualified ");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    List<String> out = lines(run.out());
    assertTrue(out.get(0).matches(dir + "/patterns\\.drl:\\d+: .+"), run.out());
    assertTrue(out.get(out.size() - 1).matches("check-rules: .* not run \\(the rules do not load\\): \\d+ problems?"),
        run.out());
    assertNoStackTrace(run);
  }

  @Test
  void aMisspeltFieldIsNamed() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("attribution.drl"), "ClaimFacts( hedged )", "ClaimFacts( hedgd )");
    int line = lineOf(dir.resolve("attribution.drl"), "ClaimFacts( hedgd )");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().contains(dir + "/attribution.drl:" + line + ": unknown field 'hedgd' on ClaimFacts"),
        run.out());
  }

  @Test
  void twoRulesWithOneNameAreBothNamed() throws IOException {
    Path dir = rules();
    Files.writeString(dir.resolve("zz-extra.drl"), """
        package org.claimscore.rules;

        import org.claimscore.scoring.ClaimFacts;

        // A copy of a rule under the same name.
        rule "Hedged claim"
            @points(-5)
            @reason("Hedged again.")
        when
            ClaimFacts( hedged )
        then
        end
        """);
    int first = lineOf(dir.resolve("attribution.drl"), "rule \"Hedged claim\"");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertEquals(List.of(
        dir + "/attribution.drl:" + first + ": rule \"Hedged claim\" is defined twice (also at " + dir
            + "/zz-extra.drl:6); rule names must be unique across the rule files",
        dir + "/zz-extra.drl:6: rule \"Hedged claim\" is defined twice (also at " + dir + "/attribution.drl:"
            + first + "); rule names must be unique across the rule files",
        "check-rules: 34 rules in 5 files, 51 rule tests not run (the rules do not load): 2 problems"),
        lines(run.out()).stream().map(l -> l.replaceAll("\\d+ rules in", "34 rules in")
            .replaceAll("\\d+ rule tests", "51 rule tests")).toList());
  }

  @Test
  void aValueNoClaimCanHaveIsATypo() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("grading.drl"), "type == \"prediction\"", "type == \"casualties\"");
    int line = lineOf(dir.resolve("grading.drl"), "type == \"casualties\"");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().contains(dir + "/grading.drl:" + line + ": rule \"Prediction cannot be judged as fact\": "
        + "type == \"casualties\" never matches: \"casualties\" is not a value the pipeline produces for type "
        + "(did you mean \"casualty\"?)"), run.out());
  }

  @Test
  void aCueOrFlagNobodyRaisesIsATypo() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("patterns.drl"), "articleCues contains \"editorialising\"",
        "articleCues contains \"editorializing\"");
    Cli.replaceOnce(dir.resolve("corroboration.drl"), "evidenceFlags contains \"inconsistent-figures\"",
        "evidenceFlags contains \"inconsistent-numbers\"");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().contains("articleCues contains \"editorializing\" never matches"), run.out());
    assertTrue(run.out().contains("(did you mean \"editorialising\"?)"), run.out());
    assertTrue(run.out().contains("evidenceFlags contains \"inconsistent-numbers\" never matches"), run.out());
  }

  @Test
  void aLetterOrCountryTheSchemaDoesNotKnowIsATypo() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("attribution.drl"), "ClaimFacts( via != \"\" )",
        "ClaimFacts( via != \"\", sourceLetter == \"G\" || speakerCountry == \"rusia\" )");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().contains("sourceLetter == \"G\" never matches"), run.out());
    assertTrue(run.out().contains("speakerCountry == \"rusia\" never matches"), run.out());
    assertTrue(run.out().contains("(did you mean \"russia\"?)"), run.out());
  }

  @Test
  void pointsOutOfRangeAreNamed() throws IOException {
    Path dir = rules();
    Cli.replaceOnce(dir.resolve("patterns.drl"), "@points(-20)", "@points(-80)");
    int line = lineOf(dir.resolve("patterns.drl"), "@points(-80)");
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().startsWith(dir + "/patterns.drl:" + line
        + ": rule \"Casualty figure from a party to the conflict, unconfirmed\": @points(-80) is outside -50..50"),
        run.out());
  }

  @Test
  void aFailingRuleTestAndAnUntestedRuleAreReported() throws IOException {
    Path dir = rules();
    Files.writeString(dir.resolve("tests").resolve("zz-failing.json"),
        "{ \"description\": \"hedged\", \"facts\": { \"hedged\": true }, \"expect\": { \"grade\": \"A1\" } }");
    Files.writeString(dir.resolve("zz-untested.drl"), """
        package org.claimscore.rules;

        import org.claimscore.scoring.ClaimFacts;

        // A rule nobody wrote a test case for.
        rule "Quoted on television"
            @points(5)
            @reason("The speaker said it on television.")
        when
            ClaimFacts( channel == "tv" )
        then
        end
        """);
    Cli.Run run = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, run.exit(), run.out());
    assertEquals(List.of(
        dir + "/tests/zz-failing.json:1: (hedged): expected grade A1, got D4 (confidence 30)",
        dir + "/zz-untested.drl:6: rule \"Quoted on television\" has no test case in " + dir
            + "/tests/ where it does not fire",
        dir + "/zz-untested.drl:6: rule \"Quoted on television\" has no test case in " + dir + "/tests/ where it fires"),
        lines(run.out()).subList(0, 3));
    assertTrue(lines(run.out()).get(3).matches("check-rules: \\d+ rules in 5 files, \\d+ rule tests: 3 problems"),
        run.out());
  }

  @Test
  void aMissingOrEmptyShippedLexiconFileIsNamedByEveryCommand() throws IOException {
    Path dir = rules();
    Files.delete(dir.resolve("lexicon/hedges.txt"));
    Files.writeString(dir.resolve("lexicon/places.csv"), "name,variants,region,country\n# nothing listed\n");
    List<String> expected = List.of(
        dir + "/lexicon/hedges.txt:0: missing (every rules folder needs the files claimscore ships: "
            + "lexicon/actors.csv, lexicon/places.csv, lexicon/outlets.csv, lexicon/verbs.csv, lexicon/hedges.txt, "
            + "lexicon/editorialising.txt; copy it from the project's rules folder)",
        dir + "/lexicon/places.csv:0: empty (every rules folder needs the files claimscore ships, each with at least"
            + " one entry; copy it from the project's rules folder)");
    Cli.Run check = Cli.run("check-rules", "--rules", dir.toString());
    assertEquals(2, check.exit(), check.out());
    assertEquals(expected, lines(check.out()).subList(0, 2));
    Path out = tmp.resolve("report");
    Cli.Run score = Cli.run("score", "fixtures/kursk-raid-2024", "--rules", dir.toString(), "--out", out.toString(),
        "--quiet");
    assertEquals(2, score.exit(), score.err());
    assertEquals(expected, lines(score.err()));
    assertFalse(Files.exists(out));
    Cli.Run evaluate = Cli.run("evaluate", "fixtures/kursk-raid-2024", "--rules", dir.toString());
    assertEquals(2, evaluate.exit(), evaluate.err());
    assertEquals(expected, lines(evaluate.err()));
  }

  @Test
  void aMissingFolderIsAUsageError() {
    Cli.Run run = Cli.run("check-rules", "--rules", tmp.resolve("nothing").toString());
    assertEquals(2, run.exit());
    assertEquals("check-rules: no such rules folder: " + tmp.resolve("nothing") + System.lineSeparator(), run.err());
  }

  @Test
  void helpSaysWhatItChecks() {
    Cli.Run run = Cli.run("check-rules", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("FILE:LINE: message"), run.out());
    assertTrue(run.out().contains("type == \"casualties\""), run.out());
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalStateException(text + " not in " + file);
  }
}
