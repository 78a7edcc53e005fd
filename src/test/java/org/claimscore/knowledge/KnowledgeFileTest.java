package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeFileTest {

  @Test
  void aCsvFileHasItsHeaderThenQuotedRowsWithLineFeeds() {
    KnowledgeFile f = KnowledgeFile.csv("countries.csv", List.of("what it is", "", "  more"), List.of("id", "name"),
        List.of(List.of("gaza_gaza_strip", "Gaza, Gaza Strip"), List.of("#x", "say \"hi\"")));
    assertEquals("# what it is\n#\n#   more\nid,name\ngaza_gaza_strip,\"Gaza, Gaza Strip\"\n\"#x\",\"say \"\"hi\"\"\"\n",
        f.render());
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.csv("a.csv", List.of(), List.of("id", "name"),
        List.of(List.of("x"))));
  }

  @Test
  void formsFillEveryValueAndBothPossessives() {
    assertEquals(List.of("Burma's army", "Myanmar's army"), StateBodies.expand("{country}'s army",
        Map.of("country", List.of("Burma", "Myanmar"))));
    assertEquals(List.of("Philippines' army", "Philippines's army"), StateBodies.expand("{country}'s army",
        Map.of("country", List.of("Philippines"))));
    assertEquals(List.of(), StateBodies.expand("{demonym} army", Map.of("demonym", List.of())));
  }

  @Test
  void headerParagraphsWrap() {
    List<String> header = new java.util.ArrayList<>();
    Headers.para(header, "word ".repeat(30).strip());
    assertEquals(2, header.size());
    assertEquals(true, header.get(1).startsWith("  word"));
  }
}
