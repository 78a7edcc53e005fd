package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimscore.language.Language;
import org.claimscore.language.TestLanguage;
import org.claimscore.text.Tokens;
import org.junit.jupiter.api.Test;

/** A sentence holding a boilerplate phrase in any case is no prose; characters whose case maps oddly make no phrase. */
class ClaimTyperProseTest {

  private static final Language EN = TestLanguage.shipped();
  private static final ClaimTyper TYPER = new ClaimTyper(EN);
  private static final List<String> PHRASES = EN.table("boilerplate.csv").entrySet().stream()
      .filter(e -> e.getValue().equals("sentence")).map(java.util.Map.Entry::getKey).sorted().toList();
  private static final String PROSE = "The council said on Monday that the bridge would reopen next week.";

  @Test
  void boilerplateInAnyCaseIsNoProse() {
    assertTrue(TYPER.isProse(Tokens.of(PROSE), PROSE));
    String shouted = "All Rights RESERVED by the council, which said the bridge would reopen.";
    assertFalse(TYPER.isProse(Tokens.of(shouted), shouted));
    String kelvin = "Sign up for our newsletter: the bridge will reopen next week, the council said.".replace('k', '\u212a');
    assertFalse(TYPER.isProse(Tokens.of(kelvin), kelvin));
  }

  @Test
  void aCharacterWhoseLowerCaseIsTwoCharactersKeepsThePhraseApart() {
    String dotted = "Cl\u0130ck here to read how the council said the bridge would reopen next week.";
    assertTrue(TYPER.isProse(Tokens.of(dotted), dotted));
  }

  @Property(tries = 500)
  void aSentenceHoldingAShoutedPhraseIsNoProse(@ForAll("phrases") String phrase, @ForAll("odd") String odd) {
    String text = "The council said " + odd + " " + phrase + " the bridge would reopen next week.";
    assertFalse(TYPER.isProse(Tokens.of(text), text), text);
  }

  @Property(tries = 200)
  void oddCharactersAloneMakeNoBoilerplate(@ForAll("odd") String odd) {
    String text = "The council said " + odd + " the bridge would reopen next week.";
    assertTrue(TYPER.isProse(Tokens.of(text), text), text);
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(PHRASES).map(p -> p.toUpperCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> odd() {
    return Arbitraries.of("\u0130", "\u03a3", "\u212a", "\ud83d\ude00", "\u00c9", "\u201c", "k", "I");
  }
}
