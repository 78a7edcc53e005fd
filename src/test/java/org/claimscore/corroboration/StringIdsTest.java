package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StringIdsTest {

  @Test
  void givesEachDistinctStringTheNextIdAndTheSameIdAgain() {
    StringIds vocabulary = new StringIds();
    assertEquals(0, vocabulary.id("kursk"));
    assertEquals(1, vocabulary.id("place:kursk"));
    assertEquals(0, vocabulary.id(new String("kursk")));
    assertEquals(2, vocabulary.size());
  }

  @Test
  void stringsThatDifferOnlyInCaseAreDifferent() {
    StringIds vocabulary = new StringIds();
    assertNotEquals(vocabulary.id("Tetkino"), vocabulary.id("tetkino"));
  }
}
