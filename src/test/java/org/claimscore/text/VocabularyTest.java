package org.claimscore.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.claimscore.text.Vocabulary;

/** Tokens cut with a vocabulary carry its ids and shared strings, and the same normal forms as without. */
class VocabularyTest {

  private static final Vocabulary WORDS = new Vocabulary(List.of("killed", "the", "kyiv", "tiotkino", "straße", "\""));

  @Test
  void knownWordsInAnyCaseShareOneString() {
    Tokens t = Tokens.of("The KILLED killed Kyiv STRASSE Straße “", WORDS);
    assertSame(t.norm[1], t.norm[2]);
    assertEquals(WORDS.id("killed"), t.id[1]);
    assertEquals(WORDS.id("the"), t.id[0]);
    assertEquals(WORDS.id("kyiv"), t.id[3]);
    assertEquals(-1, t.id[4]);
    assertEquals(WORDS.id("straße"), t.id[5]);
    assertEquals(WORDS.id("\""), t.id[6]);
    assertTrue(t.capitalised(0));
    assertTrue(!t.capitalised(2));
  }

  @Test
  void unknownWordsHaveNoId() {
    assertEquals(-1, WORDS.id("kill"));
    assertEquals(-1, Tokens.of("kill killer", WORDS).id[0]);
    assertEquals(-1, Tokens.of("kill killer", WORDS).id[1]);
  }

  @Property
  boolean normalFormsDoNotDependOnTheVocabulary(@ForAll("texts") String text) {
    Tokens plain = Tokens.of(text);
    Tokens known = Tokens.of(text, WORDS);
    if (plain.size != known.size) {
      return false;
    }
    for (int i = 0; i < plain.size; i++) {
      int id = WORDS.id(plain.norm[i]);
      boolean same = plain.norm[i].equals(known.norm[i]) && known.id[i] == id
          && (id < 0 || known.norm[i] == WORDS.word(id)) && plain.capitalised(i) == known.capitalised(i);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("the", "The", "THE", "tHe", "killed", "Killed", "kill", "Kyiv", "KYIV", "Tiotkino", "straße",
        "STRASSE", "\u0130stanbul", "\u212aelvin", " ", ",", "\"", "“", "’", "1,300", "3.5", "-", "\n", "é", "x")
        .list().ofMaxSize(10).map(parts -> String.join("", parts));
  }
}
