package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a text is about, and so what its generic phrases and capitals mean, with the shipped knowledge. */
class ArticleReadingTest {

  private static ArticleReading.Result read(String text) {
    return ArticleReading.of(TestLexicons.shipped()).read(text);
  }

  /** The ids of the actors named at each occurrence of {@code phrase} in {@code text}. */
  private static List<String> at(String text, String phrase) {
    ArticleReading.Result r = read(text);
    int start = text.indexOf(phrase);
    return r.named().stream().filter(n -> n.start() == start).map(n -> n.actor().id()).toList();
  }

  @Test
  void aForeignAgencyQuotedInTheStoryDoesNotMoveTheStoryToItsCountry() {
    String text = "A powerful earthquake struck Morocco's High Atlas mountains, the interior ministry said. "
        + "The quake had a magnitude of 6.8, according to the U.S. Geological Survey. "
        + "Most of the deaths were in Al Haouz province, the ministry said.";
    List<String> ministry = at(text, "the ministry said");
    assertEquals(1, ministry.size(), ministry.toString());
    assertEquals("morocco", TestLexicons.shipped().actors().stream()
        .filter(a -> a.id().equals(ministry.get(0))).findFirst().orElseThrow().country(), ministry.toString());
  }

  @Test
  void anArmyOfTheCountryNamedMovesTheStoryThere() {
    String text = "The Russian defence ministry said it repelled the attack. Later the ministry said 30 were killed.";
    assertEquals(List.of("min.defence.russia"), at(text, "the ministry said 30"));
  }

  @Test
  void aCapitalIsItsGovernmentOnlyAsTheSubjectOfAReportingVerb() {
    assertEquals(List.of("gov.russia"), at("Moscow said the attackers were driven back.", "Moscow"));
    assertEquals(List.of("gov.russia"), at("Moscow initially denied the attack.", "Moscow"));
    assertEquals(List.of(), at("Toshitaka Katada of the University of Tokyo said the quake was shallow.", "Tokyo"));
    assertEquals(List.of(), at("The ministry blamed the attack on the Kyiv regime.", "Kyiv"));
  }

  @Test
  void aCapitalThatNamesNoSpeakerStillMarksItsCountry() {
    ArticleReading.Result r = read("Flights to Tokyo resumed on Tuesday.");
    assertTrue(r.countries().contains("japan"), r.countries().toString());
    assertFalse(r.actors().contains("gov.japan"), r.actors().toString());
  }

  @Test
  void anOutletNamedByACommonWordIsNoActorInLowerCase() {
    String text = "At the time, people in the town said the history of the dispute was long.";
    List<String> ids = read(text).named().stream().map(n -> n.actor().id()).toList();
    assertFalse(ids.contains("outlet.time"), ids.toString());
    assertFalse(ids.contains("outlet.people"), ids.toString());
    assertFalse(ids.contains("outlet.history"), ids.toString());
  }

  @Test
  void anOutletNamedByACommonWordNamesItWhereTheContextSupportsIt() {
    String text = "At the time, few noticed. Time reported that the talks had failed.";
    assertEquals(List.of("outlet.time"), at(text, "Time reported"));
    assertEquals(List.of(), at("At the time, few noticed. Time will tell.", "Time will"));
  }

  @Test
  void aOneWordOutletNameTheTextNeverWritesInLowerCaseNeedsNoSupport() {
    String text = "The records were stored on servers rented from Amazon, a report by Bloomberg found.";
    assertEquals(List.of("outlet.bloomberg"), at(text, "Bloomberg"));
  }
}
