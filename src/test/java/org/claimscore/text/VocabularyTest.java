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

  /** Enough words that their filter bits collide: each is still found, in any case, and a near miss is not. */
  @Test
  void everyWordOfALargeVocabularyIsFoundAndNoOther() {
    java.util.Random random = new java.util.Random(5);
    java.util.Set<String> made = new java.util.LinkedHashSet<>();
    while (made.size() < 20000) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      made.add(w.toString());
    }
    List<String> words = List.copyOf(made);
    Vocabulary large = new Vocabulary(words);
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      assertEquals(id, large.id(w));
      assertEquals(id, Tokens.of(w.toUpperCase(java.util.Locale.ROOT), large).id[0]);
      if (!made.contains(w + "q")) {
        assertEquals(-1, large.id(w + "q"));
        assertEquals(-1, Tokens.of(w + "q", large).id[0]);
      }
    }
    assertEquals(large.id(","), Tokens.of(",", large).id[0]);
    assertEquals(WORDS.id("\""), Tokens.of("«", WORDS).id[0]);
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
