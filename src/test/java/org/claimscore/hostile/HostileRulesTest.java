package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimscore.scoring.RuleBook;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule file is untrusted input: each attack below is one rule file in a rules folder. Loading
 * the folder must fail with the attack's file and line, before anything in it is compiled or run,
 * so the marker file the attack would write never appears. The command tests add the file to a
 * copy of the shipped rules.
 */
class HostileRulesTest {

  private static final String HEADER = "package org.claimscore.rules;\n\nimport org.claimscore.scoring.ClaimFacts;\n\n";
  private static final String RULE = "rule \"Hostile\"\n    @points(1)\n    @reason(\"r\")\nwhen\n";

  @TempDir Path tmp;

  /** A rules folder of the shipped settings and {@code hostile.drl} holding {@code drl}. */
  private Path rulesWith(String drl) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("rules"));
    Files.copy(Path.of("rules", "settings.csv"), dir.resolve("settings.csv"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("hostile.drl"), drl);
    return dir;
  }

  /** A copy of the shipped rules, lexicon and tests included, with {@code hostile.drl} holding {@code drl}. */
  private Path shippedRulesWith(String drl) throws IOException {
    Path dir = tmp.resolve("rules");
    try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
      for (Path p : walk.toList()) {
        Path target = dir.resolve(Path.of("rules").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(dir.resolve("hostile.drl"), drl);
    return dir;
  }

  /** Java source text of a path the attack would write, inside this test's folder. */
  private String marker() {
    return "\"" + tmp.resolve("pwned").toString().replace("\\", "\\\\") + "\"";
  }

  /** The problems of loading {@code dir}; fails when it loads, and when the attack left its marker. */
  private List<Diagnostic> rejected(Path dir) {
    SetupException e = assertThrows(SetupException.class, () -> RuleBook.load(dir));
    assertFalse(Files.exists(tmp.resolve("pwned")), "the attack ran");
    return e.diagnostics();
  }

  /** Asserts the one problem of {@code dir} is in hostile.drl at the line holding {@code at}, and says {@code what}. */
  private void assertRejectedAt(Path dir, String at, String what) throws IOException {
    List<Diagnostic> problems = rejected(dir);
    assertEquals(1, problems.size(), problems.toString());
    Diagnostic d = problems.get(0);
    assertEquals(dir + "/hostile.drl", d.file());
    assertEquals(lineOf(dir.resolve("hostile.drl"), at), d.line(), d.toString());
    assertTrue(d.message().startsWith(what), d.toString());
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

  @Test
  void runtimeExecInThen() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n"
        + "    Runtime.getRuntime().exec(new String[] {\"touch\", " + marker() + "});\nend\n");
    assertRejectedAt(dir, "Runtime.getRuntime()", "rule \"Hostile\" calls Runtime.getRuntime() in its then block");
  }

  @Test
  void filesWriteStringInThen() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n    // looks harmless\n"
        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\");\nend\n");
    assertRejectedAt(dir, "java.nio.file.Files.writeString",
        "rule \"Hostile\" calls java.nio.file.Files.writeString() in its then block");
  }

  @Test
  void systemExitInThen() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n    System.exit(3);\nend\n");
    assertRejectedAt(dir, "System.exit", "rule \"Hostile\" calls System.exit() in its then block");
  }

  @Test
  void anyStatementInThenEvenWithoutACall() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    $c : ClaimFacts( hedged )\nthen\n    int x = 1;\nend\n");
    assertRejectedAt(dir, "int x = 1;", "rule \"Hostile\" has code in its then block");
  }

  @Test
  void aUnicodeEscapeThatWouldEndAThenComment() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n"
        + "    // harmless \\u000a System.exit(3);\nend\n");
    assertRejectedAt(dir, "harmless", "rule \"Hostile\" calls System.exit() in its then block");
  }

  @Test
  void aQuoteInACommentThatWouldHideACallFromTheCheck() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged, speaker == \"a\" + /* \" */ System.getProperty(\"x\")"
        + " /* \" */ )\nthen\nend\n");
    assertRejectedAt(dir, "System.getProperty", "rule \"Hostile\" calls System.getProperty()");
  }

  @Test
  void evalWithACallAsACondition() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\n"
        + "    eval( java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\") != null )\n"
        + "then\nend\n");
    assertRejectedAt(dir, "eval(", "rule \"Hostile\" uses eval(...)");
  }

  @Test
  void aQualifiedCallInAConstraint() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged,\n"
        + "        java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\") != null )\n"
        + "then\nend\n");
    assertRejectedAt(dir, "java.nio.file.Files.writeString",
        "rule \"Hostile\" calls java.nio.file.Files.writeString(): a condition may call only the String, list");
  }

  @Test
  void aMethodCallOnAFieldThatIsNotOnTheAllowList() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( text.getBytes().length > 0 )\nthen\nend\n");
    assertRejectedAt(dir, "text.getBytes()", "rule \"Hostile\" calls text.getBytes()");
  }

  @Test
  void bracketsThatWouldReadAPropertyByName() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( this[\"class\"] != null )\nthen\nend\n");
    assertRejectedAt(dir, "this[", "rule \"Hostile\" uses [...] in a condition");
  }

  @Test
  void fromACall() throws IOException {
    Path dir = rulesWith(HEADER + RULE + "    ClaimFacts( hedged )\n"
        + "    String() from java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\").toString()\n"
        + "then\nend\n");
    assertRejectedAt(dir, "String() from", "rule \"Hostile\" uses from");
  }

  @Test
  void importOfJavaIoFile() throws IOException {
    Path dir = rulesWith("package org.claimscore.rules;\n\nimport org.claimscore.scoring.ClaimFacts;\n"
        + "import java.io.File;\n\n" + RULE + "    ClaimFacts( hedged )\nthen\nend\n");
    assertRejectedAt(dir, "import java.io.File", "uses import java.io.File: a rule file may import only "
        + "org.claimscore.scoring.ClaimFacts");
  }

  @Test
  void anotherPackageWhereMathCouldBeAnotherClass() throws IOException {
    Path dir = rulesWith("package org.apache.commons.csv;\n\nimport org.claimscore.scoring.ClaimFacts;\n\n"
        + RULE + "    ClaimFacts( Math.abs(figures) > 1 )\nthen\nend\n");
    assertRejectedAt(dir, "package", "is in package org.apache.commons.csv: rule files are in package"
        + " org.claimscore.rules");
  }

  @Test
  void aFunction() throws IOException {
    Path dir = rulesWith(HEADER + "function boolean hostile() {\n"
        + "    try { java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\"); }"
        + " catch (Exception e) { }\n    return true;\n}\n\n" + RULE + "    ClaimFacts( hedged, hostile() )\nthen\nend\n");
    List<Diagnostic> problems = rejected(dir);
    assertEquals(List.of(new Diagnostic(dir + "/hostile.drl", 5, "declares a function hostile(): a rule file holds"
            + " rules only (see \"What a rule may contain\" in the rules README)")),
        problems.stream().filter(d -> d.line() == 5).toList());
    assertTrue(problems.stream().anyMatch(d -> d.message().startsWith("rule \"Hostile\" calls hostile()")),
        problems.toString());
  }

  @Test
  void reflectionThroughGetClassForName() throws IOException {
    Path dir = rulesWith(HEADER + RULE
        + "    ClaimFacts( this.getClass().forName(\"java.lang.Runtime\") != null )\nthen\nend\n");
    assertRejectedAt(dir, "getClass()", "rule \"Hostile\" calls this.getClass()");
  }

  @Test
  void codeInAMetadataValue() throws IOException {
    Path dir = rulesWith(HEADER + "rule \"Hostile\"\n    @points(1)\n    @reason(\"r\")\n"
        + "    @flag(java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\").toString())\n"
        + "when\n    ClaimFacts( hedged )\nthen\nend\n");
    assertRejectedAt(dir, "@flag(", "rule \"Hostile\" has @flag(java.nio.file.Files.writeString(");
  }

  @Test
  void codeInASalienceAttribute() throws IOException {
    Path dir = rulesWith(HEADER + "rule \"Hostile\"\n    @points(1)\n    @reason(\"r\")\n"
        + "    salience ( java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker()
        + "), \"x\").toString().length() )\nwhen\n    ClaimFacts( hedged )\nthen\nend\n");
    assertRejectedAt(dir, "salience", "rule \"Hostile\" sets salience: a rule takes no attributes");
  }

  @Test
  void aGlobalAQueryAndATypeDeclaration() throws IOException {
    Path dir = rulesWith(HEADER + "global java.util.List sink;\n\nquery \"all claims\"\n    ClaimFacts( )\nend\n\n"
        + "declare Sneaky\n    name : String\nend\n\n" + RULE + "    ClaimFacts( hedged )\nthen\nend\n");
    List<String> messages = rejected(dir).stream().map(d -> d.line() + ": " + d.message()).toList();
    assertEquals(3, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("5: declares a global sink"), messages.toString());
    assertTrue(messages.get(1).startsWith("7: declares a query all claims"), messages.toString());
    assertTrue(messages.get(2).startsWith("11: declares a type Sneaky"), messages.toString());
  }

  @Test
  void systemExitOrRuntimeHaltCannotBeReachedFromAnyPartOfARule() throws IOException {
    // Nothing on the allow-list reaches System or Runtime, so no rule can end the JVM: each place a
    // rule could name them is rejected before anything is compiled.
    Map<String, String> attempts = new LinkedHashMap<>();
    attempts.put(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n    Runtime.getRuntime().halt(3);\nend\n",
        "calls Runtime.getRuntime() in its then block");
    attempts.put(HEADER + RULE + "    ClaimFacts( hedged, System.exit(3) == null )\nthen\nend\n",
        "calls System.exit()");
    attempts.put(HEADER + RULE + "    ClaimFacts( hedged, java.lang.Runtime.getRuntime().halt(3) == null )\nthen\nend\n",
        "calls java.lang.Runtime.getRuntime()");
    attempts.put(HEADER + RULE + "    ClaimFacts( hedged, text.getClass().forName(\"java.lang.System\") != null )\n"
        + "then\nend\n", "calls text.getClass()");
    attempts.put(HEADER + RULE + "    ClaimFacts( hedged )\n    eval( System.exit(3) == null )\nthen\nend\n",
        "uses eval(...)");
    attempts.put(HEADER + "rule \"Hostile\"\n    @points(1)\n    @reason(\"r\")\n    @flag(System.exit(3))\nwhen\n"
        + "    ClaimFacts( hedged )\nthen\nend\n", "has @flag(System.exit(3))");
    attempts.put(HEADER + "rule \"Hostile\"\n    @points(1)\n    @reason(\"r\")\n    enabled ( System.exit(3) == null )\n"
        + "when\n    ClaimFacts( hedged )\nthen\nend\n", "sets enabled");
    for (Map.Entry<String, String> attempt : attempts.entrySet()) {
      List<Diagnostic> problems = rejected(rulesWith(attempt.getKey()));
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(problems.get(0).file().endsWith("/hostile.drl") && problems.get(0).line() > 4, problems.toString());
      assertTrue(problems.get(0).message().startsWith("rule \"Hostile\" " + attempt.getValue()), problems.toString());
    }
  }

  @Test
  void aHugeOrDeeplyNestedRuleIsAnsweredQuickly() throws IOException {
    String chain = "a.".repeat(100_000);
    String nested = "(".repeat(20_000) + "hedged" + ")".repeat(20_000);
    for (String drl : List.of(HEADER + RULE + "    ClaimFacts( hedged )\nthen\n    " + chain + "\nend\n",
        HEADER + RULE + "    ClaimFacts( " + nested + " )\nthen\nend\n")) {
      Path dir = rulesWith(drl);
      List<Diagnostic> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rejected(dir));
      assertTrue(problems.stream().allMatch(d -> d.file().equals(dir + "/hostile.drl")), problems.toString());
    }
  }

  @Test
  void theShippedRulesPassTheCheck() throws Exception {
    long written = 0;
    try (java.util.stream.Stream<Path> drl = Files.list(Path.of("rules"))) {
      for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
        written += Files.readAllLines(f).stream().filter(l -> l.startsWith("rule \"")).count();
      }
    }
    assertEquals(written, RuleBook.load(Path.of("rules")).rules().size());
  }

  @Test
  void checkRulesReportsTheCallAndExits2EvenWhenTheRuleHasPassingTestCases() throws IOException {
    Path dir = shippedRulesWith(HEADER + RULE + "    ClaimFacts( channel == \"tv\" )\nthen\n"
        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\");\nend\n");
    Files.writeString(dir.resolve("tests").resolve("hostile.json"), "[\n"
        + "  { \"facts\": { \"channel\": \"tv\" }, \"expect\": { \"fires\": [\"Hostile\"] } },\n"
        + "  { \"facts\": { \"channel\": \"\" }, \"expect\": { \"doesNotFire\": [\"Hostile\"] } }\n]\n");
    String[] outErr = new String[2];
    int exit = run(outErr, "check-rules", "--rules", dir.toString());
    assertEquals(2, exit, outErr[0] + outErr[1]);
    assertFalse(Files.exists(tmp.resolve("pwned")), "the rule's then block ran");
    List<String> lines = outErr[0].lines().toList();
    assertTrue(lines.get(0).startsWith(dir + "/hostile.drl:" + lineOf(dir.resolve("hostile.drl"), "writeString")
        + ": rule \"Hostile\" calls java.nio.file.Files.writeString() in its then block"), outErr[0]);
    assertTrue(lines.get(lines.size() - 1).endsWith("not run (the rules do not load): 1 problem"), outErr[0]);
  }

  @Test
  void scoreWritesNoReportAndRunsNothing() throws IOException {
    Path dir = shippedRulesWith(HEADER + RULE + "    ClaimFacts( )\nthen\n"
        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\");\nend\n");
    Path out = tmp.resolve("report");
    String[] outErr = new String[2];
    int exit = run(outErr, "score", "fixtures/kursk-raid-2024", "--rules", dir.toString(), "--out", out.toString(),
        "--quiet");
    assertEquals(2, exit, outErr[1]);
    assertFalse(Files.exists(tmp.resolve("pwned")), "the rule's then block ran");
    assertFalse(Files.exists(out), "a report was written");
    assertTrue(outErr[1].startsWith(dir + "/hostile.drl:11: rule \"Hostile\" calls java.nio.file.Files.writeString()"),
        outErr[1]);
  }

  @Test
  void aRuleThatFiresForEveryPairOfClaimsStopsScoreAndDiffAtItsLine() throws IOException {
    Path dir = shippedRulesWith(HEADER + "rule \"Every pair of claims\"\n    @points(1)\n    @reason(\"r\")\nwhen\n"
        + "    ClaimFacts( )\n    ClaimFacts( )\nthen\nend\n");
    Path settings = dir.resolve("settings.csv");
    Files.writeString(settings, Files.readString(settings).replace("firing_limit_per_claim,1000,",
        "firing_limit_per_claim,10,"));
    Path out = tmp.resolve("report");
    String expected = dir + "/hostile.drl:5: rule \"Every pair of claims\" fired ";
    String[] outErr = new String[2];
    assertEquals(2, run(outErr, "score", "fixtures/kursk-raid-2024", "--rules", dir.toString(), "--out",
        out.toString(), "--quiet"), outErr[1]);
    assertTrue(outErr[1].startsWith(expected), outErr[1]);
    assertFalse(Files.exists(out), "a report was written");
    assertEquals(2, run(outErr, "diff", "--before", "rules", "--after", dir.toString(), "fixtures/kursk-raid-2024"),
        outErr[1]);
    assertTrue(outErr[1].startsWith(expected), outErr[1]);
  }

  @Test
  void aConditionThatFailsOnATestCaseIsAProblemOfItsRuleInCheckRules() throws IOException {
    Path dir = shippedRulesWith(HEADER + RULE + "    ClaimFacts( channel == \"tv\", text.matches(\"(\") )\nthen\nend\n");
    Files.writeString(dir.resolve("tests").resolve("hostile.json"), "[\n"
        + "  { \"facts\": { \"channel\": \"tv\" }, \"expect\": { \"fires\": [\"Hostile\"] } },\n"
        + "  { \"facts\": { \"channel\": \"\" }, \"expect\": { \"doesNotFire\": [\"Hostile\"] } }\n]\n");
    String[] outErr = new String[2];
    assertEquals(2, run(outErr, "check-rules", "--rules", dir.toString()), outErr[0] + outErr[1]);
    assertTrue(outErr[0].startsWith(dir + "/hostile.drl:5: rule \"Hostile\" failed while scoring: Unclosed group"),
        outErr[0]);
    assertTrue(outErr[0].lines().reduce((a, b) -> b).orElse("").endsWith(": 1 problem"), outErr[0]);
  }

  @Test
  void verifyChecksTheRulesRunJsonNamesBeforeRunningThem() throws IOException {
    Path dir = shippedRulesWith(HEADER + RULE + "    ClaimFacts( )\nthen\nend\n");
    Path report = tmp.resolve("report");
    String[] outErr = new String[2];
    assertEquals(0, run(outErr, "score", "fixtures/kursk-raid-2024", "--rules", dir.toString(), "--out",
        report.toString(), "--quiet"), outErr[1]);
    // The report travels; whoever sent it controls the rules folder its run.json names.
    Files.writeString(dir.resolve("hostile.drl"), HEADER + RULE + "    ClaimFacts( )\nthen\n"
        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(" + marker() + "), \"x\");\nend\n");
    assertEquals(2, run(outErr, "verify", report.toString()), outErr[0] + outErr[1]);
    assertFalse(Files.exists(tmp.resolve("pwned")), "verify ran the rule's then block");
    List<String> err = outErr[1].lines().toList();
    assertEquals("verify: rules from " + dir + " (named in run.json)", err.get(0));
    assertTrue(err.get(1).startsWith(dir + "/hostile.drl:11: rule \"Hostile\" calls java.nio.file.Files.writeString()"),
        outErr[1]);
  }

  /** Runs the command line in this JVM; {@code outErr} receives what it printed on stdout and stderr. */
  static int run(String[] outErr, String... args) {
    Command run = Command.run(args);
    outErr[0] = run.out();
    outErr[1] = run.err();
    return run.exit();
  }

}
