package org.claimscore.claims;

import static org.claimscore.claims.Extraction.assertSpeaker;
import static org.claimscore.claims.Extraction.speakerOf;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.claimscore.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The speaker sieves on sentences of the shapes news prose uses for any story. Sentences marked
 * Wikinews are quoted from the fixture fixtures/wikinews-sample (Wikinews, CC BY 2.5); the others
 * are written for these tests in the shape of sentences of the PolNeAR and ECB+ corpora.
 */
class SievesTest {

  @Test
  void aNameAfterATitleIsAPersonWithThatRole() {
    Attribution a = speakerOf("Prosecutor Josh Bash said the defendant fled the scene after the shooting.");
    assertSpeaker("Josh Bash", SpeakerKind.PERSON, "title-name", a);
    assertEquals("Prosecutor", a.role());
    Attribution wikinews = speakerOf("Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.");
    assertSpeaker("Zabiullah Mujahid", SpeakerKind.PERSON, "title-name", wikinews);
    assertEquals("Taliban spokesperson", wikinews.role());
    Attribution according = speakerOf("Federal authorities are investigating the shooting as domestic terrorism,"
        + " according to prosecutor Josh Bash.");
    assertSpeaker("Josh Bash", SpeakerKind.PERSON, "according-to", according);
    assertEquals("prosecutor", according.role());
  }

  @Test
  void aNameThenItsRoleBetweenCommas() {
    Attribution a = speakerOf("Ahmed Khalil, a spokesman for the provincial government, said the attack killed five.");
    assertSpeaker("Ahmed Khalil", SpeakerKind.PERSON, "name-then-role", a);
    assertEquals("spokesman for the provincial government", a.role());
  }

  @Test
  void aPersonOfABodyIsThePersonNotTheBody() {
    Attribution wikinews = speakerOf("In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF"
        + " observed, \"I've seen massive outbreaks of measles, but never one with this many deaths.\"");
    assertSpeaker("Sheldon Yett", SpeakerKind.PERSON, "name-of-body", wikinews);
  }

  @Test
  void theRoleAtTheEndOfTheSentenceNamesTheSpeaker() {
    assertSpeaker("mayor", SpeakerKind.PERSON, "noun-phrase",
        speakerOf("The fire spread quickly through the building, the mayor said."));
    assertSpeaker("police", SpeakerKind.GOVERNMENT, "subject-verb",
        speakerOf("Three people were arrested after the protest, police said."));
    List<Claim> claims = text("Jane Ortiz, the city's mayor, said the bridge would reopen. "
        + "Traffic will resume on Monday, the mayor said.");
    assertSpeaker("Jane Ortiz", SpeakerKind.PERSON, "noun-phrase", claims.get(1).attribution());
  }

  @Test
  void anOutletTheSpeakerToldIsTheVia() {
    Attribution a = speakerOf("Maria Lopez told Reuters that the water supply had been cut.");
    assertEquals("Maria Lopez", a.speaker());
    assertEquals("Reuters", a.via());
  }

  @Test
  void unnamedSourcesAreAnonymous() {
    for (String s : List.of("A security source said the attackers had used explosives.",
        "Sources close to the investigation said the suspect had fled abroad.",
        "Officials who spoke on condition of anonymity said the talks had stalled.",
        "A senior official said the army would withdraw from the town.",
        "A senior defence official said the army would withdraw from the town.",
        "The bridge will stay closed until Friday, the source added.")) {
      assertEquals(SpeakerKind.ANONYMOUS, speakerOf(s).kind(), s);
    }
  }

  @Test
  void peopleOnTheSpotAreACrowd() {
    for (String s : List.of("Witnesses said the building collapsed within minutes.",
        "Residents of the village told reporters the water had risen overnight.",
        "Medics said the wounded were taken to the main hospital.",
        "Rescuers said they had pulled 12 survivors from the rubble.")) {
      assertEquals(SpeakerKind.CROWD, speakerOf(s).kind(), s);
    }
  }

