package org.claimscore.claims;

import static org.claimscore.claims.Extraction.assertSpeaker;
import static org.claimscore.claims.Extraction.speakerOf;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last-resort speaker, the subject of the reporting verb's clause, and the guards that keep
 * the sieves before it from taking the wrong words; on sentences written for these tests in the
 * shape of political and local news.
 */
class ClauseSubjectTest {

  @Test
  void aNameTheKnowledgeDoesNotKnowOpeningTheSentence() {
    assertSpeaker("Carter", SpeakerKind.UNKNOWN, "clause-subject",
        speakerOf("Carter however said he would welcome the talks."));
    assertSpeaker("Rubio", SpeakerKind.UNKNOWN, "clause-subject",
        speakerOf("Rubio has long said that the tax should be cut."));
  }

  @Test
  void lowerCaseWordsAreAnUnnamedSourceAndStopAtAPreposition() {
    assertSpeaker("Some delegates", SpeakerKind.ANONYMOUS, "clause-subject",
        speakerOf("Some delegates at the convention in Ohio said they welcomed the new rules."));
    assertSpeaker("one longtime adviser", SpeakerKind.ANONYMOUS, "clause-subject",
        speakerOf("\"We were not ready for a storm like this,\" said one longtime adviser to the governor."));
  }

  @Test
  void theSubjectBeforeAsidesSetOffByCommas() {
    assertSpeaker("Maria Gomez", SpeakerKind.UNKNOWN, "clause-subject",
        speakerOf("Maria Gomez, meanwhile, who runs a bakery in the town, said the road had been closed for a week."));
    assertSpeaker("Tom Reyes", SpeakerKind.UNKNOWN, "clause-subject",
        speakerOf("After the vote, Tom Reyes, who chairs the board, said the strike would go on."));
  }

  @Test
  void aDocumentNamesWhoIssuedItAndAPossessiveNamesThePerson() {
    assertSpeaker("Harbor Authority", SpeakerKind.UNKNOWN, "clause-subject",
        speakerOf("Another report from the Harbor Authority during the week said the bridge was unsafe."));
    assertSpeaker("Frances Lee", SpeakerKind.PERSON, "clause-subject",
        speakerOf("The agency's Frances Lee in Lagos said the port was closed."));
  }

  @Test
  void wordsThatAreNoSubjectGiveNoSpeaker() {
    for (String s : List.of("Demands for higher wages grew louder as the investigation continued.",
        "Neither city delivered a complete list of the towns they said were hit.",
        "The total reported losses rose to 40 on Friday.")) {
      assertFalse(speakerOf(s).attributed(), s);
    }
  }

  @Test
  void aPronounThatStartsWhatWasSaidIsNoInvertedSpeaker() {
    List<Claim> claims = text("Mayor Tom Hale said the site was safe. "
        + "Lena Ortiz, who owns the shop, said he had not visited it.");
    assertSpeaker("Lena Ortiz", SpeakerKind.UNKNOWN, "clause-subject", claims.get(1).attribution());
  }

  @Test
  void aNameAfterTheVerbThatGoesOnIsNoSpeaker() {
    assertSpeaker("Paul Moss", SpeakerKind.PERSON, "capitalised-subject",
        speakerOf("Paul Moss says Sen. Ann Reid is wrong about the dam."));
    assertSpeaker("Ann Reid", SpeakerKind.PERSON, "capitalised-subject",
        speakerOf("The dam will hold, Ann Reid said Monday."));
  }
  @Test
  void askingFindingConcludingAndCriticisingReport() {
    assertSpeaker("Marta Levin", SpeakerKind.PERSON, "capitalised-subject",
        speakerOf("Marta Levin asked the council to delay the vote until the spring."));
    assertSpeaker("Harbor Institute", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("A survey by the Harbor Institute found that most residents oppose the new bridge."));
    assertSpeaker("Sam Cole", SpeakerKind.PERSON, "title-name",
        speakerOf("Union leader Sam Cole criticized the plan as a giveaway to developers."));
    assertSpeaker("Inspectors", SpeakerKind.ANONYMOUS, "clause-subject",
        speakerOf("Inspectors concluded that the dam had been poorly maintained for years."));
  }

  @Test
  void aVerbAfterToIsAnInfinitiveWithNoSpeakerBeforeIt() {
    assertFalse(speakerOf("The rebels want to claim that the army has left the town.").attributed());
    assertFalse(speakerOf("The Ocean Party wants to claim that the port was closed.").attributed());
  }
  @Test
  void doubledApostrophesAndGraveAccentsAreQuotationMarks() {
    List<Claim> claims = text("''The water came in the night,'' said Ruth Olsen, a nurse at the clinic. "
        + "''We had no warning. Nobody told us anything.''");
    assertEquals("Ruth Olsen", claims.get(1).attribution().speaker());
    assertEquals("Ruth Olsen", claims.get(2).attribution().speaker());
    List<Claim> grave = text("``The road is closed,'' Mayor Tom Hale said. ``We will open it on Monday.''");
    assertEquals("Tom Hale", grave.get(1).attribution().speaker());
  }
  @Test
  void accordingToALongPhraseNamesItsHeadAndNoNameAfterTheComma() {
    assertSpeaker("early results of exit polls", SpeakerKind.UNKNOWN, "according-to",
        speakerOf("Turnout fell sharply, according to early results of exit polls conducted for the broadcasters."));
    assertSpeaker("Institute for Coastal Research", SpeakerKind.UNKNOWN, "according-to",
        speakerOf("According to the Institute for Coastal Research in the port city of Vanta, the water rose by two"
            + " metres."));
    assertEquals("recent surveys",
        speakerOf("According to recent surveys, Vladimir Putin remains popular in the region.").speaker());
  }
}
