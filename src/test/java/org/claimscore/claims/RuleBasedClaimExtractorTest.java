package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.numbers;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.claimscore.ingest.Article;
import org.claimscore.language.Language;
import org.junit.jupiter.api.Test;

class RuleBasedClaimExtractorTest {

  private static final Path SEEDS = Path.of("fixtures/kursk-raid-2024");

  private static List<Claim> seed(String stem) throws Exception {
    Path p = SEEDS.resolve(stem + ".txt");
    Article a = new Article(stem, "unknown", null, null, null, Files.readString(p), p.toString());
    return Extraction.claims(a);
  }

  @Test
  void everySentenceBoilerplatePhraseInAnyCaseYieldsNoClaim() throws Exception {
    java.util.Map<String, String> boilerplate = Language.load(Path.of("rules"), "rules").table("boilerplate.csv");
    for (String phrase : boilerplate.keySet()) {
      if (!boilerplate.get(phrase).equals("sentence")) {
        continue;
      }
      for (String written : List.of(phrase, phrase.toUpperCase(java.util.Locale.ROOT), "Re" + phrase)) {
        String sentence = "The ministry said on Monday that " + written + " appeared under the long report.";
        assertEquals(List.of(), text(sentence), sentence);
      }
    }
    assertEquals(1, text("The ministry said on Monday that the report appeared under the long headline.").size());
  }

  @Test
  void claim1_234KilledIsTheMinistrysSelfServingFigure() throws Exception {
    Claim c = find(seed("004_6a2b5a429b439ddd"), "killed 234 fighters");
    assertEquals(ClaimType.CASUALTY, c.type());
    assertEquals("Russian defence ministry", c.attribution().speaker());
    assertEquals(SpeakerKind.GOVERNMENT, c.attribution().kind());
    assertEquals("russia", c.attribution().side());
    assertEquals(VerbStrength.NEUTRAL, c.attribution().verbStrength());
    assertEquals(Interest.SELF_SERVING, c.interest());
    assertEquals(List.of("234 killed"), numbers(c));
    assertEquals(List.of(), c.hedges());
  }

  @Test
  void claim1And3_003QualifiesItsOwnFigure() throws Exception {
    Claim c = find(seed("003_eeea51c4231d646a"), "234 soldiers, seven tanks");
    assertEquals(ClaimType.CASUALTY, c.type());
    assertEquals("russia", c.attribution().side());
    assertEquals(VerbStrength.DISTANCING, c.attribution().verbStrength());
    assertEquals(List.of("234 killed", "7 tank", "3 armoured_vehicle"), numbers(c));
    assertEquals(List.of("such numbers are notoriously unreliable"), c.qualifiers());
  }

