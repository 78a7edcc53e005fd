package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.setup.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor-written cases in {@code rules/tests/} pass, cover every rule both ways, and bad cases are reported. */
class RuleCasesTest {

  private static final Path RULES = Path.of("rules");

  private static RuleBook book;

  @TempDir Path tmp;

  @BeforeAll
  static void load() throws Exception {
    book = RuleBook.load(RULES);
  }

  @Test
  void shippedCasesPass() {
    List<String> failures = lines(new RuleCaseRunner().run(RULES, book));
    assertEquals(List.of(), failures, () -> String.join(System.lineSeparator(), failures));
  }

  @Test
  void everyRuleHasAFiringAndANonFiringCase() {
    List<String> missing = lines(new RuleCaseRunner().coverage(RULES, book));
    assertEquals(List.of(), missing, () -> String.join(System.lineSeparator(), missing));
  }

  @Test
  void aRuleWithoutCasesIsReportedAtItsLine() throws IOException {
    Path tests = Files.createDirectories(tmp.resolve("rules").resolve(RuleCaseRunner.TESTS));
    Files.writeString(tests.resolve("x.json"),
        "[{ \"facts\": { \"hedged\": true }, \"expect\": { \"fires\": [\"Hedged claim\"] } }]");
    String dir = RuleBook.displayName(tmp.resolve("rules"));
    RuleInfo hedged = book.rules().stream().filter(r -> r.name().equals("Hedged claim")).findFirst().orElseThrow();
    List<String> missing = lines(new RuleCaseRunner().coverage(tmp.resolve("rules"), book));
    assertEquals(2 * book.rules().size() - 1, missing.size(), missing.toString());
    assertTrue(missing.contains(dir + "/" + hedged.file() + ":" + hedged.line()
        + ": rule \"Hedged claim\" has no test case in " + dir + "/tests/ where it does not fire"), missing.toString());
    assertTrue(missing.stream().noneMatch(m -> m.contains("\"Hedged claim\"") && m.endsWith("where it fires")));
    assertEquals(1, new RuleCaseRunner().count(tmp.resolve("rules")));
  }

  @Test
  void failingBadAndMalformedCasesAreReportedWithTheirFile() throws IOException {
    Path tests = Files.createDirectories(tmp.resolve("rules").resolve(RuleCaseRunner.TESTS));
    Files.writeString(tests.resolve("a-broken.json"), "{ \"facts\": { \"hedged\": true }, ");
    Files.writeString(tests.resolve("b-wrong.json"),
        "{ \"description\": \"hedged\", \"facts\": { \"hedged\": true },"
            + " \"expect\": { \"doesNotFire\": [\"Hedged claim\"], \"fires\": [\"No such rule\"] } }");
    Files.writeString(tests.resolve("c-misspelt.json"),
        "{ \"facts\": { \"hedgd\": true }, \"expect\": { \"fires\": [\"Hedged claim\"] } }");
    Files.writeString(tests.resolve("d-expect.json"),
        "{ \"facts\": { \"hedged\": true }, \"expect\": { \"fires\": [\"Hedged claim\"], \"grade\": \"A1\" } }");
    String dir = RuleBook.displayName(tmp.resolve("rules")) + "/tests/";
    List<String> failures = lines(new RuleCaseRunner().run(tmp.resolve("rules"), book));
    assertEquals(4, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith(dir + "a-broken.json:1: not valid JSON: "), failures.get(0));
    assertEquals(dir + "b-wrong.json:1: (hedged): no rule named \"No such rule\" in the rule book", failures.get(1));
    assertTrue(failures.get(2).startsWith(dir + "c-misspelt.json:1: unknown fact \"hedgd\""), failures.get(2));
    assertEquals(dir + "d-expect.json:1: expected grade A1, got D4 (confidence 30)", failures.get(3));
  }

  @Test
  void aRuleThatFiresWhenItShouldNotIsReported() throws IOException {
    Path tests = Files.createDirectories(tmp.resolve("rules").resolve(RuleCaseRunner.TESTS));
    Files.writeString(tests.resolve("x.json"),
        "[{ \"facts\": { \"hedged\": true }, \"expect\": { \"doesNotFire\": [\"Hedged claim\"], \"flags\": [\"nope\"] } }]");
    String where = RuleBook.displayName(tmp.resolve("rules")) + "/tests/x.json:1: ";
    assertEquals(List.of(where + "expected \"Hedged claim\" not to fire, but it did", where + "expected flag \"nope\", got []"),
        lines(new RuleCaseRunner().run(tmp.resolve("rules"), book)));
  }

  @Test
  void aFailingCaseIsNamedAtTheLineItBeginsOn() throws IOException {
    Path tests = Files.createDirectories(tmp.resolve("rules").resolve(RuleCaseRunner.TESTS));
    Files.writeString(tests.resolve("x.json"), "[\n  {\n    \"facts\": { \"hedged\": true },\n"
        + "    \"expect\": { \"fires\": [\"Hedged claim\"] }\n  },\n  {\n    \"description\": \"not hedged\",\n"
        + "    \"expect\": { \"fires\": [\"Hedged claim\"] }\n  }\n]\n");
    List<String> failures = lines(new RuleCaseRunner().run(tmp.resolve("rules"), book));
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith(RuleBook.displayName(tmp.resolve("rules"))
        + "/tests/x.json:6: case 2 (not hedged): expected \"Hedged claim\" to fire"), failures.get(0));
  }

  private static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }
}
