package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscore.scoring.FactSchema.Fact;
import org.claimscore.scoring.FactSchema.Source;
import org.claimscore.scoring.FactSchema.Type;
import org.junit.jupiter.api.Test;

/** The fact schema is the one contract: ClaimFacts, its builder and the rules README agree with it. */
class FactSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsEveryFieldOfClaimFactsInOrderWithItsType() {
    List<String> fields = new ArrayList<>();
    for (RecordComponent c : ClaimFacts.class.getRecordComponents()) {
      fields.add(c.getName());
      Fact fact = FactSchema.fact(c.getName());
      assertTrue(fact != null, "the schema does not list " + c.getName());
      assertEquals(typeOf(c.getType()), fact.type(), c.getName());
    }
    assertEquals(fields, FactSchema.names());
  }

  private static Type typeOf(Class<?> javaType) {
    if (javaType == String.class) {
      return Type.TEXT;
    } else if (javaType == boolean.class) {
      return Type.YES_NO;
    } else if (javaType == int.class) {
      return Type.NUMBER;
    } else if (javaType == List.class) {
      return Type.TEXT_LIST;
    }
    throw new AssertionError("no schema type for " + javaType);
  }

  @Test
  void theBuilderRefusesToLeaveAFieldUnset() {
    ClaimFacts.Builder builder = ClaimFacts.builder().claimId("c").articleId("a");
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().startsWith("facts not set: type, factual, text"), e.getMessage());
  }

  @Test
  void everyClosedFactRefusesAValueTheSchemaDoesNotList() {
    for (Fact fact : FactSchema.FACTS) {
      if (fact.values().source() != Source.CLOSED) {
        continue;
      }
      ObjectNode facts = JSON.createObjectNode();
      if (fact.type() == Type.TEXT) {
        facts.put(fact.name(), "no-such-value");
      } else {
        facts.putArray(fact.name()).add("no-such-value");
      }
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new RuleCaseRunner().withFacts(ClaimFactsBuilder.neutral("x"), facts), fact.name());
      assertTrue(e.getMessage().contains(fact.name() + " \"no-such-value\" is not one of"), e.getMessage());
    }
  }

  @Test
  void countsCannotBeNegative() {
    for (Fact fact : FactSchema.FACTS) {
      if (fact.type() == Type.NUMBER) {
        ObjectNode facts = JSON.createObjectNode().put(fact.name(), -1);
        assertThrows(IllegalArgumentException.class,
            () -> new RuleCaseRunner().withFacts(ClaimFactsBuilder.neutral("x"), facts), fact.name());
      }
    }
  }

  @Test
  void theRulesReadmeTableListsEveryFactWithItsTypeAndValues() throws IOException {
    Map<String, String[]> rows = readmeFacts(Path.of("rules", "README.md"));
    assertEquals(new java.util.TreeSet<>(FactSchema.names()), new java.util.TreeSet<>(rows.keySet()),
        "the facts table of rules/README.md and the schema list different facts");
    for (Fact fact : FactSchema.FACTS) {
      String[] cells = rows.get(fact.name());
      assertEquals(fact.type().label(), cells[0], "type of " + fact.name() + " in rules/README.md");
      for (String value : fact.values().closed()) {
        if (!value.isEmpty()) {
          assertTrue(cells[1].contains("`" + value + "`"),
              "rules/README.md does not list `" + value + "` for " + fact.name() + ": " + cells[1]);
        }
      }
      if (fact.values().source() == Source.KNOWLEDGE) {
        assertTrue(cells[1].contains(fact.values().knowledgeFile()),
            "rules/README.md does not say " + fact.name() + " comes from " + fact.values().knowledgeFile());
      }
    }
  }

  /** The rows of the facts table, by field name: the cells after the name (type, meaning, example). */
  private static Map<String, String[]> readmeFacts(Path readme) throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      if (line.startsWith("| field | type | meaning |")) {
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      } else if (inTable && line.startsWith("| `")) {
        String[] cells = line.substring(1).split(" \\| ");
        String name = cells[0].strip().replace("`", "");
        String[] rest = new String[] {cells[1].strip(), cells[2].strip()};
        assertTrue(rows.put(name, rest) == null, "rules/README.md lists " + name + " twice");
      }
    }
    assertTrue(inTable, "no facts table in " + readme);
    return rows;
  }
}
