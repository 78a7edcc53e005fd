package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.TestLexicons;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers the generated knowledge once missed, named as the news names them, through the real
 * extraction and parties decision with the shipped knowledge and no overlay: the spelling the
 * sources do not use (Taliban), a group the sources list under another name (Boko Haram), a
 * demonym two countries share (Congolese) and one that needs its qualifier (North Korean), a
 * country's everyday name that is none of its formal ones (Britain).
 */
class KnowledgeGapsStoriesTest {

  private static RuleBasedClaimExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new RuleBasedClaimExtractor(TestLexicons.shipped(), TestLanguage.shipped());
  }

  private static Identity speaker(String text, String fragment) {
    Article a = new Article("t", "unknown", null, LocalDate.of(2024, 5, 1), null, text, "t");
    return Extraction.find(extractor.extract(a, new RuleBasedSentenceSplitter(TestLanguage.shipped()).split(a)),
        fragment).attribution().identity();
  }

  /** Asserts the speaker's knowledge id, kind, country, conflict and side ("" for no party). */
  private static void speaks(Identity got, String actorId, String kind, String country, String conflict,
      String side) {
    assertEquals(List.of(actorId, kind, country, conflict, side), List.of(got.actorId(), got.fineKind(),
        got.country(), got.standing().conflict(), got.standing().side()), got.toString());
  }

  @Test
  void theTalibanAsTheNewsSpellsThem() {
    speaks(speaker("The Taliban said their fighters killed 12 Afghan soldiers in Helmand.", "12 Afghan soldiers"),
        "ucdp.303", "armed_group", "afghanistan", "ucdp.conflict.333", "ucdp.303");
  }

  @Test
  void bokoHaramIsUcdpsGroupOfItsFormalName() {
    speaks(speaker("Boko Haram claimed its fighters killed 30 Nigerian soldiers in Borno.", "30 Nigerian soldiers"),
        "ucdp.1051", "armed_group", "nigeria", "ucdp.conflict.297", "ucdp.1051");
  }

  @Test
  void theCongoleseArmyIsTheDrCongosArmy() {
    speaks(speaker("The Congolese army said it killed 20 M23 rebels near Goma.", "20 M23 rebels"),
        "mil.drc", "military", "drc", "ucdp.conflict.283", "drc");
  }

  @Test
  void northKoreanStateMediaSpeakForNorthKorea() {
    speaks(speaker("North Korean state media said the new missile flew 1,000 kilometres.", "1,000 kilometres"),
        "statemedia.north_korea", "state_media", "north_korea", "", "");
  }

  @Test
  void britainIsTheUnitedKingdomsGovernment() {
    speaks(speaker("Britain said it would send 60 search and rescue specialists to the region.", "60 search"),
        "gov.united_kingdom", "government", "united_kingdom", "", "");
  }
}
