package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Standing;
import org.claimscore.lexicon.TestLexicons;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short stories of the conflicts fact-checkers cover, through the real extraction and parties
 * decision with the shipped knowledge and no overlay: who speaks, of what kind, and on which side.
 */
class ConflictPartiesTest {

  private static RuleBasedClaimExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new RuleBasedClaimExtractor(TestLexicons.shipped(), TestLanguage.shipped());
  }

  private static List<Claim> story(String text) {
    Article a = new Article("t", "unknown", null, LocalDate.of(2024, 5, 1), null, text, "t");
    return extractor.extract(a, new RuleBasedSentenceSplitter(TestLanguage.shipped()).split(a));
  }

  private static Attribution said(List<Claim> claims, String fragment) {
    return Extraction.find(claims, fragment).attribution();
  }

  /** Asserts the speaker's knowledge id, fine kind, and side in the event ("" for no party). */
  private static void speaks(Attribution a, String actorId, String fineKind, String side) {
    String got = a.speaker() + " " + a.identity();
    assertEquals(actorId, a.identity().actorId(), got);
    assertEquals(fineKind, a.identity().fineKind(), got);
    assertEquals(side, a.identity().standing().side(), got);
  }

  @Test
  void israelAndHamas() {
    List<Claim> c = story("The Israeli army said its strikes killed 20 Hamas fighters in Gaza. "
        + "Hamas said the strikes killed 35 civilians.");
    speaks(said(c, "20 Hamas fighters"), "mil.israel", "military", "israel");
    speaks(said(c, "35 civilians"), "ucdp.209", "armed_group", "ucdp.209");
  }

  @Test
  void sudanArmyAgainstTheRapidSupportForces() {
    List<Claim> c = story("The Sudanese army said it repelled an attack on El Fasher and killed 40 fighters. "
        + "The Rapid Support Forces said they had shot down an army drone.");
    speaks(said(c, "repelled an attack"), "mil.sudan", "military", "sudan");
    speaks(said(c, "shot down"), "ucdp.8635", "armed_group", "ucdp.8635");
  }

  @Test
  void myanmarJuntaAgainstTheNationalUnityGovernment() {
    List<Claim> c = story("Myanmar's military said its troops recaptured two towns from rebel fighters. "
        + "The National Unity Government said 12 soldiers were killed in the fighting.");
    speaks(said(c, "recaptured two towns"), "mil.burma", "military", "burma");
    speaks(said(c, "12 soldiers"), "ucdp.8060", "armed_group", "ucdp.8060");
  }

  @Test
  void ethiopiaAndTheFanoMilitia() {
    List<Claim> c = story("The Ethiopian army said it killed 300 Fano militia fighters in Amhara. "
        + "Fano said its forces had captured the town.");
    speaks(said(c, "300 Fano"), "mil.ethiopia", "military", "ethiopia");
    speaks(said(c, "captured the town"), "ucdp.8118", "armed_group", "ucdp.8118");
  }

  @Test
  void yemenGovernmentAgainstTheHouthisAndTheirOpponentsSupporters() {
    List<Claim> c = story("The Houthis said they fired missiles at government troops near Marib. "
        + "The Yemeni government said 15 of its soldiers were killed in the attack.");
    speaks(said(c, "fired missiles"), "ucdp.1091", "armed_group", "ucdp.1091");
    speaks(said(c, "15 of its soldiers"), "gov.yemen", "government", "yemen");
  }

  @Test
  void syriaGovernmentAndHtsWithRussiaAsASupporter() {
    List<Claim> c = story("Syrian troops shelled rebel positions in Idlib, the Syrian army said. "
        + "HTS said 11 of its fighters were killed. The Russian defence ministry said its jets struck militant bases.");
    speaks(said(c, "shelled rebel positions"), "mil.syria", "military", "syria");
    Attribution russia = said(c, "its jets struck");
    assertEquals("russia", russia.identity().standing().side(), russia.toString());
    assertEquals(true, russia.identity().standing().supporter(), russia.toString());
  }

  @Test
  void russiaAndUkraine() {
    List<Claim> c = story("The Russian defence ministry said its forces shot down 30 Ukrainian drones overnight. "
        + "Ukraine's military said Russian troops shelled Kharkiv, killing four civilians.");
    speaks(said(c, "30 Ukrainian drones"), "min.defence.russia", "ministry", "russia");
    speaks(said(c, "shelled Kharkiv"), "mil.ukraine", "military", "ukraine");
    assertEquals("ucdp.conflict.13243", said(c, "shelled Kharkiv").identity().standing().conflict());
  }

  @Test
  void aForeignBodyQuotedInPassingIsNoPartyToItsOwnCountrysConflicts() {
    List<Claim> c = story("Russian troops shelled Kharkiv overnight, Ukraine's military said, and Russian forces "
        + "attacked Kupiansk, Ukrainian officials said. The Pentagon said it was watching the fighting closely.");
    Attribution pentagon = said(c, "watching the fighting");
    assertEquals("united_states", pentagon.identity().country(), pentagon.toString());
    assertEquals(Standing.NONE, pentagon.identity().standing(), pentagon.toString());
  }

  @Test
  void theSahelMaliArmyAgainstJnim() {
    List<Claim> c = story("The Malian army said it killed dozens of JNIM militants in central Mali. "
        + "JNIM said its fighters had ambushed a military convoy.");
    speaks(said(c, "dozens of JNIM"), "mil.mali", "military", "mali");
    speaks(said(c, "ambushed a military convoy"), "ucdp.6716", "armed_group", "ucdp.6716");
  }

  @Test
  void drCongoArmyAgainstM23() {
    List<Claim> c = story("M23 said its rebels had seized the town of Rubaya after heavy fighting. "
        + "DR Congo's army said it had repelled the rebel offensive near Goma.");
    speaks(said(c, "seized the town"), "ucdp.1160", "armed_group", "ucdp.1160");
    Attribution army = said(c, "repelled the rebel offensive");
    assertEquals("drc", army.identity().country(), army.toString());
    assertEquals("drc", army.identity().standing().side(), army.toString());
  }

  @Test
  void anEarthquakeInACountryAtWarHasNoParties() {
    List<Claim> c = story("A magnitude 6.3 earthquake struck western Afghanistan, killing 1,000 people, "
        + "the Afghan government said. Residents said entire villages were destroyed.");
    Attribution gov = said(c, "earthquake struck");
    assertEquals("afghanistan", gov.identity().country(), gov.toString());
    assertEquals(Standing.NONE, gov.identity().standing(), gov.toString());
    assertEquals("crowd", said(c, "entire villages").identity().fineKind());
  }

  @Test
  void aCrimeStoryInACountryAtWarHasNoParties() {
    List<Claim> c = story("Kyiv police said a man was arrested after a shooting at a cafe killed two people. "
        + "Ukrainian prosecutors said the suspect had a criminal record.");
    Attribution police = said(c, "was arrested");
    assertEquals("ukraine", police.identity().country(), police.toString());
    assertEquals(Standing.NONE, police.identity().standing(), police.toString());
  }

  @Test
  void aGenericPhraseIsTheBodyOfTheCountryTheStoryIsAbout() {
    List<Claim> c = story("Floods swept through northern Nigeria on Monday. The health ministry said 50 people "
        + "died, according to figures shared with Reuters.");
    assertEquals("nigeria", said(c, "50 people").identity().country());
    List<Claim> none = story("The health ministry said 50 people died in the floods.");
    assertEquals("", said(none, "50 people").identity().country(), "no country named: the phrase stays generic");
  }

  @Test
  void anAcronymNeedsContext() {
    List<Claim> c = story("The RSF index ranks press freedom in 180 countries. "
        + "Analysts said the ranking had fallen.");
    assertFalse(c.stream().anyMatch(x -> x.attribution().identity().actorId().equals("ucdp.8635")), c.toString());
    List<Claim> war = story("RSF said its fighters took control of the army base in Darfur.");
    speaks(said(war, "took control"), "ucdp.8635", "armed_group", "ucdp.8635");
  }
}