  @Test
  void statementsAndStateMedia() {
    Attribution statement = speakerOf("In a statement, the health ministry said the death toll had risen.");
    assertEquals("statement", statement.channel());
    assertEquals(SpeakerKind.GOVERNMENT, statement.kind());
    Attribution from = speakerOf("A statement from the army said the soldiers had withdrawn.");
    assertEquals("statement", from.channel());
    assertEquals(SpeakerKind.GOVERNMENT, from.kind());
    assertSpeaker("state media", SpeakerKind.MEDIA, "subject-verb",
        speakerOf("State media reported that the president had signed the decree."));
  }

  @Test
  void pronounsNameThePersonOrTheBodyBefore() {
    List<Claim> claims = text("The ministry said the roads were open. Jane Ortiz said the bridge would reopen. "
        + "She said traffic would resume on Monday. It said the ferries would sail again.");
    assertSpeaker("Jane Ortiz", SpeakerKind.PERSON, "pronoun", claims.get(2).attribution());
    assertEquals("ministry", claims.get(3).attribution().speaker());
    assertEquals("pronoun", claims.get(3).attribution().attributedBy());
  }

  @Test
  void aQuoteRunningOnKeepsItsSpeaker() {
    List<Claim> claims = text("\"We will rebuild every house in the town,\" the governor said. "
        + "\"Nobody will be left without a home this winter.\"");
    assertSpeaker("governor", SpeakerKind.PERSON, "noun-phrase", claims.get(0).attribution());
    assertSpeaker("governor", SpeakerKind.PERSON, "quote-continuation", claims.get(1).attribution());
  }

  @Test
  void textWithoutCommasApostrophesOrCapitalsStillNamesTheSpeaker() {
    Attribution army = speakerOf("The armys statement said the soldiers withdrew from the town.");
    assertEquals("army", army.speaker());
    assertEquals("statement", army.channel());
    assertEquals("Red Cross",
        speakerOf("Six people died in the attack said the Red Cross which has a team in the city.").speaker());
    assertEquals("police", speakerOf("the fire killed two firefighters police said on sunday.").speaker());
  }

  @Test
  void participlesAndPassivesNameNoSpeaker() {
    assertFalse(speakerOf("Meanwhile, the total reported casualties increased to 167 on Friday.").attributed());
    assertFalse(speakerOf("Residents were told to stay off the roads until Monday.").attributed());
  }

  @Test
  void aNameAfterAnHonorificIsAPerson() {
    assertSpeaker("Dale", SpeakerKind.PERSON, "title-name",
        speakerOf("Mrs Dale said the bus never stopped at the corner that evening."));
    Attribution rep = speakerOf("On Friday Rep. Ann Cole said the bill would reach the floor in March.");
    assertSpeaker("Ann Cole", SpeakerKind.PERSON, "capitalised-subject", rep);
    assertEquals("Rep", rep.role());
    assertSpeaker("Ann Cole", SpeakerKind.PERSON, "title-name",
        speakerOf("Brightwave chief executive and co-founder Ann Cole said the chips would ship in May."));
  }

  @Test
  void twoOrThreeWordsThatReadLikeAPersonalNameAreAPerson() {
    List<Claim> claims = text("Tessa Marlow said the shop had been closed for a week. "
        + "Marlow said the owners had left town in May.");
    assertSpeaker("Tessa Marlow", SpeakerKind.PERSON, "capitalised-subject", claims.get(0).attribution());
    assertEquals("Tessa Marlow", claims.get(1).attribution().speaker());
    assertEquals(SpeakerKind.PERSON, claims.get(1).attribution().kind());
    assertSpeaker("Harbour Patrol", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("Harbour Patrol said the ferry had been towed back to port."));
    assertSpeaker("Valley Daily News", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("The Valley Daily News reported that the ferry had been towed back to port."));
    assertSpeaker("MV Osprey", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("MV Osprey reported that the ferry had been towed back to port."));
  }

  @Test
  void aHyphenOrApostropheInsideANameKeepsItWhole() {
    assertSpeaker("O'Neill", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("After the hearing O'Neill said the team would appeal the ban."));
    assertSpeaker("Dayton Journal-Herald", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("The Dayton Journal-Herald reported that the plant would close in June."));
  }

