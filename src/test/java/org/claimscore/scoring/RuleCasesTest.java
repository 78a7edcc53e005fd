package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
    List<String> failures = new RuleCaseRunner().run(RULES, book);
    assertEquals(List.of(), failures, () -> String.join(System.lineSeparator(), failures));
  }

  @Test
  void everyRuleHasAFiringAndANonFiringCase() throws IOException {
    Set<String> fires = new TreeSet<>();
    Set<String> doesNotFire = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(RULES.resolve(RuleCaseRunner.TESTS))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode root = json.readTree(file.toFile());
        for (JsonNode c : root.isArray() ? root : List.of(root)) {
          c.path("expect").path("fires").forEach(n -> fires.add(n.asText()));
          c.path("expect").path("doesNotFire").forEach(n -> doesNotFire.add(n.asText()));
        }
      }
    }
    List<String> missing = book.rules().stream()
        .flatMap(r -> Stream.of(fires.contains(r.name()) ? null : r.file() + ": \"" + r.name() + "\" never expected to fire",
            doesNotFire.contains(r.name()) ? null : r.file() + ": \"" + r.name() + "\" never expected not to fire"))
        .filter(s -> s != null).toList();
    assertEquals(List.of(), missing);
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
    List<String> failures = new RuleCaseRunner().run(tmp.resolve("rules"), book);
    assertEquals(4, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith(dir + "a-broken.json: not valid JSON at line 1"), failures.get(0));
    assertEquals(dir + "b-wrong.json: (hedged): no rule named \"No such rule\" in the rule book", failures.get(1));
    assertTrue(failures.get(2).startsWith(dir + "c-misspelt.json: unknown fact \"hedgd\""), failures.get(2));
    assertEquals(dir + "d-expect.json: expected grade A1, got D4 (confidence 30)", failures.get(3));
  }

  @Test
  void aRuleThatFiresWhenItShouldNotIsReported() throws IOException {
    Path tests = Files.createDirectories(tmp.resolve("rules").resolve(RuleCaseRunner.TESTS));
    Files.writeString(tests.resolve("x.json"),
        "[{ \"facts\": { \"hedged\": true }, \"expect\": { \"doesNotFire\": [\"Hedged claim\"], \"flags\": [\"nope\"] } }]");
    String where = RuleBook.displayName(tmp.resolve("rules")) + "/tests/x.json: ";
    assertEquals(List.of(where + "expected \"Hedged claim\" not to fire, but it did", where + "expected flag \"nope\", got []"),
        new RuleCaseRunner().run(tmp.resolve("rules"), book));
  }
}
