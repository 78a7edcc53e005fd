package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.numbers;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures on any topic, read with the lists of {@code rules/language/en/}: counts of people by what
 * happened to them, money, zero, and numbers that are never counts. Sentences marked (Wikinews)
 * are quoted from English Wikinews articles of 2019-2020, CC BY 2.5; the others are written here.
 */
class FiguresOnAnyTopicTest {

  private static List<String> figures(String sentence) {
    return numbers(find(text(sentence), sentence.substring(0, Math.min(20, sentence.length()))));
  }

  @Test
  void anAgeIsNeverACount() {
    // Wikinews, "First foreigners die from coronavirus in Wuhan, China"
    assertEquals(List.of(), figures("According to the embassy, the infected 60-year-old western man died in February."));
    assertEquals(List.of(), figures("The gunman killed a 9-year-old girl outside the school, police said."));
    assertEquals(List.of(), figures("LuAnn Johnson, 66, of Burnsville, was killed when a car struck her."));
    assertEquals(List.of(), figures("The victim, aged 34, died in hospital on Sunday."));
  }

  @Test
  void aTimeADateAnAddressOrALabelIsNeverACount() {
    // Wikinews, "Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78"
    assertEquals(List.of(), figures("Akilisi Pohiva, the prime minister of Tonga, died today at 10:00 a.m. Tongan time."));
    assertEquals(List.of(), figures("The man was killed at 7 p.m. on Friday near the station."));
    assertEquals(List.of(), figures("Two people were hurt at 200 Main Street, where the fire began.")
        .stream().filter(f -> f.startsWith("200")).toList());
    assertEquals(List.of(), figures("Parliament voted on Resolution 2334 after the attack that killed dozens.")
        .stream().filter(f -> f.startsWith("2334")).toList());
    assertEquals(List.of(), figures("The magnitude 7 quake destroyed the old market on March 12."));
  }

  @Test
  void nobodyIsZeroNotOne() {
    assertEquals(List.of("0 wounded"), figures("No one was injured in the second tremor, police said."));
    assertEquals(List.of("0 killed"), figures("Nobody died in the fire, the mayor said."));
    // Wikinews, "Iranian cargo plane crashes into Karaj houses"
    assertEquals(List.of("0 killed"), figures("No deaths were reported on the ground, local media said."));
    assertEquals(List.of(), figures("No one knows who owns the rights."));
  }

  @Test
  void aPassiveClauseAFewWordsOnSaysWhatHappenedToThem() {
    assertEquals(List.of("5 killed"), figures("Five people had so far been confirmed dead in the quake, an official told AFP."));
    assertEquals(List.of("2 wounded"), figures("Two people from the coastal village were hurt, the governor said."));
    assertEquals(List.of("5 person"), figures("Five people attended a memorial for the dead on Sunday."));
    assertEquals(List.of("50 person", "2 killed"),
        figures("About 50 people gathered at the scene where 2 were killed, police said.").stream()
            .map(f -> f.replace("~", "")).toList());
  }

  @Test
  void peopleAreCountedByWhatHappenedToThem() {
    // Wikinews, "Serbian protesters try to storm Parliament; fourth day of protests"
    assertEquals(List.of(">=71 arrested"), figures("Police director Vladimir Rebic said at least 71 people were arrested Friday night."));
    // Wikinews, "Indonesian security minister Wiranto stabbed"
    assertEquals(List.of("2 arrested"), figures("A spokesperson for the police confirmed that two suspects were arrested."));
    assertEquals(List.of("several house", "3000 evacuated"),
        figures("Dozens of houses were destroyed and 3,000 people were evacuated."));
    assertEquals(List.of("12 rescued"), figures("Rescuers said 12 survivors were rescued from the rubble overnight."));
  }

  @Test
  void othersBesideACountCountMoreOfTheSame() {
    // Wikinews, "Three killed, three others injured in stabbing attack in Reading"
    assertEquals(List.of("3 killed", "3 wounded"), figures("A mass stabbing killed three people and injured three others."));
    // Wikinews, "Charlottesville, Virginia killer sentenced to life in prison"
    assertEquals(List.of(">=19 wounded"),
        figures("Fields killed a woman named Heather Heyer and injured at least nineteen others."));
    assertEquals(List.of(), figures("Russia said it repulsed the assault and several others."));
  }

  @Test
  void moneyAndLargeNumbersInWordsAndNumerals() {
    assertEquals(List.of("3 arrested", "2000000 usd"),
        figures("Three people were arrested, and $2 million in damage was reported."));
    assertEquals(List.of("1500000 usd"), figures("The flood caused $1.5 million of damage to the bridge."));
    assertEquals(List.of("200 soldier"), figures("Two hundred soldiers were sent to the border."));
    assertEquals(List.of("52 killed"), figures("The death toll rose to 52 on Monday, the disaster agency said."));
  }
}
