package org.claimscore.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimscore.setup.Diagnostic;

/**
 * Runs the rule test cases editors write in {@code rules/tests/*.json} (format in that folder's
 * README) and reports every failure as a {@link Diagnostic} on the line where its case begins.
 */
public final class RuleCaseRunner {

  /** The folder of test cases inside the rules folder. */
  public static final String TESTS = "tests";

  private static final Set<String> CASE_KEYS = Set.of("description", "facts", "expect");
  private static final Set<String> EXPECT_KEYS =
      Set.of("fires", "doesNotFire", "flags", "grade", "minConfidence", "maxConfidence");

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Every failure of every case under {@code rulesDir/tests/}, in file order; empty when all pass. */
  public List<Diagnostic> run(Path rulesDir, RuleBook book) {
    List<Diagnostic> failures = new ArrayList<>();
    for (CaseFile file : caseFiles(rulesDir, failures)) {
      List<JsonNode> cases = file.cases();
      if (cases.isEmpty()) {
        failures.add(new Diagnostic(file.where(), 0, "no test case in the file"));
      }
      for (int i = 0; i < cases.size(); i++) {
        String desc = cases.get(i).path("description").asText("");
        String label = ((cases.size() == 1 ? "" : "case " + (i + 1)) + (desc.isEmpty() ? "" : " (" + desc + ")")).trim();
        int line = i < file.lines().size() ? file.lines().get(i) : 0;
        try {
          for (String message : check(cases.get(i), book)) {
            failures.add(new Diagnostic(file.where(), line, (label.isEmpty() ? "" : label + ": ") + message));
          }
        } catch (RuleRunException e) {
          failures.addAll(e.diagnostics());
        }
      }
    }
    return failures;
  }

  /** How many test cases the readable files under {@code rulesDir/tests/} hold. */
  public int count(Path rulesDir) {
    return caseFiles(rulesDir, new ArrayList<>()).stream().mapToInt(f -> f.cases().size()).sum();
  }

  /**
   * Every rule of {@code book} that no case under {@code rulesDir/tests/} expects to fire, or none
   * expects not to fire: {@code RULESDIR/FILE:LINE: rule "NAME" has no test case where it fires}.
   * Unreadable case files are left to {@link #run}.
   */
  public List<Diagnostic> coverage(Path rulesDir, RuleBook book) {
    Set<String> fires = new TreeSet<>();
    Set<String> doesNotFire = new TreeSet<>();
    for (CaseFile file : caseFiles(rulesDir, new ArrayList<>())) {
      for (JsonNode c : file.cases()) {
        c.path("expect").path("fires").forEach(n -> fires.add(n.asText()));
        c.path("expect").path("doesNotFire").forEach(n -> doesNotFire.add(n.asText()));
      }
    }
    String tests = RuleBook.displayName(rulesDir) + "/" + TESTS + "/";
    List<Diagnostic> missing = new ArrayList<>();
    for (RuleInfo rule : book.rules()) {
      String file = RuleBook.displayName(rulesDir) + "/" + rule.file();
      String message = "rule \"" + rule.name() + "\" has no test case in " + tests;
      if (!fires.contains(rule.name())) {
        missing.add(new Diagnostic(file, rule.line(), message + " where it fires"));
      }
      if (!doesNotFire.contains(rule.name())) {
        missing.add(new Diagnostic(file, rule.line(), message + " where it does not fire"));
      }
    }
    return missing;
  }

  /** One readable case file: where to name it, its cases, and the line each case begins on. */
  private record CaseFile(String where, List<JsonNode> cases, List<Integer> lines) {}

