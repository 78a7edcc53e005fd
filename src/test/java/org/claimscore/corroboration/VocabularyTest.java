package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void givesEachDistinctStringTheNextIdAndTheSameIdAgain() {
    Vocabulary vocabulary = new Vocabulary();
    assertEquals(0, vocabulary.id("kursk"));
    assertEquals(1, vocabulary.id("place:kursk"));
    assertEquals(0, vocabulary.id(new String("kursk")));
    assertEquals(2, vocabulary.size());
  }

  @Test
  void stringsThatDifferOnlyInCaseAreDifferent() {
    Vocabulary vocabulary = new Vocabulary();
    assertNotEquals(vocabulary.id("Tetkino"), vocabulary.id("tetkino"));
  }
}
