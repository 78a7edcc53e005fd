package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimscore.language.TestLanguage;
import org.junit.jupiter.api.Test;

/**
 * Claim types on any topic, from the general cues of {@code rules/language/en/cues.csv}. Sentences
 * marked (Wikinews) are quoted from English Wikinews articles of 2019, CC BY 2.5; the others are
 * written here in the shape of news prose.
 */
class TypesOnAnyTopicTest {

  private static ClaimType type(String sentence) {
    return find(text(sentence), sentence.substring(0, Math.min(20, sentence.length()))).type();
  }

  @Test
  void criticismAndCondemnationAreOpinion() {
    assertEquals(ClaimType.OPINION, type("The opposition leader denounced the verdict as a travesty."));
    assertEquals(ClaimType.OPINION, type("The foreign ministry condemned the strike on the hospital."));
    assertEquals(ClaimType.OPINION, type("Rights groups criticised the decision to close the border."));
    assertEquals(ClaimType.OPINION, type("Local business owners criticized the plan on Monday."));
    assertEquals(ClaimType.OPINION, type("The mayor called it a dark day for the city."));
    assertEquals(ClaimType.OPINION, type("Union leaders slammed the new contract."));
    assertEquals(ClaimType.OPINION, type("Environmental groups were quick to praise the decision."));
    assertEquals(ClaimType.OPINION, type("The prosecutor characterized the attack as an act of hatred."));
  }

  @Test
  void aDenialOrPromiseIsAStatement() {
    assertEquals(ClaimType.STATEMENT, type("The company rejected the allegations in full."));
    assertEquals(ClaimType.STATEMENT, type("The governor pledged new funds for the schools."));
  }

  @Test
  void aForecastIsAPrediction() {
    assertEquals(ClaimType.PREDICTION, type("Economists forecast a sharp fall in exports next year."));
  }

  @Test
  void whatHappenedOnAnyTopicIsAnEvent() {
    // Wikinews, "Gunman opens fire in El Paso, Texas superstore; more than 20 dead"
    assertEquals(ClaimType.EVENT,
        type("Police said the suspected gunman surrendered himself to police after being confronted by officers."));
    // Wikinews, "Conservative Party wins majority in 2019 UK general election"
    assertEquals(ClaimType.EVENT, type("The Scottish National Party (SNP) gained 13 seats and Liberal Democrats lost 10."));
    assertEquals(ClaimType.EVENT, type("Police arrested three men outside the stadium on Tuesday."));
    assertEquals(ClaimType.EVENT, type("The old bridge collapsed during the storm."));
    assertEquals(ClaimType.EVENT, type("Thousands of protesters rallied outside parliament on Wednesday."));
  }

  @Test
  void anAnnouncementOfWhatWasDoneIsAnEvent() {
    assertEquals(ClaimType.EVENT, type("The ministry announced that 40 suspects were arrested in raids across the country."));
    assertEquals(ClaimType.EVENT, type("Two rebel groups announced new incursions into the border region."));
    assertEquals(ClaimType.STATEMENT, type("The party leader announced he will not stand at the next election."));
  }

  @Test
  void anExplanationIsAnalysis() {
    assertEquals(ClaimType.ANALYSIS, type("The bridge failed because its steel had corroded."));
    // Wikinews, "540 million private Facebook records found on public Internet"
    assertEquals(ClaimType.ANALYSIS, type("The Guardian drew comparisons between this case and the Cambridge Analytica "
        + "scandal, in which over 50 million Facebook profiles were harvested for data without users' knowledge or consent."));
  }

  @Test
  void whatContributesToSomethingOrItsSignificanceIsAnalysis() {
    assertEquals(ClaimType.ANALYSIS, type("Officials said the dry winter contributed to the spread of the fires."));
    assertEquals(ClaimType.ANALYSIS, type("The port holds great significance for the country's trade."));
  }

  @Test
  void earlierYearsAreBackground() {
    assertEquals(ClaimType.BACKGROUND, type("The region has seen similar floods for decades."));
  }

  @Test
  void anEarlierDisasterDatedToAYearIsBackgroundNotThisToll() {
    assertEquals(ClaimType.BACKGROUND, type("In 2004, a tsunami off the coast killed 230,000 people in 14 countries."));
    assertEquals(ClaimType.BACKGROUND, type("A strong quake killed more than 26,000 people in the old city in December 2003."));
    assertEquals(ClaimType.BACKGROUND, type("The company was founded in March, 1998 by two engineers."));
    assertEquals(ClaimType.CASUALTY, type("The earthquake killed 12 people in the mountain villages on Sunday."));
  }