  @Test
  void claim2_195KilledAndEquipment() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "killed 195 Ukrainian soldiers");
    assertEquals(ClaimType.CASUALTY, c.type());
    assertEquals("Russian defence ministry", c.attribution().speaker());
    assertEquals(VerbStrength.DISTANCING, c.attribution().verbStrength());
    assertEquals(List.of("195 killed", "5 tank", "4 armoured_vehicle", "234 killed"), numbers(c));
    Claim vague = find(seed("001_159d6d3fb7c6ebe6"), "killed 195");
    assertEquals(List.of("195 killed", "several tank"), numbers(vague));
  }

  @Test
  void claim3_004SevenTanksFiveArmouredVehicles() throws Exception {
    Claim c = find(seed("004_6a2b5a429b439ddd"), "lost seven tanks");
    assertEquals(ClaimType.MATERIEL_LOSS, c.type());
    assertEquals("Russian defence ministry", c.attribution().speaker());
    assertEquals(List.of("7 tank", "5 armoured_vehicle"), numbers(c));
    assertEquals(Interest.SELF_SERVING, c.interest());
  }

  @Test
  void claim4_isw() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "armoured vehicles, and drones");
    assertEquals(ClaimType.EVENT, c.type());
    assertEquals("Institute for the Study of War", c.attribution().speaker());
    assertEquals(SpeakerKind.ORGANISATION, c.attribution().kind());
    assertEquals("", c.attribution().side());
    assertEquals(Interest.NEUTRAL, c.interest());
    Claim misspelt = find(seed("000_ff52ee658b83113a"), "Insitute for the Study of War");
    assertEquals("Institute for the Study of War", misspelt.attribution().speaker());
  }

  @Test
  void claim5_legionTookTetkino() throws Exception {
    Claim c = find(seed("004_6a2b5a429b439ddd"), "taken full control of the town of Tetkino");
    assertEquals(ClaimType.TERRITORIAL_CONTROL, c.type());
    assertEquals("Freedom of Russia Legion", c.attribution().speaker());
    assertEquals("ucdp.8640", c.attribution().side());
    assertEquals("ucdp.conflict.399", c.attribution().conflict());
    assertEquals("telegram", c.attribution().channel());
    assertEquals(Interest.SELF_SERVING, c.interest());
    assertEquals(List.of("Tetkino", "Kursk"), c.places());
    Claim tiotkino = find(seed("003_eeea51c4231d646a"), "Tiotkino in the Kursk Oblast");
    assertTrue(tiotkino.places().contains("Tetkino"));
    assertTrue(tiotkino.places().contains("Lozova Rudka"), "claim 10 is in the same sentence");
    assertEquals("Ukrainian state media", tiotkino.attribution().speaker());
    assertEquals(SpeakerKind.MEDIA, tiotkino.attribution().kind());
  }

  @Test
  void claim6_allAttacksRepelledIsADirectQuote() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "all attacks by Ukrainian terrorists have been repelled");
    assertEquals(ClaimType.TERRITORIAL_CONTROL, c.type());
    assertEquals("Russian defence ministry", c.attribution().speaker());
    assertTrue(c.attribution().directQuote());
    assertEquals(Interest.SELF_SERVING, c.interest());
    assertTrue(c.qualifiers().get(0).contains("less clear than suggested by Russian authorities"));
    Claim governor = find(seed("004_6a2b5a429b439ddd"), "no breakthrough");
    assertEquals("Roman Starovoit", governor.attribution().speaker());
    assertEquals("social_media", governor.attribution().channel());
  }

  @Test
  void claim7_tackIsAHedgedIndependentAnalyst() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "still battles around Tetkino");
    assertEquals(ClaimType.TERRITORIAL_CONTROL, c.type());
    assertEquals("Sim Tack", c.attribution().speaker());
    assertEquals(SpeakerKind.PERSON, c.attribution().kind());
    assertEquals("chief military analyst at Force Analysis", c.attribution().role());
    assertEquals("", c.attribution().side());
    assertEquals(List.of("seem"), c.hedges());
    assertTrue(c.attribution().directQuote());
    Claim surname = find(seed("002_f871c10e5ad88397"), "obviously unattainable, Tack says");
    assertEquals("Sim Tack", surname.attribution().speaker());
    assertEquals(ClaimType.OPINION, surname.type());
  }

  @Test
  void claim8_nationalGuardAdmitsFighting() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "national guard said on Thursday");
    assertEquals("Russia's national guard", c.attribution().speaker());
    assertEquals("russia", c.attribution().side());
    assertEquals(Interest.AGAINST_INTEREST, c.interest());
    assertEquals(List.of("Kursk"), c.places());
  }

  @Test
  void claim9_evacuationCallIsAStatement() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "called on Russian authorities to evacuate");
    assertEquals(ClaimType.STATEMENT, c.type());
    assertEquals("statement", c.attribution().channel());
    assertEquals("ucdp.8640", c.attribution().side());
    Claim rewrite = find(seed("001_159d6d3fb7c6ebe6"), "urged Russian authorities to evacuate");
    assertEquals(ClaimType.STATEMENT, rewrite.type());
  }

  @Test
  void claim11_drones_hedgedAndSecondHand() throws Exception {
    List<Claim> claims = seed("004_6a2b5a429b439ddd");
    Claim two = find(claims, "hit two Russian oil facilities");
    assertEquals(ClaimType.EVENT, two.type());
    assertEquals(List.of("reportedly"), two.hedges());
    assertEquals(List.of("2 oil_facility"), numbers(two));
    Claim refinery = find(claims, "Nizhny Novgorod region");
    assertEquals(SpeakerKind.MEDIA_REPORTS, refinery.attribution().kind());
    assertEquals(List.of("reportedly", "according to media reports"), refinery.hedges());
    assertEquals(List.of("1 drone", "~500 mile"), numbers(refinery));
    assertEquals(List.of("Nizhny Novgorod"), refinery.places());
    Claim depot = find(claims, "oil depot in Oryol");
    assertEquals(List.of("Oryol"), depot.places());
  }

  @Test
  void claim12_historicalFigureAlleged() throws Exception {
    Claim c = find(seed("004_6a2b5a429b439ddd"), "more than 70 of the attackers");
    assertEquals(ClaimType.CASUALTY, c.type());
    assertEquals("Russian officials", c.attribution().speaker());
    assertEquals(SpeakerKind.ANONYMOUS, c.attribution().kind());
    assertEquals("russia", c.attribution().side());
    assertEquals(VerbStrength.DISTANCING, c.attribution().verbStrength());
    assertEquals(List.of("several militant", ">70 attacker"), numbers(c));
  }

  @Test
  void claim13_landmines() throws Exception {
    Claim c = find(seed("003_eeea51c4231d646a"), "landmines");
    assertEquals(ClaimType.EVENT, c.type());
    assertEquals("ukraine", c.attribution().side());
    assertEquals(List.of("Belgorod"), c.places());
  }

  @Test
  void claim14_aliyevAnalysis() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "very similar to what happened");
    assertEquals(ClaimType.ANALYSIS, c.type());
    assertEquals("Huseyn Aliyev", c.attribution().speaker());
    assertEquals("specialist in the Russia-Ukraine war at the University of Glasgow", c.attribution().role());
    Claim line = find(seed("002_f871c10e5ad88397"), "about twenty kilometres");
    assertEquals("Huseyn Aliyev", line.attribution().speaker());
    assertEquals(List.of("~20 km"), numbers(line));
  }

  @Test
  void claim15_fasolaPrediction() throws Exception {
    Claim c = find(seed("002_f871c10e5ad88397"), "will likely cement");
    assertEquals(ClaimType.PREDICTION, c.type());
    assertEquals("Nicolo Fasola", c.attribution().speaker());
    assertFalse(c.type().factual());
  }

  @Test
  void idsCountFromOneInTextOrderAndSpansMatch() throws Exception {
    Path p = SEEDS.resolve("002_f871c10e5ad88397.txt");
    String text = Files.readString(p);
    List<Claim> claims = seed("002_f871c10e5ad88397");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      assertEquals("002_f871c10e5ad88397#" + (i + 1), c.id());
      assertEquals(c.text(), c.span().of(text));
      if (c.attribution().speakerSpan() != null) {
        assertTrue(c.attribution().speakerSpan().end() <= text.length());
      }
      if (i > 0) {
        assertTrue(claims.get(i - 1).span().start() < c.span().start());
      }
    }
  }

  @Test
  void boilerplateAndHeadingsYieldNoClaims() throws Exception {
    String[] boiler = {
      "A version of this story appeared in the daily Threat Status newsletter from The Washington Times.",
      "Click here to receive Threat Status delivered directly to your inbox each weekday.",
      "Please read our comment policy before commenting.",
      "Ben Wolfgang can be reached at someone@example.com.",
      "• This story is based in part on wire service reports.",
      "This article has been translated from the original in French.",
      "Note: The information provided in this article is based on the text provided by the user and does not"
          + " represent current or real-world events.",
      "Tags",
      "Real Time Analytics",
      "Pro-Ukraine Exiled Russian Fighters Launch Attacks",
      "An attempt to influence the Russian election?",
    };
    for (String b : boiler) {
      assertEquals(List.of(), text(b), b);
    }
    List<Claim> claims = seed("004_6a2b5a429b439ddd");
    assertTrue(claims.stream().noneMatch(c -> c.text().contains("Click here") || c.text().contains("reached at")));
  }

  @Test
  void leadingAndTrailingAttribution() {
    Claim lead = text("According to the Institute for the Study of War, the attackers used tanks.").get(0);
    assertEquals("Institute for the Study of War", lead.attribution().speaker());
    assertEquals("According to", lead.attribution().verb());
    Claim trail = text("The attackers used tanks, according to Russian officials.").get(0);
    assertEquals(SpeakerKind.ANONYMOUS, trail.attribution().kind());
    assertEquals("russia", trail.attribution().side());
    Claim via = text("The Legion claimed it wanted to influence the vote, according to the Moscow Times.").get(0);
    assertEquals("Freedom of Russia Legion", via.attribution().speaker());
    assertEquals("Moscow Times", via.attribution().via());
    Claim none = text("Fighting continued near the border on Tuesday.").get(0);
    assertEquals(Attribution.NONE, none.attribution());
  }

  @Test
  void eachClaimNamesTheSieveThatFoundItsSpeaker() {
    List<Claim> claims = text("Sim Tack, chief military analyst at Force Analysis, said the raid was small. "
        + "He said the fighting would end soon. The attackers used tanks, according to Russian officials. "
        + "\"We repelled every attack on the border villages,\" said the Russian defence ministry. "
        + "Fighting continued near the border on Tuesday.");
    assertEquals(List.of("apposition", "pronoun", "according-to", "inverted-said", ""),
        claims.stream().map(c -> c.attribution().attributedBy()).toList());
  }

  @Test
  void pronounsAndSurnamesResolveToTheLastNamedSpeaker() {
    List<Claim> claims = text("Sim Tack, chief military analyst at Force Analysis, said the raid was small. "
        + "He said the fighting would end soon. Tack noted the tanks withdrew.");
    assertEquals(3, claims.size());
    for (Claim c : claims) {
      assertEquals("Sim Tack", c.attribution().speaker());
      assertEquals("chief military analyst at Force Analysis", c.attribution().role());
    }
    assertEquals(ClaimType.PREDICTION, claims.get(1).type());
  }

  @Test
  void toldTelevisionAndToldAnOutlet() {
    Claim tv = text("Alexei Baranovsky told Ukrainian television that the raid was timed for the elections.").get(0);
    assertEquals("tv", tv.attribution().channel());
    assertEquals("Alexei Baranovsky", tv.attribution().speaker());
    Claim outlet = text("Andrii Yusov told Ukrainska Pravda that the groups act on their own.").get(0);
    assertEquals("Ukrainska Pravda", outlet.attribution().via());
  }

  @Test
  void verbStrengthFromTheLexicon() {
    assertEquals(VerbStrength.CONFIRMING,
        text("The Kursk governor confirmed that Tetkino was under fire.").get(0).attribution().verbStrength());
    Claim admitted = text("The Kursk governor confirmed that Tetkino was under fire.").get(0);
    assertEquals(Interest.AGAINST_INTEREST, admitted.interest());
    assertEquals(VerbStrength.DISTANCING,
        text("The Kremlin insisted that the border was secure.").get(0).attribution().verbStrength());
  }

  @Test
  void unknownOrganisationIsUnknownKind() {
    Claim c = text("The Kharkiv Human Rights Group said two civilians were wounded.").get(0);
    assertEquals(SpeakerKind.UNKNOWN, c.attribution().kind());
    assertEquals(List.of("2 wounded"), numbers(c));
  }

  @Test
  void numbersQualifiersRangesAndDates() {
    Claim c = text("Officials said at least 12 civilians were killed and up to 40 soldiers died, while"
        + " 500-1,300 fighters were wounded on March 12, 2024.").get(0);
    assertEquals(List.of(">=12 killed", "<=40 killed", "500-1300 wounded"), numbers(c));
    Claim words = text("The attackers lost seven tanks, and three armoured fighting vehicles in 2023.").get(0);
    assertEquals(List.of("7 tank", "3 armoured_vehicle"), numbers(words));
    Claim vague = text("Dozens of drones hit the second refinery.").get(0);
    assertEquals(List.of("several drone"), numbers(vague));
  }

  @Test
  void qualifierSentenceJudgesTheNamedPartysEarlierClaims() {
    List<Claim> claims = text("The Russian defence ministry said all attacks were repelled. "
        + "Sim Tack said fighting continues around the village. "
        + "The situation appears to be less clear than claimed by Russian authorities.");
    assertEquals(1, claims.get(0).qualifiers().size());
    assertEquals(List.of(), claims.get(1).qualifiers());
  }

  @Test
  void hostileInputNeverThrowsAndSpansStayInside() {
    Random random = new Random(42);
    String alphabet = "aZ “”\"'’.,;:!?-–—()[]\n\t\u0000\u0007\u200b\u00a01234567890 killed tanks said Tack Kursk ";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        if (random.nextInt(10) == 0) {
          sb.append((char) random.nextInt(0x3000));
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      assertSpansInside(sb.toString());
    }
    assertSpansInside("“Unbalanced quote said the ministry. “Another one. ” ” ” He said: “");
    assertSpansInside("99999999999999999999999 killed, 1,2,3,4,5 tanks - 7-3 drones 2023-2024 up to");
    String word = "killed 234 fighters said the Russian defence ministry in Tetkino ";
    assertSpansInside(word.repeat(200_000 / word.length() + 1));
  }

  private static void assertSpansInside(String text) {
    List<Claim> claims = text(text);
    for (Claim c : claims) {
      assertTrue(c.span().end() <= text.length());
      assertEquals(c.text(), c.span().of(text));
      if (c.attribution().speakerSpan() != null) {
        assertTrue(c.attribution().speakerSpan().end() <= text.length());
      }
      for (Quantity q : c.numbers()) {
        assertTrue(c.span().contains(q.span()), "figure outside its claim: " + q);
      }
    }
  }

  @Test
  void aRoleThenANameBetweenCommasIsAPersonWithThatRole() {
    Claim c = text("The governor of the Nizhny Novgorod region, Gleb Nikitin, said a Ukrainian drone struck a "
        + "Russian oil refinery on Tuesday.").get(0);
    assertEquals("Gleb Nikitin", c.attribution().speaker());
    assertEquals(SpeakerKind.PERSON, c.attribution().kind());
    assertEquals("governor of the Nizhny Novgorod region", c.attribution().role());
    assertEquals("said", c.attribution().verb());
  }
}
