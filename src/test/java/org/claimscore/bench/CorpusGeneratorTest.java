package org.claimscore.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @TempDir Path tmp;

  private static List<JsonNode> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  @Test
  void makesTheRequestedArticlesInEventsOfThreeToEight() throws IOException {
    CorpusGenerator g = CorpusGenerator.fromFixtures(Path.of("fixtures"));
    int events = g.generate(500, 7, tmp.resolve("a"));
    List<JsonNode> articles = read(tmp.resolve("a"));
    assertEquals(500, articles.size());
    Map<String, Integer> sizes = new TreeMap<>();
    for (JsonNode a : articles) {
      sizes.merge(a.get("id").asText().substring(0, 7), 1, Integer::sum);
      assertTrue(a.get("text").asText().length() > 200, a.get("id").asText());
    }
    assertEquals(events, sizes.size());
    List<Integer> inner = new ArrayList<>(sizes.values()).subList(0, sizes.size() - 1);
    assertTrue(inner.stream().allMatch(n -> n >= 3 && n <= 8), inner.toString());
  }

  @Test
  void theSameSeedGivesTheSameBatchAndEventsDifferInTheirNames() throws IOException {
    CorpusGenerator g = CorpusGenerator.fromFixtures(Path.of("fixtures"));
    g.generate(120, 11, tmp.resolve("a"));
    g.generate(120, 11, tmp.resolve("b"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a/batch-000.jsonl")),
        Files.readAllBytes(tmp.resolve("b/batch-000.jsonl")));
    List<JsonNode> articles = read(tmp.resolve("a"));
    String first = articles.get(0).get("text").asText();
    String otherEvent = articles.stream().filter(a -> !a.get("id").asText().startsWith("e000000"))
        .findFirst().orElseThrow().get("text").asText();
    assertTrue(!first.equals(otherEvent), "two events must not be the same text");
  }
}