  @Test
  void aConjunctionOpeningTheSentenceIsNoPartOfTheName() {
    List<Claim> claims = text("Parks Secretary Ann Cole toured the dam on Monday. "
        + "But Cole said the repairs would take a year.");
    Attribution a = claims.get(1).attribution();
    assertEquals("Ann Cole", a.speaker(), a.toString());
    assertEquals(SpeakerKind.PERSON, a.kind(), a.toString());
    assertSpeaker("Harbour Patrol", SpeakerKind.UNKNOWN, "capitalised-subject",
        speakerOf("But Harbour Patrol said the repairs would take a year."));
  }

  @Test
  void aSurnameAloneNamesTheNameTheArticleGaveInFull() {
    List<Claim> claims = text("Campaign director Laura Benton met reporters on Friday in the capital. "
        + "Benton said the campaign would respond to the charges.");
    Attribution a = claims.get(1).attribution();
    assertEquals("Laura Benton", a.speaker());
    assertEquals("capitalised-subject", a.attributedBy());
    Attribution alone = text("Benton said the campaign would respond to the charges.").get(0).attribution();
    assertEquals("Benton", alone.speaker());
    assertEquals(SpeakerKind.UNKNOWN, alone.kind());
    assertEquals("clause-subject", alone.attributedBy());
  }

  @Test
  void aNameAfterATitleInRunningTextIsFoundAgainBySurnameOrPronoun() {
    List<Claim> claims = text("Homeland Security Secretary Erin Tolliver visited the flooded town on Friday. "
        + "Tolliver said the levees would be rebuilt before winter.");
    assertEquals("Erin Tolliver", claims.get(1).attribution().speaker());
    List<Claim> quoted = text("Maria Santos walked into the courtroom on Monday morning. "
        + "\"I have done nothing wrong in this case,\" she said.");
    assertSpeaker("Maria Santos", SpeakerKind.PERSON, "pronoun", quoted.get(1).attribution());
  }

  @Test
  void everySieveHasItsOwnNameAndTheEditorsGuideListsIt() throws Exception {
    List<String> names = new Sieves(new SpeakerPhrases(Language.load(Path.of("rules"), "rules"))).names();
    assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
    String guide = Files.readString(Path.of("rules/README.md"));
    for (String name : names.subList(1, names.size())) {
      assertTrue(guide.contains("| `" + name + "` |"), "rules/README.md does not list the sieve " + name);
    }
  }

  @Test
  void aQuoteClosedWithASpaceBeforeItsMarkStillEndsThere() {
    List<Claim> claims = text("Omar Ali, a spokesman for the coastguard, said the boat had not sunk."
        + " \"The boat is still afloat. We searched the area all night, \"he said."
        + " Ali said the crew of five were rescued on Friday by a passing ship.");
    Attribution last = claims.get(claims.size() - 1).attribution();
    assertEquals("subject-verb", last.attributedBy(), "the sentence after the quote is prose, not the quote: " + last);
    assertFalse(claims.get(claims.size() - 1).text().startsWith("\""));
  }

  @Test
  void narrationAfterAQuoteClosedBeforeTheNextSentenceHasNoSpeaker() {
    List<Claim> claims = text("The owner said the shed had stood empty for years. \"None of it was insured,\" he said."
        + " \"I am guessing it was vandalism or arson. \"Nobody was reported hurt. The shed was built in 1935 as a grain"
        + " store for the valley.");
    Claim last = claims.get(claims.size() - 1);
    assertEquals("", last.attribution().speaker(), "narration after a closed quote has no speaker: " + last.attribution());
  }

  @Test
  void aRoleOfLowerCaseWordsAfterTheVerbEndsInATitle() {
    Attribution a = speakerOf("The storm injured more than 100 people and damaged 400 homes in the province,"
        + " said regional rescue agency spokesman Budi Santoso.");
    assertSpeaker("Budi Santoso", SpeakerKind.PERSON, "said-then-name", a);
    assertEquals("regional rescue agency spokesman", a.role());
    Attribution oneWord = speakerOf("Around 40 houses were damaged, said rescue agency official Rahman.");
    assertSpeaker("Rahman", SpeakerKind.PERSON, "said-then-name", oneWord);
    Attribution ofABody = speakerOf("\"Two of the shells fell near the school,\" said UNHCR spokesman Ann Berg.");
    assertSpeaker("Ann Berg", SpeakerKind.PERSON, "said-then-name", ofABody);
    assertEquals("UNHCR spokesman", ofABody.role());
  }

