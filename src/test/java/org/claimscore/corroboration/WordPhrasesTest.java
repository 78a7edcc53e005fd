package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimscore.language.TestLanguage;
import org.junit.jupiter.api.Test;

/** Outcome and update phrases of {@code rules/language/en/}, found as whole words. */
class WordPhrasesTest {

  /** The expression the shipped {@code repelled.txt} replaces, as a reference. */
  private static final Pattern REPELLED = Pattern.compile(
      "\\b(repel\\w*|repuls\\w*|driven back|drove back|beat back|beaten back|pushed back|forced out|"
          + "no breakthrough|den(y|ies|ied|ial)|rebuff\\w*|thwart\\w*|fought off|fended off)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final List<String> SENTENCES = List.of(
      "Border guards repelled the attack near the village.",
      "The assault was repulsed overnight.",
      "Troops were driven back from the bridge.",
      "The ministry denied the report.",
      "The army thwarted a landing.",
      "The engine propelled the boat.",
      "He mistook the sign.",
      "Officials said there was no breakthrough.",
      "The denials came late.",
      "Police fended off the crowd.",
      "The rocket was fired back at dawn.",
      "A DENIAL was issued.");

  @Test
  void theShippedRepelledPhrasesFindWhatTheOldExpressionFound() {
    WordPhrases repelled = new WordPhrases(TestLanguage.shipped().list("repelled.txt"));
    for (String s : SENTENCES) {
      assertEquals(REPELLED.matcher(s).find(), repelled.foundIn(s.toLowerCase(Locale.ROOT)), s);
    }
  }

  @Test
  void aStarTakesAnyEndingAndOtherWordsMatchWhole() {
    WordPhrases p = new WordPhrases(List.of("repel*", "took", "rose to"));
    assertTrue(p.foundIn("they repelling it"));
    assertFalse(p.foundIn("it propelled"), "a phrase starts at a word's start");
    assertFalse(p.foundIn("he mistook it"));
    assertFalse(p.foundIn("the toll rose sharply to 5"), "the words of a phrase are next to each other");
    assertTrue(p.foundIn("the toll rose to 5"));
  }
}