  @Test
  void anAllegedEarlierTollStaysACasualty() {
    assertEquals(ClaimType.CASUALTY,
        type("In May 2023, officials alleged that more than 70 of the attackers were killed near the border."));
  }

  @Test
  void whatHappenedWithoutAnEventWordIsStillAnEvent() {
    assertEquals(ClaimType.EVENT, type("Hundreds gathered outside the courthouse on Monday night."));
    assertEquals(ClaimType.EVENT, type("The bridge reopened to traffic on Friday, the ministry said."));
    assertEquals(ClaimType.EVENT, type("According to the coast guard, the ferry reached port with all its passengers."));
  }

  @Test
  void standingContextInThePresentIsBackground() {
    assertEquals(ClaimType.BACKGROUND, type("The island is a popular destination for divers and sailors."));
    assertEquals(ClaimType.BACKGROUND, type("The province has few paved roads and a single airport."));
    assertEquals(ClaimType.BACKGROUND, type("Cholera spreads through dirty water and food."));
    assertEquals(ClaimType.BACKGROUND, type("The mine is owned by a state company and employs 3,000 people."));
    assertEquals(ClaimType.BACKGROUND, type("The state-owned mine is among the least developed in the region."));
    assertEquals(ClaimType.BACKGROUND, type("The virus usually causes a fever and it can be much worse in children."));
    assertEquals(ClaimType.BACKGROUND, type("Charges of this kind carry a sentence of up to ten years at the federal level."));
  }

  @Test
  void aSentenceThatTurnsToThePastIsAnEvent() {
    assertEquals(ClaimType.EVENT, type("The two men have been held in custody since Monday."));
    assertEquals(ClaimType.EVENT, type("The ferry is back in port after it ran aground near the island."));
    assertEquals(ClaimType.EVENT, type("The mayor of the town went to the capital on Tuesday."));
  }

  @Test
  void aSpeakerTellingOfItselfOrASayingThatIsAStatement() {
    assertEquals(ClaimType.STATEMENT, type("The minister said she had acted in good faith throughout."));
    assertEquals(ClaimType.STATEMENT, type("The foreign ministry said it was sending sixty search specialists to the region."));
    assertEquals(ClaimType.STATEMENT, type("The company told Reuters that its accounts were in order."));
    assertEquals(ClaimType.STATEMENT, type("The union threatened to walk out of the talks."));
  }

  @Test
  void aSpeakersOwnWillIsAPromiseNotAPrediction() {
    assertEquals(ClaimType.STATEMENT, type("The party leader announced he will not stand at the next election."));
    assertEquals(ClaimType.STATEMENT, type("\"We will never allow our borders to be violated,\" the president said."));
    assertEquals(ClaimType.PREDICTION, type("Analysts said the new tariffs will raise prices within months."));
  }

  @Test
  void whatASpeakerSaidSomeoneWouldDoIsAStatement() {
    assertEquals(ClaimType.STATEMENT, type("The interior minister said the government would seek to deport the two men."));
    assertEquals(ClaimType.STATEMENT, type("The aid agencies have said they will be flying in tents and medicine."));
    assertEquals(ClaimType.STATEMENT, type("The prime minister said Canada would consider new sanctions on the regime."));
    assertEquals(ClaimType.PREDICTION, type("Economists said the price of bread would rise again this winter."));
    assertEquals(ClaimType.PREDICTION, type("Few voters will even notice the change, the pollster said."));
    assertEquals(ClaimType.PREDICTION, type("The mayor said the storm could reach the coast by Friday."));
  }

  @Test
  void aCueWordInsideANameIsNoCue() {
    assertEquals(ClaimType.BACKGROUND, type("The Flood Control Authority is the oldest public body in the province."));
    assertEquals(ClaimType.TERRITORIAL_CONTROL, type("The rebels took control of the town on Sunday."));
  }

  @Test
  void aDecadeARangeOfYearsOrToThisDayIsBackground() {
    assertEquals(ClaimType.BACKGROUND, type("The first vaccine against the disease was introduced in the 1950s."));
    assertEquals(ClaimType.BACKGROUND,
        type("Some two million people died in the civil war, which lasted from 1975 to 1990."));
    assertEquals(ClaimType.BACKGROUND, type("The rebuilding of the old harbour continues to this day."));
    assertEquals(ClaimType.BACKGROUND, type("The two countries fought a border war between 1998 and 2000."));
    assertEquals(ClaimType.BACKGROUND, type("Before this war, the town was known for its apple orchards."));
    assertEquals(ClaimType.BACKGROUND, type("Under the president's predecessor, the press was tightly controlled."));
    assertEquals(ClaimType.EVENT, type("The army on Tuesday released video footage from 2019 showing the launch site."));
    assertEquals(ClaimType.EVENT, type("The army on Tuesday released video footage from 2019."));
  }