  @Test
  void oneNameBeforeARoleOfOfficeIsAPersonAndTheOutletToldIsNoSpeaker() {
    Attribution a = speakerOf("Three people had so far been confirmed dead in the storm, Rahman, an official from"
        + " the regional rescue agency, told Reuters late Monday.");
    assertSpeaker("Rahman", SpeakerKind.PERSON, "name-then-role", a);
    assertEquals("official from the regional rescue agency", a.role());
    assertEquals("Reuters", a.via());
    assertEquals("", speakerOf("Three people had so far been confirmed dead in the storm, told Reuters late Monday.")
        .speaker());
  }

  @Test
  void aConstableIsATitle() {
    Attribution a = speakerOf("\"A man who had been fired came in and shot a colleague,\" Police Constable Tom Harris said.");
    assertSpeaker("Tom Harris", SpeakerKind.PERSON, "title-name", a);
    assertEquals("Police Constable", a.role());
  }

  @Test
  void aCompanyWithItsTickerIsAnOrganisation() {
    Attribution a = speakerOf("Acme (NASDAQ: ACME) today announced it has signed a definitive agreement to acquire"
        + " Widgetco for about $50 million.");
    assertSpeaker("Acme", SpeakerKind.ORGANISATION, "listed-company", a);
    assertEquals("announced", a.verb());
  }

  @Test
  void aSpokespersonOfABodySpeaksForItByHisSurnameAndAsHe() {
    List<Claim> claims = text("Taban Ruto, the governor of the province, accused the army of the raid."
        + " Omar Al-Hassan, spokesman for Chad's army, said the troops repelled the attack."
        + " \"We respect the border,\" he said."
        + " Hassan said the troops killed dozens of rebels near the border on Friday.");
    assertSpeaker("Taban Ruto", SpeakerKind.PERSON, "name-then-role", claims.get(0).attribution());
    String army = claims.get(1).attribution().speaker();
    assertEquals(SpeakerKind.GOVERNMENT, claims.get(1).attribution().kind());
    assertSpeaker(army, SpeakerKind.GOVERNMENT, "pronoun", claims.get(2).attribution());
    assertSpeaker(army, SpeakerKind.GOVERNMENT, "subject-verb", claims.get(3).attribution());
  }

  @Test
  void aVerbFormAfterTheAndANumberIsANoun() {
    assertSpeaker("Unnamed experts", SpeakerKind.ANONYMOUS, "subject-verb",
        speakerOf("The two states are home to many workers who left the north during the war, analysts say."));
  }

  @Test
  void aRoleThenNameAfterAQuoteIsAPersonWhomHeNamesAfter() {
    List<Claim> claims = text("\"We have handed out tents and water to the survivors, \"the governor of Fars province,"
        + " Ali Rezaei, told state radio. He said 20 of the 60 wounded remained in hospital.");
    Attribution a = claims.get(0).attribution();
    assertSpeaker("Ali Rezaei", SpeakerKind.PERSON, "role-then-name", a);
    assertEquals("governor of Fars province", a.role());
    assertSpeaker("Ali Rezaei", SpeakerKind.PERSON, "pronoun", claims.get(1).attribution());
  }

  @Test
  void anOfficeWithItsModifierOpeningTheClauseIsAnUnnamedPerson() {
    Attribution lawyer = speakerOf("But the lawyer acting for the guard, who has been charged with theft, said that"
        + " the first tests showed the lock was forced.");
    assertSpeaker("lawyer", SpeakerKind.PERSON, "noun-phrase", lawyer);
    assertEquals("lawyer acting for the guard", lawyer.role());
    Attribution director = speakerOf("The medical director of the clinic in Rafah told the BBC 30 bodies had been"
        + " brought in so far.");
    assertSpeaker("medical director", SpeakerKind.PERSON, "noun-phrase", director);
    assertEquals("medical director of the clinic in Rafah", director.role());
  }
}
