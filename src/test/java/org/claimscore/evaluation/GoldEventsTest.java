package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold events from a CSV file, checked row by row, or from ECB+ document names. */
class GoldEventsTest {

  @TempDir Path dir;

  private Map<String, String> read(String content, Set<String> ids) throws Exception {
    Path file = dir.resolve("events.csv");
    Files.writeString(file, content);
    return GoldEvents.read(file, "events.csv", ids);
  }

  private String problem(String content, Set<String> ids) {
    return assertThrows(SetupException.class, () -> read(content, ids)).getMessage();
  }

  @Test
  void rowsGiveEachArticleItsEvent() throws Exception {
    assertEquals(Map.of("a", "quake", "b", "quake", "c", "flood"),
        read("article_id,event\na,quake\nb, quake\n\nc,flood\n", Set.of("a", "b", "c", "d")));
  }

  @Test
  void badRowsAreNamedByFileAndLine() {
    Set<String> ids = Set.of("a", "b");
    assertEquals("events.csv:1: header must be article_id,event, got id,event", problem("id,event\na,x\n", ids));
    assertEquals("events.csv:3: unknown article_id 'z'", problem("article_id,event\na,x\nz,x\n", ids));
    assertEquals("events.csv:2: empty event for article a", problem("article_id,event\na, \n", ids));
    assertEquals("events.csv:3: article a is already given on line 2", problem("article_id,event\na,x\na,y\n", ids));
    assertEquals("events.csv:2: expected 2 fields, got 3", problem("article_id,event\na,x,y\n", ids));
  }

  @Test
  void ecbPlusNamesGiveTheHalfOfTheirTopic() {
    assertEquals(Optional.of(Map.of("37_1ecb", "37_ecb", "37_12ecb", "37_ecb", "37_3ecbplus", "37_ecbplus",
        "4_10ecbplus", "4_ecbplus")), GoldEvents.fromEcbPlusIds(List.of("37_1ecb", "37_12ecb", "37_3ecbplus",
        "4_10ecbplus")));
  }

  @Test
  void otherNamesGiveNoGold() {
    assertEquals(Optional.empty(), GoldEvents.fromEcbPlusIds(List.of("37_1ecb", "kursk-1")));
    assertEquals(Optional.empty(), GoldEvents.fromEcbPlusIds(List.of("37_ecb")));
    assertEquals(Optional.empty(), GoldEvents.fromEcbPlusIds(List.of()));
  }
}