  @Test
  void aDeathNamedOnlyToSayWhatElseHappenedIsNoCasualtyClaim() {
    assertEquals(ClaimType.EVENT, type("A police officer has been charged over the killing of a teenager in the capital."));
    assertEquals(ClaimType.STATEMENT, type("The opposition accused the ministry of hiding the real casualty figures."));
    assertEquals(ClaimType.EVENT, type("The family of the man who died in the crash met the minister on Friday."));
    assertEquals(ClaimType.CASUALTY, type("A police officer shot and killed a teenager in the capital."));
  }

  @Test
  void capturingOrControllingSomethingThatIsNoPlaceIsNoTerritorialClaim() {
    assertEquals(ClaimType.EVENT, type("The navy captured three pirate boats off the coast on Sunday."));
    assertEquals(ClaimType.EVENT, type("The bomber drove a seized police truck at the gate."));
    assertEquals(ClaimType.EVENT, type("The bomber drove a captured Humvee at the gate."));
    assertEquals(ClaimType.BACKGROUND, type("Peace talks are under way while the rebels seek to regain control."));
    assertEquals(ClaimType.TERRITORIAL_CONTROL, type("The rebels seized the town of Ardo on Monday."));
    assertEquals(ClaimType.TERRITORIAL_CONTROL, type("The army says it has captured Ardo after a week of fighting."));
  }

  @Test
  void deathTollsAreACasualtyClaim() {
    assertEquals(ClaimType.CASUALTY, type("Unofficial death tolls given by local officials exceeded 200."));
  }

  @Test
  void aModalInsideARelativeClauseDoesNotMakeAPrediction() {
    assertEquals(ClaimType.STATEMENT,
        type("\"We are now searching for people who may be trapped under the rubble,\" the district chief said."));
    assertEquals(ClaimType.EVENT, type("Police evacuated residents of homes that could be hit by falling debris."));
  }

  @Test
  void anExpectationIsAPrediction() {
    assertEquals(ClaimType.PREDICTION, type("The governor told reporters he was not expecting the toll to rise."));
    assertEquals(ClaimType.PREDICTION, type("A narrow victory for the ruling party was expected."));
  }

  @Test
  void peopleFleeingADisasterIsAnEventNotTerritory() {
    assertEquals(ClaimType.EVENT, type("Panicked residents fled to higher ground as the ground shook."));
    assertEquals(ClaimType.EVENT, type("Witnesses described people fleeing buildings in the port city."));
  }

  @Test
  void anEarlierMonthWithoutADayIsBackground() {
    assertEquals(ClaimType.BACKGROUND, type("A strong quake hit the same province in February, killing hundreds of people."));
    assertEquals(ClaimType.CASUALTY, type("A strong quake hit the province on Sunday, killing hundreds of people."));
  }

  @Test
  void aForecastOfTheTollIsAPrediction() {
    assertEquals(ClaimType.PREDICTION, type("The death toll could rise sharply, officials warned."));
    assertEquals(ClaimType.CASUALTY,
        type("The quakes have killed at least 48 people, officials said, warning that more strong quakes could follow."));
  }

  @Test
  void aComplaintIsAnOpinion() {
    assertEquals(ClaimType.OPINION, type("Opposition groups complained that their candidates were left off the ballot."));
  }

  @Test
  void anAttackLastWeekIsBackground() {
    assertEquals(ClaimType.BACKGROUND, type("Last week a car bombing in the capital killed five and wounded 110."));
  }

  @Test
  void aMonthNamedMayIsADateNotAPrediction() {
    assertEquals(ClaimType.EVENT, type("The new law took effect in late May."));
    assertEquals(ClaimType.EVENT, type("The ceasefire of 4 May ended two weeks later."));
    assertEquals(ClaimType.PREDICTION, type("The talks may resume next week."));
  }

  @Test
  void everyCueOfTheTyperHasPhrasesInTheShippedFile() {
    Set<Cue> given = TestLanguage.shipped().table("cues.csv").values().stream()
        .flatMap(labels -> java.util.Arrays.stream(labels.split(" "))).map(Cue::ofLabel)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Cue.class)));
    assertEquals(EnumSet.allOf(Cue.class), given);
  }
}
