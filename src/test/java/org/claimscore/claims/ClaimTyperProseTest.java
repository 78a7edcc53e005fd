package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A sentence holding a boilerplate phrase in any case is no prose, exactly as lower-casing the whole sentence says. */
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
    assertEquals(reference(dotted), TYPER.isProse(Tokens.of(dotted), dotted));
    assertTrue(TYPER.isProse(Tokens.of(dotted), dotted));
  }

  @Property(tries = 500)
  void agreesWithLowerCasingTheWholeSentence(@ForAll("sentences") String text) {
    assertEquals(reference(text), TYPER.isProse(Tokens.of(text), text), text);
  }

  /** isProse as lower-casing the whole sentence and searching each phrase decides it. */
  private static boolean reference(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.endsWith("?")) {
      return false;
    }
    Tokens t = Tokens.of(text);
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i)) {
        words++;
        if (t.capitalised(i)) {
          capitalised++;
        }
      }
    }
    if (words < 4) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean terminal = ".!…\"”’'".indexOf(last) >= 0;
    if (!terminal && (words <= 12 || capitalised * 10 >= words * 6)) {
      return false;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    return PHRASES.stream().noneMatch(lower::contains);
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> phrase = Arbitraries.of(PHRASES).map(p -> p.toUpperCase(Locale.ROOT));
    Arbitrary<String> odd = Arbitraries.of("\u0130", "\u03a3", "\u212a", "\ud83d\ude00", "\u00c9", "\u201c", "k", "I");
    Arbitrary<String> word = Arbitraries.of("the", "council", "said", "Bridge", "up", "for", "sign", "here", "click");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, word), net.jqwik.api.Tuple.of(2, phrase), net.jqwik.api.Tuple.of(2, odd));
    return piece.list().ofMinSize(4).ofMaxSize(20).map(p -> String.join(" ", p) + ".");
  }
}
