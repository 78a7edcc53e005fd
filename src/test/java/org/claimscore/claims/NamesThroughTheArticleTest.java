package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One person, one name, through the article: a surname, a title and a surname, or a name with an
 * initial name the person the article introduced in full. Sentences marked Wikinews are quoted from
 * the fixture fixtures/wikinews-sample (Wikinews, CC BY 2.5); the others are written for these tests
 * in the shape of news sentences.
 */
class NamesThroughTheArticleTest {

  private static void assertPerson(String name, Claim c) {
    assertEquals(name, c.attribution().speaker(), c.attribution().toString());
    assertEquals(SpeakerKind.PERSON, c.attribution().kind(), c.attribution().toString());
  }

  @Test
  void anInitialInsideANameIsPartOfIt() {
    Claim wikinews = find(text("The charges were unsealed on Wednesday. United States Attorney Jessie K. Liu said,"
        + " \"Children around the world are safer because of the actions taken by U.S. and foreign law"
        + " enforcement.\""), "Children");
    assertPerson("Jessie K. Liu", wikinews);
    assertEquals("United States Attorney", wikinews.attribution().role());
    List<Claim> claims = text("\"We are searching the collapsed houses for survivors,\" said Marta J. Okonjo,"
        + " the deputy head of the district. She said at least 12 people were taken to hospital.");
    assertPerson("Marta J. Okonjo", claims.get(0));
    assertPerson("Marta J. Okonjo", claims.get(1));
  }

  @Test
  void aSurnameLaterNamesThePersonTheArticleIntroducedInFull() {
    List<Claim> claims = text("The bridge was closed after the storm, said Arif Budi Santoso of the National"
        + " Flood Relief Agency. In the next district, 40 homes were flooded, Santoso said.");
    assertPerson("Arif Budi Santoso", claims.get(0));
    assertEquals("National Flood Relief Agency", claims.get(0).attribution().role());
    assertPerson("Arif Budi Santoso", claims.get(1));
    assertEquals("National Flood Relief Agency", claims.get(1).attribution().role());
  }

  @Test
  void aNameGivenInASentenceThatIsNoClaimStillNamesTheSurnameLater() {
    List<Claim> claims = text("The driver's colleague, Petros Andrianos, 34, was also arrested on Monday. "
        + "Mr Andrianos said he had tried to stop the car.");
    assertPerson("Petros Andrianos", find(claims, "tried to stop"));
    List<Claim> titled = text("Farm Minister Olga Lindqvist visited the flooded fields on Tuesday. "
        + "The harvest will be lost in three regions, Lindqvist said.");
    Attribution a = find(titled, "harvest").attribution();
    assertEquals("Olga Lindqvist", a.speaker());
    assertEquals(SpeakerKind.PERSON, a.kind());
    assertEquals("Farm Minister", a.role());
  }

  @Test
  void aTitleAndTheSurnameNameThePersonWithTheRoleTheArticleGave() {
    List<Claim> claims = text("Federal authorities are investigating the fire, according to prosecutor Dana Wills."
        + " According to U.S. Attorney Wills, the suspect bought the fuel a week earlier.");
    Attribution a = find(claims, "bought the fuel").attribution();
    assertEquals("Dana Wills", a.speaker());
    assertEquals(SpeakerKind.PERSON, a.kind());
    assertEquals("prosecutor", a.role());
  }

  @Test
  void aSurnameAloneWithNoFullNameBeforeStaysAsWritten() {
    List<Claim> claims = text("The dam held through the night, Okafor said.");
    assertEquals("Okafor", claims.get(0).attribution().speaker());
  }

  @Test
  void aPersonOfABodyTheKnowledgeDoesNotKnow() {
    Claim c = text("Karl Osterberg of the Baltic Ferry Safety Board (BFSB) said the ship had listed before"
        + " it sank.").get(0);
    assertPerson("Karl Osterberg", c);
    assertEquals("Baltic Ferry Safety Board (BFSB)", c.attribution().role());
    Claim wikinews = find(text("The charges were unsealed on Wednesday. Nikki Holland of the UK's National Crime"
        + " Agency (NCA) said, \"Dark web child sex offenders cannot hide from law enforcement.\""), "Dark web");
    assertPerson("Nikki Holland", wikinews);
  }

  @Test
  void aBodyWhoseNameHoldsOfIsNoPerson() {
    Attribution a = text("The Coastal Institute of Marine Science (CIMS) reported the wave reached two"
        + " metres.").get(0).attribution();
    assertNotEquals(SpeakerKind.PERSON, a.kind(), a.toString());
  }

