package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lexicon names found in running text: case, longest phrase, transliteration, compounds, offsets. */
class NameMatcherTest {

  private static NameMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    matcher = new NameMatcher(org.claimscore.lexicon.TestLexicons.kursk());
  }

  private static List<String> found(String text) {
    return matcher.find(text).stream()
        .map(h -> h.kind() + ":" + h.name() + "@" + text.substring(h.start(), h.end()))
        .toList();
  }

  @Test
  void placesComeFirstThenActorsEachInTextOrder() {
    assertEquals(List.of("PLACE:Kursk@Kursk", "PLACE:Tetkino@Tetkino",
            "ACTOR:Vladimir Vladimirovich Putin@President Putin", "ACTOR:Russian defence ministry@Russia's defence ministry"),
        found("President Putin said Russia's defence ministry held Kursk and Tetkino."));
  }

  @Test
  void matchingIgnoresCaseAndFoldsTransliterationOnlyForPlaces() {
    assertEquals(List.of("PLACE:Tetkino@TIOTKINO", "PLACE:Tetkino@tyotkino"), found("TIOTKINO and tyotkino"));
  }

  @Test
  void theLongestPhraseWinsAndPunctuationInsideANameMustMatch() {
    assertEquals(List.of("ACTOR:Vladimir Vladimirovich Putin@President Vladimir Putin",
            "ACTOR:Russian defence ministry@Russia's defence ministry"),
        found("President Vladimir Putin spoke. Russia's defence ministry left. Russia’s defence-ministry stayed."));
  }

  @Test
  void anActorInsideACompoundIsNotAMentionWhateverTheDash() {
    assertEquals(List.of(), found("anti-Kremlin, anti–Kremlin and Kremlin—led"));
    assertEquals(List.of("ACTOR:Russian government@Kremlin"), found("anti- Kremlin"));
  }

  @Test
  void lettersOutsideAsciiAreWordsOfTheirOwn() {
    assertEquals(List.of("PLACE:Kursk@KURSK"), found("Çavuşoğlu İzmir KURSK Kursková"));
  }
}
