package org.claimscore.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.language.Language;
import org.claimscore.language.TestLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The masthead reads outlet names and credit lines with the words of {@code rules/language/en/}. */
class MastheadTest {

  private static final String STORY = "Flood waters recede in the valley\nHarbour Courier\n\n"
      + "Flood waters receded on Sunday, officials said.\n";

  @TempDir Path rules;

  @Test
  void anOutletNameEndsInAWordOfTheEndingsFile() throws Exception {
    Masthead shipped = new Masthead(List.of(), TestLanguage.shipped());
    String title = shipped.title(STORY);
    assertEquals("Flood waters recede in the valley", title);
    assertEquals(Article.UNKNOWN_OUTLET, shipped.outlet(STORY, title), "'courier' is not a shipped ending");

    Path endings = TestLanguage.copyInto(rules).resolve("outlet-name-endings.txt");
    Files.writeString(endings, Files.readString(endings) + "courier\n");
    Masthead edited = new Masthead(List.of(), Language.load(rules, "rules"));
    assertEquals("Harbour Courier", edited.outlet(STORY, title));
  }

  @Test
  void aCreditLineIsNoHeadline() throws Exception {
    String credited = "Reporting by Jane Doe; editing by John Roe\n\nThe river rose overnight.\n";
    assertNull(new Masthead(List.of(), TestLanguage.shipped()).title(credited));
    Path boilerplate = TestLanguage.copyInto(rules).resolve("boilerplate.csv");
    Files.writeString(boilerplate, "phrase,where\nnewsletter,line\n");
    assertEquals("Reporting by Jane Doe; editing by John Roe",
        new Masthead(List.of(), Language.load(rules, "rules")).title(credited));
  }

  @Test
  void aDatelineUnderTheHeadlineIsThePublicationDate() {
    Masthead m = new Masthead(List.of(), TestLanguage.shipped());
    // Wikinews, CC BY 2.5: "Gunman opens fire in El Paso, Texas superstore; more than 20 dead".
    assertEquals(java.time.LocalDate.of(2019, 8, 8), m.dateline(
        "Gunman opens fire in El Paso, Texas superstore; more than 20 dead\n\nThursday, August 8, 2019 \n\n"
            + "On Saturday morning, a gunman shot shoppers at a Walmart store.\n"));
    assertEquals(java.time.LocalDate.of(2023, 9, 9), m.dateline("Quake hits Morocco\n9 Sept. 2023\nThe quake struck.\n"));
    assertEquals(java.time.LocalDate.of(2024, 1, 2), m.dateline("Quake hits Japan\n2024-01-02\nThe quake struck.\n"));
  }

  @Test
  void aDateInProseOrAnImpossibleDateIsNoDateline() {
    Masthead m = new Masthead(List.of(), TestLanguage.shipped());
    assertNull(m.dateline("Quake hits Japan\nThe quake struck on January 1, 2024.\n"));
    assertNull(m.dateline("Quake hits Japan\nFebruary 30, 2024\nThe quake struck.\n"));
    assertNull(m.dateline("Quake hits Japan\nThursday\nThe quake struck.\n"));
    assertNull(m.dateline("One\nTwo\nThree\nMonday, January 1, 2024\n"), "only the first lines are datelines");
  }
}