  @Test
  void aRoleNamesTheOnePersonTheArticleGaveIt() {
    List<Claim> claims = text("Harbour Minister Ana Ruiz said the port would reopen on Friday. "
        + "The ships were moved overnight, police said. The harbour minister said no crew had been hurt.");
    Attribution a = find(claims, "no crew").attribution();
    assertEquals("Ana Ruiz", a.speaker());
    assertEquals(SpeakerKind.PERSON, a.kind());
    List<Claim> two = text("Harbour Minister Ana Ruiz said the port would reopen on Friday. "
        + "Farm Minister Olga Lindqvist said the fields were flooded. The minister said no crew had been hurt.");
    assertEquals("Olga Lindqvist", find(two, "no crew").attribution().speaker(),
        "the last speaker, whose role holds the title, is named first");
    List<Claim> none = text("Harbour Minister Ana Ruiz said the port would reopen on Friday. "
        + "Farm Minister Olga Lindqvist visited the fields. The ships were moved overnight, police said. "
        + "The minister said no crew had been hurt.");
    assertEquals("minister", find(none, "no crew").attribution().speaker(), "two ministers named: neither");
  }

  @Test
  void aRoleThenTheNameBetweenCommasAfterAccordingTo() {
    Attribution wikinews = text("According to the El Paso mayor, Dee Margo, during the weekend, police were"
        + " investigating whether a manifesto posted online was written by the suspect.").get(0).attribution();
    assertEquals("Dee Margo", wikinews.speaker());
    assertEquals(SpeakerKind.PERSON, wikinews.kind());
    assertEquals("El Paso mayor", wikinews.role());
  }

  @Test
  void aBodyBeforeATitleIsThePersonsRole() {
    Attribution wikinews = text("According to Samoa Observer editor Keni Lesa, the anti-vaccine movement was able"
        + " to tap into the resulting public mistrust.").get(0).attribution();
    assertEquals("Keni Lesa", wikinews.speaker());
    assertEquals(SpeakerKind.PERSON, wikinews.kind());
  }

  @Test
  void theFirstWordOfANameAfterTheSameTitleNamesThePerson() {
    List<Claim> claims = text("Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities"
        + " were all unvaccinated. When announcing the shutdown on Monday, Prime Minister Tuilaepa called on"
        + " village councils to help.");
    assertEquals(SpeakerKind.PERSON, find(claims, "village councils").attribution().kind());
    assertEquals("Tuilaepa Sailele Malielegaoi", find(claims, "village councils").attribution().speaker());
  }

  @Test
  void aNameThenARoleOpeningWithATitleBetweenCommas() {
    Claim c = text("Omid Farahani, Governor of Kish island, said three villages had been badly hit.").get(0);
    assertPerson("Omid Farahani", c);
    assertEquals("Governor of Kish island", c.attribution().role());
  }

  @Test
  void aTitledNameOpeningTheSentenceBeforeSayingIsAPerson() {
    Claim c = text("Greek President Nikos Alexiou condemned the violence, saying the country stood at the edge.")
        .get(0);
    assertPerson("Nikos Alexiou", c);
    assertEquals("Greek President", c.attribution().role());
    Attribution other = text("Lisbon Mayor Rui Costa comes in second, with 22 percent saying they would vote for"
        + " him.").get(0).attribution();
    assertNotEquals("Rui Costa", other.speaker(), "the participle hangs on another subject");
  }

  @Test
  void aNameAfterAnInvertedVerbMayHaveAPhraseAfterIt() {
    Claim c = text("\"We saw an explosion of anger tonight,\" said Brooklyn Councilman Darnell Hughes in a"
        + " statement after the riot.").get(0);
    assertPerson("Darnell Hughes", c);
    Attribution told = text("The lawyer spoke to reporters on Monday, and the judge told Ocean Radio in an"
        + " interview that the trial would go ahead.").get(0).attribution();
    assertNotEquals("Ocean Radio", told.speaker(), "whom a speaker told is no speaker");
  }

  @Test
  void aNameBeforeWhoIsTheSubjectOfTheVerbAfterIt() {
    String article = "Harbour Minister Ana Ruiz said the port would reopen on Friday. "
        + "Boats were moored at the home of Minister Ruiz, who told the press the harbour was safe.";
    Attribution a = find(text(article), "moored").attribution();
    assertEquals("Ana Ruiz", a.speaker());
    assertEquals(SpeakerKind.PERSON, a.kind());
    assertEquals("who", a.speakerSpan().of(article), "this sentence names the speaker by \"who\"");
  }
}
