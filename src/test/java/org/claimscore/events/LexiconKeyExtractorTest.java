package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event keys of single articles: lexicon names with their variants, names the lexicon lacks, figures. */
class LexiconKeyExtractorTest {

  private static LexiconKeyExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = new LexiconKeyExtractor(org.claimscore.lexicon.TestLexicons.kursk(), TestLanguage.shipped());
  }

  private static ArticleKeys keys(String text) {
    return extractor.keys(new Article("x", null, null, LocalDate.of(2024, 3, 13), null, text, null));
  }

  @Test
  void placeVariantsAndActorAliasesGiveTheLexiconsNames() {
    ArticleKeys k = keys("Fighters entered Tiotkino, Russia's defence ministry said. The Kursk governor, Starovoit, "
        + "spoke to Rosgvardia.");
    assertEquals(List.of("Kursk", "Tetkino"), k.places());
    assertEquals(List.of("Roman Starovoit", "Russia's national guard", "Russian defence ministry"), k.actors());
    assertEquals(LocalDate.of(2024, 3, 13), k.published());
  }

  @Test
  void anActorInsideAHyphenatedWordIsNotAMention() {
    assertFalse(keys("Anti-Putin groups crossed the border.").actors().contains("Vladimir Putin"));
  }

  @Test
  void capitalisedNamesTheLexiconLacksAreTermsWithoutSentenceStartersOrDates() {
    ArticleKeys k = keys("On Tuesday, Toshitaka Katada of the University of Tokyo said the Japan Meteorological "
        + "Agency and Hokuriku Electric Power were right. In March the Freedom of Russia Legion posted a video.");
    assertTrue(k.terms().contains("toshitaka katada"), k.terms().toString());
    assertTrue(k.terms().contains("toshitaka katada of the university of tokyo"), k.terms().toString());
    assertTrue(k.terms().contains("hokuriku electric power"), k.terms().toString());
    assertTrue(k.actors().contains("Japan Meteorological Agency"), "an organisation of the lexicon: " + k.actors());
    assertFalse(k.terms().stream().anyMatch(t -> t.contains("tuesday") || t.contains("march")), k.terms().toString());
    assertFalse(k.terms().stream().anyMatch(t -> t.contains("legion")), "the Legion is a lexicon actor: " + k.terms());
  }

  @Test
  void wordsThatOnlyBuildNamesAreKeysInsideAWholeNameButNeverAlone() {
    ArticleKeys k = keys("On Monday the United States Department of Justice and the National Crime Agency "
        + "searched homes in North Carolina, Prime Minister Boris Johnson said.");
    assertTrue(k.terms().contains("united states department of justice"), k.terms().toString());
    assertTrue(k.terms().contains("national crime agency"), k.terms().toString());
    assertTrue(k.terms().contains("north carolina"), k.terms().toString());
    assertTrue(k.terms().containsAll(List.of("crime", "carolina", "johnson")), k.terms().toString());
    assertFalse(k.terms().stream().anyMatch(List.of("united", "states", "department", "national", "north",
        "prime", "minister")::contains), k.terms().toString());
  }

  @Test
  void figuresKeepTheirUnitButNotYearsOrDays() {
    ArticleKeys k = keys("The ministry said 1,300 soldiers and 234 fighters were killed on March 12, 2024, and "
        + "five tanks destroyed.");
    assertTrue(k.terms().containsAll(List.of("1300 soldier", "234 fighter")), k.terms().toString());
    assertFalse(k.terms().stream().anyMatch(t -> t.startsWith("12") || t.startsWith("2024")), k.terms().toString());
  }

  @Test
  void aLoneCapitalisedWordIsANameUnlessItOpensASentenceOrIsAlsoWrittenInLowerCase() {
    ArticleKeys k = keys("Rescuers reached Kelurak on Monday. Police said the Police Academy in Kelurak was "
        + "closed, and police closed the road to Sungai Batu. Batu is a village.");
    assertTrue(k.terms().containsAll(List.of("kelurak", "sungai batu", "sungai", "batu")), k.terms().toString());
    assertFalse(k.terms().contains("rescuers"), "opens a sentence: " + k.terms());
    assertFalse(k.terms().contains("police"), "also written in lower case: " + k.terms());
    assertTrue(k.terms().contains("police academy"), k.terms().toString());
  }

  @Test
  void datesReferredToAreKeysOfTheirOwn() {
    ArticleKeys k = keys("The quake struck on July 2, 2013, and aftershocks followed on 4 July and Jan. 9. "
        + "The 2,012 people displaced in 2004 were rehoused.");
    assertEquals(List.of("--01-09", "--07-02", "--07-04", "2004", "2013"), k.dates());
    assertTrue(k.terms().contains("2012 people"), "a count with a thousands separator is no year: " + k.terms());
  }

  @Test
  void aWeekdayIsAKeyOnlyWhenTheArticleIsUndated() {
    String text = "The ferry ran aground on Sunday near Rook Island.";
    assertEquals(List.of(), keys(text).dates(), "dated: the publication date already places it");
    ArticleKeys undated = extractor.keys(new Article("x", null, null, null, null, text, null));
    assertEquals(List.of("sunday"), undated.dates());
  }

  @Test
  void numbersWithoutAUnitAreKeysAsWritten() {
    ArticleKeys k = keys("A magnitude 6.1 quake, then a 5.2, and 11th-hour talks.");
    assertTrue(k.terms().containsAll(List.of("6.1 quake", "5.2", "11")), k.terms().toString());
  }

  @Test
  void anEmptyArticleHasNoKeys() {
    ArticleKeys k = keys("");
    assertTrue(k.places().isEmpty() && k.actors().isEmpty() && k.terms().isEmpty() && k.dates().isEmpty(),
        k.toString());
  }

  @Test
  void anEditorAddsANameConnectorWithoutJava(@org.junit.jupiter.api.io.TempDir Path rules) throws Exception {
    String text = "The talks were hosted by Hamad bin Khalifa in Doha.";
    assertFalse(keys(text).terms().contains("hamad bin khalifa"), "'bin' is not a shipped connector");
    Path to = TestLanguage.copyInto(rules);
    java.nio.file.Files.writeString(to.resolve("name-connectors.txt"), "bin\n",
        java.nio.file.StandardOpenOption.APPEND);
    LexiconKeyExtractor edited = new LexiconKeyExtractor(org.claimscore.lexicon.TestLexicons.kursk(),
        org.claimscore.language.Language.load(rules, "rules"));
    ArticleKeys k = edited.keys(new Article("x", null, null, LocalDate.of(2024, 3, 13), null, text, null));
    assertTrue(k.terms().contains("hamad bin khalifa"), k.terms().toString());
  }
}
