package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.numbers;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per extraction fix the fixture gold files called for, each on text of its own. */
class GoldDrivenFixesTest {

  @Test
  void aHyphenatedCompoundCountsAsOneWordBetweenNumberAndUnit() {
    Claim c = find(text("Three separate pro-Ukraine Russian groups claimed incursions into the region."), "Three");
    assertEquals(List.of("3 group"), numbers(c));
  }

  @Test
  void killedOrPushedBackKeepsCountingTheAttackers() {
    Claim c = find(text("Officials said that more than 70 of the attackers were killed or pushed back."), "70");
    assertEquals(List.of(">70 attacker"), numbers(c));
    Claim killed = find(text("Officials said that more than 70 of the attackers were killed in the fighting."), "70");
    assertEquals(List.of(">70 killed"), numbers(killed));
  }

  @Test
  void threatenedIsAReportingVerb() {
    Claim c = find(text("The Russian Volunteer Corps also threatened to invade the Belgorod region."), "threatened");
    assertEquals("Russian Volunteer Corps", c.attribution().speaker());
    assertEquals("threatened", c.attribution().verb());
  }

  @Test
  void aParticipleTakesTheSubjectOfItsClause() {
    Claim c = find(text("Responding to the attack, the Kremlin was typically dismissive, saying the situation"
        + " \"is under control\" in the border region."), "dismissive");
    assertEquals("Russian government", c.attribution().speaker());
    assertEquals("russia", c.attribution().side());
    Claim place = find(text("Fighting in the Kremlin was heavy overnight, saying nothing of the border villages."),
        "Fighting");
    assertEquals("", place.attribution().speaker());
  }

  @Test
  void aQuoteAfterANamedPersonInTheSameParagraphIsTheirs() {
    List<Claim> claims = text("Few Russians will even hear about the capture of the village, says Huseyn Aliyev."
        + " \"The problem is that most Russians do not follow independent media at all.\"\n\n"
        + "\"Nobody in the region expected the attack to come so soon after the election.\" The border villages"
        + " were empty by noon on Tuesday.");
    assertEquals("Huseyn Aliyev", find(claims, "The problem").attribution().speaker());
    assertEquals(SpeakerKind.PERSON, find(claims, "The problem").attribution().kind());
    assertEquals("", find(claims, "Nobody").attribution().speaker());
  }

  @Test
  void theMinistryIsTheLastNamedCountrysOrStaysGeneric() {
    List<Claim> quake = text("Most of the deaths were in the mountain provinces, the ministry said in a statement.");
    assertEquals("ministry", find(quake, "deaths").attribution().speaker());
    assertEquals("ministry", find(quake, "deaths").attribution().identity().fineKind());
    assertEquals("", find(quake, "deaths").attribution().identity().country());
    assertEquals("", find(quake, "deaths").attribution().side());
    List<Claim> war = text("The Russian defence ministry said its forces repelled the attack on the village."
        + " Later the ministry said the fighting in the border district had stopped.");
    assertEquals("Russian defence ministry", find(war, "Later").attribution().speaker());
  }

  @Test
  void anUnknownNameWithAnAppositiveRoleIsAPerson() {
    List<Claim> claims = text("Hossam Elsharkawy, the regional director of the International Federation of Red Cross"
        + " and Red Crescent Societies, said the next two days would be critical. He added that recovery could take"
        + " years.");
    Claim first = find(claims, "critical");
    assertEquals("Hossam Elsharkawy", first.attribution().speaker());
    assertEquals(SpeakerKind.PERSON, first.attribution().kind());
    assertEquals("Hossam Elsharkawy", find(claims, "He added").attribution().speaker());
  }

  @Test
  void aPlaceAfterAPrepositionIsNotTheSpeaker() {
    Claim c = find(text("Some survivors in the village of Amizmiz said they had received no help at all."), "Amizmiz");
    assertEquals("survivors", c.attribution().speaker());
    assertEquals("clause-subject", c.attribution().attributedBy());
  }

  @Test
  void tollsParticiplesAndSubsetsCountTheDeadAndInjured() {
    Claim saturday = find(text("The quake struck late on Friday, killing at least 2,012 people and injuring 2,059"
        + " others, 1,404 of them critically, officials said."), "2,012");
    assertEquals(List.of(">=2012 killed", "2059 wounded", "1404 wounded"), numbers(saturday));
    Claim sunday = find(text("The death toll from the strongest earthquake in a century rose to 2,122 on Sunday,"
        + " officials said."), "2,122");
    assertEquals(List.of("2122 killed"), numbers(sunday));
  }
}
