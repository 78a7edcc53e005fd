package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeholderTest {

  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "king", "acting");
  private static final Set<String> ORDINARY = Set.of("president", "prime", "minister", "king", "acting", "general",
      "mark", "forces", "armed", "chair", "council");
  private static final Set<String> COUNTRIES = Set.of("china", "sudanese");

  private static Officeholder read(String entry) {
    return Officeholder.read(entry, new Officeholder.Words(w -> TITLES.contains(w.toLowerCase(Locale.ROOT)),
        w -> TITLES.contains(w.toLowerCase(Locale.ROOT)), w -> ORDINARY.contains(w.toLowerCase(Locale.ROOT)),
        p -> COUNTRIES.contains(p.toLowerCase(Locale.ROOT))));
  }

  @Test
  void titleGivenNamesAndSurname() {
    Officeholder putin = read("President Vladimir Vladimirovich PUTIN (since 7 May 2012)");
    assertEquals("President", putin.title());
    assertEquals("Vladimir Vladimirovich Putin", putin.name());
    assertEquals("Vladimir Putin", putin.shortName());
    assertEquals("Putin", putin.surname());
  }

  @Test
  void anOrdinaryWordBetweenATitleAndTheSurnameIsAGivenName() {
    assertEquals("Mark Carney", read("Prime Minister Mark CARNEY (since 14 March 2025)").name());
  }

  @Test
  void anOrdinaryWordAfterOtherWordsEndsTheTitle() {
    Officeholder burhan = read("Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces General"
        + " Abd-al-Fattah al-BURHAN Abd-al-Rahman (since 11 November 2021)");
    assertEquals("Abd-al-Fattah al-Burhan Abd-al-Rahman", burhan.name());
    assertEquals("Abd-al-Fattah al-Burhan", burhan.shortName());
    assertEquals("", burhan.title());
  }

  @Test
  void aNameThatStartsWithTheSurname() {
    Officeholder abiy = read("Prime Minister ABIY Ahmed Ali (since April 2018)");
    assertEquals("Abiy Ahmed Ali", abiy.name());
    assertEquals("Abiy Ahmed", abiy.shortName());
    Officeholder min = read("Acting President Sr. Gen. MIN AUNG HLAING (since 31 July 2025)");
    assertEquals("Acting President", min.title());
    assertEquals("Min Aung Hlaing", min.name());
  }

  @Test
  void regnalNumbersStayAndXiIsAName() {
    assertEquals("Charles III", read("King CHARLES III (since 8 September 2022); represented by Governor General X")
        .name());
    assertTrue(read("King CHARLES III (since 8 September 2022); represented by Governor General X").represented());
    Officeholder xi = read("President of China XI Jinping (since 14 March 2013)");
    assertEquals("Xi Jinping", xi.name());
    assertTrue(xi.context().contains("China"), xi.context());
  }

  @Test
  void nobodyIsNamed() {
    assertNull(read("None"));
    assertNull(read("the monarchy is hereditary"));
  }

  @Test
  void theLatestSinceDate() {
    assertEquals("2025-07-31", Officeholder.latestSince("President X (since 7 May 2012); Y (since 31 July 2025)"));
    assertEquals("2018-04", Officeholder.latestSince("Prime Minister ABIY Ahmed Ali (since April 2018)"));
    assertEquals("", Officeholder.latestSince("None"));
  }
}
