package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event keys of single articles: lexicon names with their variants, names the lexicon lacks, figures. */
class LexiconKeyExtractorTest {

  private static LexiconKeyExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = new LexiconKeyExtractor(org.claimscore.lexicon.TestLexicons.kursk());
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
  void figuresKeepTheirUnitButNotYearsOrDays() {
    ArticleKeys k = keys("The ministry said 1,300 soldiers and 234 fighters were killed on March 12, 2024, and "
        + "five tanks destroyed.");
    assertTrue(k.terms().containsAll(List.of("1300 soldier", "234 fighter")), k.terms().toString());
    assertFalse(k.terms().stream().anyMatch(t -> t.startsWith("12") || t.startsWith("2024")), k.terms().toString());
  }

  @Test
  void anEmptyArticleHasNoKeys() {
    ArticleKeys k = keys("");
    assertTrue(k.places().isEmpty() && k.actors().isEmpty() && k.terms().isEmpty(), k.toString());
  }
}