  /** The case files under {@code rulesDir/tests/}, by name; files that cannot be read go to {@code failures}. */
  private List<CaseFile> caseFiles(Path rulesDir, List<Diagnostic> failures) {
    String display = RuleBook.displayName(rulesDir) + "/" + TESTS;
    Path dir = rulesDir.resolve(TESTS);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      failures.add(new Diagnostic(display, 0, "cannot list test cases: " + Settings.oneLine(e.getMessage())));
      return List.of();
    }
    List<CaseFile> out = new ArrayList<>();
    for (Path file : files) {
      String where = display + "/" + file.getFileName();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = json.readTree(text);
        List<JsonNode> cases = new ArrayList<>();
        if (root != null && root.isArray()) {
          root.forEach(cases::add);
        } else if (root != null) {
          cases.add(root);
        }
        out.add(new CaseFile(where, cases, caseLines(text)));
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        failures.add(new Diagnostic(where, line, "not valid JSON: " + Settings.oneLine(e.getOriginalMessage())));
      } catch (IOException e) {
        failures.add(Diagnostic.cannotRead(where, e));
      }
    }
    return out;
  }

  /** The line each case begins on: the top-level object's, or that of each element of the top-level list. */
  private List<Integer> caseLines(String text) throws IOException {
    List<Integer> lines = new ArrayList<>();
    try (JsonParser parser = json.getFactory().createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
          lines.add(parser.currentTokenLocation().getLineNr());
          parser.skipChildren();
        }
      } else if (token != null) {
        lines.add(parser.currentTokenLocation().getLineNr());
      }
    }
    return lines;
  }

  /** The failures of one case; empty when it passes. */
  private List<String> check(JsonNode testCase, RuleBook book) {
    if (!testCase.isObject()) {
      return List.of("a case must be a JSON object with facts and expect");
    }
    List<String> problems = new ArrayList<>();
    unknownKeys(testCase, CASE_KEYS, "", problems);
    JsonNode expect = testCase.path("expect");
    if (!expect.isObject()) {
      problems.add("missing \"expect\" object");
      return problems;
    }
    unknownKeys(expect, EXPECT_KEYS, "expect.", problems);
    ClaimFacts facts;
    try {
      facts = withFacts(ClaimFactsBuilder.neutral("case"), testCase.path("facts"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return problems;
    }
    Set<String> known = book.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
    List<String> fires = strings(expect, "fires", problems);
    List<String> doesNotFire = strings(expect, "doesNotFire", problems);
    for (String rule : concat(fires, doesNotFire)) {
      if (!known.contains(rule)) {
        problems.add("no rule named \"" + rule + "\" in the rule book");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    Score score = book.score(List.of(facts)).get(0);
    Set<String> fired = score.firings().stream().map(Firing::rule).collect(Collectors.toSet());
    for (String rule : fires) {
      if (!fired.contains(rule)) {
        problems.add("expected \"" + rule + "\" to fire, fired: " + firedList(score));
      }
    }
    for (String rule : doesNotFire) {
      if (fired.contains(rule)) {
        problems.add("expected \"" + rule + "\" not to fire, but it did");
      }
    }
    for (String flag : strings(expect, "flags", problems)) {
      if (!score.flags().contains(flag)) {
        problems.add("expected flag \"" + flag + "\", got " + score.flags());
      }
    }
    if (expect.has("grade") && !expect.get("grade").asText().equals(score.grade())) {
      problems.add("expected grade " + expect.get("grade").asText() + ", got " + score.grade()
          + " (confidence " + score.confidence() + ")");
    }
    if (expect.has("minConfidence") && score.confidence() < expect.get("minConfidence").asInt()) {
      problems.add("expected confidence >= " + expect.get("minConfidence").asInt() + ", got " + score.confidence());
    }
    if (expect.has("maxConfidence") && score.confidence() > expect.get("maxConfidence").asInt()) {
      problems.add("expected confidence <= " + expect.get("maxConfidence").asInt() + ", got " + score.confidence());
    }
    return problems;
  }

  /**
   * {@code base} with the fields named in {@code overrides} replaced.
   *
   * @throws IllegalArgumentException naming the unknown field or the bad value
   */
  ClaimFacts withFacts(ClaimFacts base, JsonNode overrides) {
    if (overrides.isMissingNode() || overrides.isNull()) {
      return base;
    }
    if (!overrides.isObject()) {
      throw new IllegalArgumentException("\"facts\" must be an object of ClaimFacts fields");
    }
    ObjectNode merged = json.valueToTree(base);
    for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!merged.has(field.getKey())) {
        throw new IllegalArgumentException("unknown fact \"" + field.getKey() + "\"; known facts: "
            + String.join(", ", iterable(merged.fieldNames())));
      }
      merged.set(field.getKey(), field.getValue());
    }
    try {
      return json.treeToValue(merged, ClaimFacts.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad facts: " + Settings.oneLine(e.getOriginalMessage()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad facts: " + Settings.oneLine(e.getMessage()));
    }
  }

  private static List<String> strings(JsonNode expect, String key, List<String> problems) {
    JsonNode node = expect.path(key);
    if (node.isMissingNode()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (!node.isArray()) {
      problems.add("expect." + key + " must be a list of quoted names");
      return out;
    }
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String prefix, List<String> problems) {
    for (String key : iterable(node.fieldNames())) {
      if (!allowed.contains(key)) {
        problems.add("unknown key \"" + prefix + key + "\"; allowed: " + allowed.stream().sorted().toList());
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static String firedList(Score score) {
    return score.firings().stream().map(f -> "\"" + f.rule() + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
