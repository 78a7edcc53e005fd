package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRulesTest {

  private final NameRules rules = new NameRules(Set.of("army", "union", "sun", "forces", "security", "in"),
      Set.of("cobras", "new york"));

  @Test
  void acronymsAliasesAndWhatIsLeftOut() {
    NameRules.Sorted sorted = rules.sort(List.of("Sudanese Armed Forces", "SAF", "HuM", "Army", "Union", "Cobras",
        "X", "Al", "IN", "M23", "G-7", "New York", "Zaïrois", "Hamas", "HAMAS", "Донецк", "The Sun", "Sudan"),
        Set.of("sudan"));
    assertEquals(List.of("Sudanese Armed Forces", "Zaïrois", "Zairois", "Hamas"), sorted.aliases());
    assertEquals(List.of("SAF", "HuM", "M23", "G-7", "G7"), sorted.acronyms());
  }

  @Test
  void genericPhrasesAreMadeOfOrdinaryWords() {
    assertTrue(rules.generic("Security Forces"));
    assertFalse(rules.generic("Sudanese Armed Forces"));
  }

  @Test
  void acronymShapes() {
    assertTrue(NameShapes.acronym("RSF"));
    assertTrue(NameShapes.acronym("CNDD-FDD".substring(0, 4)));
    assertTrue(NameShapes.acronym("LeJ"));
    assertFalse(NameShapes.acronym("Hamas"));
    assertFalse(NameShapes.acronym("POLISARIO"));
    assertFalse(NameShapes.acronym("A"));
  }
}
