package org.claimscore.corroboration;

import static org.claimscore.claims.ClaimType.ANALYSIS;
import static org.claimscore.claims.ClaimType.CASUALTY;
import static org.claimscore.claims.ClaimType.EVENT;
import static org.claimscore.claims.ClaimType.MATERIEL_LOSS;
import static org.claimscore.claims.ClaimType.STATEMENT;
import static org.claimscore.claims.ClaimType.TERRITORIAL_CONTROL;
import static org.claimscore.claims.SpeakerKind.GOVERNMENT;
import static org.claimscore.claims.SpeakerKind.MEDIA;
import static org.claimscore.claims.SpeakerKind.ORGANISATION;
import static org.claimscore.claims.SpeakerKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.language.TestLanguage;
import org.claimscore.provenance.ArticleOrigin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropositionCorroboratorTest {

  private static final String MINISTRY = "Russian defence ministry";
  private static final String ISW = "Institute for the Study of War";
  private static final String LEGION = "Freedom of Russia Legion";
  private static final String TACK = "Sim Tack";

  private static final TestClaims A000 = TestClaims.seed("000");
  private static final TestClaims A001 = TestClaims.seed("001");
  private static final TestClaims A002 = TestClaims.seed("002");
  private static final TestClaims A003 = TestClaims.seed("003");
  private static final TestClaims A004 = TestClaims.seed("004");

  /** The seed families as the provenance stage finds them. */
  private static final Map<String, ArticleOrigin> ORIGINS = Map.of(
      A000.articleId(), new ArticleOrigin(A000.articleId(), A002.articleId(), A002.articleId(), 0.596, List.of()),
      A001.articleId(), new ArticleOrigin(A001.articleId(), A002.articleId(), A002.articleId(), 0.409, List.of()),
      A002.articleId(), new ArticleOrigin(A002.articleId(), A002.articleId(), "", 0, List.of()),
      A003.articleId(), new ArticleOrigin(A003.articleId(), A003.articleId(), "", 0, List.of()),
      A004.articleId(), new ArticleOrigin(A004.articleId(), A004.articleId(), "", 0, List.of()));

  private static final Claim C000_ISW = A000.claim(1, EVENT, "According to researchers from the Insitute for the "
      + "Study of War, a Washington-based research group used tanks, armored vehicles, and drones to carry out these "
      + "operations").by(ISW, ORGANISATION, "", "a Washington-based research group").build();
  private static final Claim C000_REPELLED = A000.claim(2, EVENT, "The Russian ministry of defense thanked Russian "
      + "soldiers and said that all attacks by Ukrainian terrorists have been repelled").by(MINISTRY, GOVERNMENT, "russia")
      .build();
  private static final Claim C000_TACK = A000.claim(3, ANALYSIS, "pro-Ukrainian forces and the battles surrounding "
      + "Tetkino seem capable of controlling part of this locality").by(TACK, PERSON, "",
      "chief military analyst at Force Analysis").places("Tetkino").hedges("seem").build();
  private static final Claim C000_LOSSES = A000.claim(4, CASUALTY, "The Russian defense ministry said that its forces "
      + "had killed 195 Ukrainian soldiers and destroyed five tanks and four armored infantry vehicles two days after "
      + "claiming to have killed 234 Ukrainian soldiers in another border assault").by(MINISTRY, GOVERNMENT, "russia")
      .number(195, "soldier").number(5, "tank").number(4, "armoured_vehicle").number(234, "soldier").build();

  private static final Claim C001_SEIZED = A001.claim(1, TERRITORIAL_CONTROL, "pro-Ukrainian forces have carried out "
      + "cross-border raids into Russian territory, temporarily seizing control of a village in the border region of "
      + "Kursk").places("Kursk").build();
  private static final Claim C001_ISW = A001.claim(2, EVENT, "Analysts from the Institute for the Study of War have "
      + "reported that the attacks were supported by tanks, armored vehicles, and drones").by(ISW, ORGANISATION, "")
      .build();
  private static final Claim C001_TACK = A001.claim(3, ANALYSIS, "ongoing battles reported in Tetkino, signaling "
      + "pro-Ukrainian forces' ability to maintain control over parts of the village, according to Sim Tack")
      .by(TACK, PERSON, "").places("Tetkino").build();
  private static final Claim C001_LOSSES = A001.claim(4, CASUALTY, "the Russian defense ministry claiming to have "
      + "killed 195 Ukrainian soldiers and destroyed several tanks and armored infantry vehicles")
      .by(MINISTRY, GOVERNMENT, "russia").number(195, "soldier").several("tank").several("armoured_vehicle").build();

  private static final Claim C002_LEGION = A002.claim(1, TERRITORIAL_CONTROL, "Pro-Ukrainian forces even claimed on "
      + "Tuesday, March 12, to have taken full control of a Russian village").by(LEGION, ORGANISATION, "ukraine")
      .build();
  private static final Claim C002_ISW = A002.claim(2, EVENT, "These attacks were carried out with the support of "
      + "“tanks, armoured vehicles, and drones“, according to analysts from the Institute for the Study of War")
      .by(ISW, ORGANISATION, "").build();
  private static final Claim C002_REPELLED = A002.claim(3, EVENT, "“Thanks to the sacrifice of Russian soldiers, all "
      + "attacks by Ukrainian terrorists have been repelled,” affirmed the Russian ministry of defence")
      .by(MINISTRY, GOVERNMENT, "russia").build();
  private static final Claim C002_TACK = A002.claim(4, ANALYSIS, "“Currently, there are still battles around Tetkino "
      + "and pro-Ukrainian forces still seem capable of controlling part of this locality,” says Sim Tack")
      .by(TACK, PERSON, "").places("Tetkino").hedges("seem").build();
  private static final Claim C002_LOSSES = A002.claim(5, CASUALTY, "The Russian defence ministry claimed its troops "
      + "killed 195 Ukrainian soldiers and destroyed five tanks and four armoured infantry vehicles, two days after "
      + "saying it killed 234 Ukrainian troops in another border assault").by(MINISTRY, GOVERNMENT, "russia")
      .number(195, "soldier").number(5, "tank").number(4, "armoured_vehicle").number(234, "soldier").build();

  private static final Claim C003_ATTACK = A003.claim(1, EVENT, "Tuesday morning’s attack which is alleged to have "
      + "involved the coordination of several units including tanks").hedges("alleged").build();
  private static final Claim C003_CAPTURED = A003.claim(2, TERRITORIAL_CONTROL, "Ukrainian state media meanwhile "
      + "claims the Kyiv-armed Russian paramilitaries — what they call “liberation forces — have captured the border "
      + "village of Tiotkino in the Kursk Oblast and the border town of Lozova Rudka in Belgorod")
      .by("Ukrainian state media", MEDIA, "ukraine").places("Tetkino", "Kursk", "Lozova Rudka", "Belgorod").build();
  private static final Claim C003_LOSSES = A003.claim(3, CASUALTY, "Russia claimed to have “destroyed” 234 soldiers, "
      + "seven tanks, and three armoured fighting vehicles during the fighting").by(MINISTRY, GOVERNMENT, "russia")
      .number(234, "soldier").number(7, "tank").number(3, "armoured_vehicle").build();
  private static final Claim C003_DENIES = A003.claim(4, EVENT, "Russia also denies the claim by the rebels that they "
      + "held the village of Tiotkino, claiming to have repulsed the assault").by("Russia", GOVERNMENT, "russia")
      .places("Tetkino").build();

  private static final Claim C004_LEGION = A004.claim(1, TERRITORIAL_CONTROL, "The Freedom for Russia Legion said on "
      + "its Telegram channel that it had taken full control of the town of Tetkino in Russia’s Kursk region")
      .by(LEGION, ORGANISATION, "ukraine").places("Tetkino", "Kursk").build();
  private static final Claim C004_GOVERNOR = A004.claim(2, EVENT, "There was a shooting battle, but there was no "
      + "breakthrough").by("Roman Starovoit", PERSON, "russia", "governor of Russia's Kursk region").build();
  private static final Claim C004_KILLED = A004.claim(3, CASUALTY, "the Russian Defense Ministry said that its "
      + "military and security forces killed 234 fighters while thwarting the incursion")
      .by(MINISTRY, GOVERNMENT, "russia").number(234, "fighter").build();
  private static final Claim C004_LOST = A004.claim(4, MATERIEL_LOSS, "It also said the attackers lost seven tanks "
      + "and five armored vehicles").by(MINISTRY, GOVERNMENT, "russia").number(7, "tank").number(5, "armored_vehicle")
      .build();

  private static final List<Claim> SEED_CLAIMS = List.of(
      C000_ISW, C000_REPELLED, C000_TACK, C000_LOSSES,
      C001_SEIZED, C001_ISW, C001_TACK, C001_LOSSES,
      C002_LEGION, C002_ISW, C002_REPELLED, C002_TACK, C002_LOSSES,
      C003_ATTACK, C003_CAPTURED, C003_LOSSES, C003_DENIES,
      C004_LEGION, C004_GOVERNOR, C004_KILLED, C004_LOST);

  private static CorroborationResult seeds;

  @BeforeAll
  static void corroborateSeeds() {
    seeds = new PropositionCorroborator(TestLanguage.shipped()).corroborate(SEED_CLAIMS, ORIGINS);
  }

  private static Corroboration of(Claim claim) {
    return seeds.byClaim().get(claim.id());
  }

  private static List<String> articles(TestClaims... articles) {
    return java.util.Arrays.stream(articles).map(TestClaims::articleId).sorted().toList();
  }

  @Test
  void everyClaimHasEvidence() {
    assertEquals(SEED_CLAIMS.size(), seeds.byClaim().size());
  }

  @Test
  void ministryFigureRepeatedByThreeOriginsHasOneSource() {
    for (Claim c : List.of(C002_LOSSES, C003_LOSSES, C004_KILLED)) {
      assertEquals(3, of(c).independentOrigins(), c.id());
      assertEquals(1, of(c).independentSources(), c.id());
    }
    assertEquals(articles(A000, A001, A003, A004), of(C002_LOSSES).supportingArticles());
    assertEquals(articles(A000, A002, A003), of(C004_KILLED).supportingArticles());
  }

  @Test
  void sameStatementWithDifferentFiguresIsInconsistent() {
    assertTrue(of(C003_LOSSES).flags().contains("inconsistent-figures"));
    assertTrue(of(C004_LOST).flags().contains("inconsistent-figures"));
    assertEquals(articles(A004), of(C003_LOSSES).contradictingArticles());
    assertEquals(articles(A003), of(C004_LOST).contradictingArticles());
    assertFalse(of(C004_LOST).contradictedByIndependent());
  }

  @Test
  void aSentenceMixingTwoStatementsIsNotInconsistent() {
    assertEquals(List.of(), of(C002_LOSSES).flags());
    assertEquals(List.of(), of(C000_LOSSES).flags());
    assertEquals(List.of(), of(C002_LOSSES).contradictingArticles());
  }

  @Test
  void vagueFigureSupportsAndNeverContradictsTheExactOne() {
    assertEquals(articles(A000, A002), of(C001_LOSSES).supportingArticles());
    assertEquals(List.of(), of(C001_LOSSES).contradictingArticles());
    assertEquals(List.of(), of(C001_LOSSES).flags());
    assertEquals(1, of(C001_LOSSES).independentOrigins());
  }

  @Test
  void independentAnalystsClaimReachesTwoSourcesAndTheRewritesCountOnce() {
    for (Claim c : List.of(C000_ISW, C001_ISW, C002_ISW)) {
      assertEquals(2, of(c).independentOrigins(), c.id());
      assertEquals(2, of(c).independentSources(), c.id());
      assertTrue(of(c).supportingArticles().contains(A003.articleId()), c.id());
    }
    assertEquals(articles(A000, A001, A003), of(C002_ISW).supportingArticles());
  }

  @Test
  void legionsControlOfTetkinoIsContradictedByPartiesOnly() {
    Corroboration legion = of(C004_LEGION);

    assertEquals(articles(A000, A002, A003, A004), legion.contradictingArticles());
    assertFalse(legion.contradictedByIndependent());
    assertTrue(legion.supportingArticles().containsAll(articles(A002, A003)));
  }

  @Test
  void aWordOfTakingIsNoClaimOfGroundUnlessTheClaimIsOfControlOrNamesAPlace() {
    String talk = "Ukrainian officials have talked of taking the fight to Russian soil.";
    String surprise = "Baranovsky said Russian border forces had been taken by surprise by the assault.";
    String control = "The fighters said they took control of a town just over the border.";
    TestClaims article = TestClaims.article("x", talk + " " + surprise + " " + control);
    Claim talked = article.claim(1, EVENT, talk).build();
    Claim surprised = article.claim(2, STATEMENT, surprise).by("Alexei Baranovsky", PERSON, "ukraine").build();
    Claim town = article.claim(3, TERRITORIAL_CONTROL, control).by(LEGION, ORGANISATION, "ukraine").build();
    CorroborationResult r = new PropositionCorroborator(TestLanguage.shipped())
        .corroborate(List.of(C000_REPELLED, talked, surprised, town), ORIGINS);
    assertEquals(List.of(), r.byClaim().get(talked.id()).contradictingArticles());
    assertEquals(List.of(), r.byClaim().get(surprised.id()).contradictingArticles());
    assertEquals(articles(A000), r.byClaim().get(town.id()).contradictingArticles());
  }

  @Test
  void ministrysAllRepelledIsContradictedByTheIndependentAnalyst() {
    for (Claim c : List.of(C000_REPELLED, C002_REPELLED)) {
      assertTrue(of(c).contradictedByIndependent(), c.id());
      assertTrue(of(c).contradictingArticles().containsAll(articles(A000, A001, A002, A004)), c.id());
    }
    assertFalse(of(C004_GOVERNOR).contradictingArticles().isEmpty());
  }

  @Test
  void bareFactInADerivedArticleIsAttributionStrippedAndNoSource() {
    Corroboration seized = of(C001_SEIZED);

    assertEquals(List.of("attribution-stripped", "contradicted"), seized.flags(),
        "stated as fact by a rewrite, and the ministry says the attack was repelled");
    assertTrue(seized.supportingArticles().contains(A002.articleId()));
    // Only the Legion's side backs it: 002's own unattributed lede is the same reporter as 001, not a source.
    assertEquals(1, seized.independentSources());
    assertFalse(of(C004_LEGION).flags().contains("attribution-stripped"), "the Legion's own claim is attributed");
    assertFalse(of(C002_LEGION).flags().contains("attribution-stripped"), "the Legion's own claim is attributed");
  }

  @Test
  void aStatementEveryOtherOriginAttributesIsAttributionStrippedWhereToldAsFact() {
    String fact = "An Antonov bomber dropped four bombs on the refugee camp near the border.";
    String residents = "Residents said an Antonov bomber dropped four bombs on the refugee camp near the border.";
    String aid = "An Antonov bomber dropped four bombs on the refugee camp near the border, aid workers said.";
    Claim bare = TestClaims.article("paper", fact).claim(1, EVENT, fact).number(4, "bomb").build();
    Claim byResidents = TestClaims.article("wire", residents).claim(1, EVENT, residents)
        .by("residents", PERSON, "").number(4, "bomb").build();
    Claim byAidWorkers = TestClaims.article("agency", aid).claim(1, EVENT, aid)
        .by("aid workers", PERSON, "").number(4, "bomb").build();
    Claim alsoBare = TestClaims.article("other", fact).claim(1, EVENT, fact).number(4, "bomb").build();
    PropositionCorroborator corroborator = new PropositionCorroborator(TestLanguage.shipped());

    CorroborationResult result = corroborator.corroborate(List.of(bare, byResidents, byAidWorkers), Map.of());
    CorroborationResult withAnotherBare =
        corroborator.corroborate(List.of(bare, byResidents, byAidWorkers, alsoBare), Map.of());
    CorroborationResult withOneAttributing = corroborator.corroborate(List.of(bare, byResidents), Map.of());

    assertEquals(List.of("attribution-stripped"), result.byClaim().get(bare.id()).flags(),
        "the two other origins both name who says so");
    assertEquals(List.of(), withAnotherBare.byClaim().get(bare.id()).flags(), "another origin also states it as fact");
    assertEquals(List.of(), withOneAttributing.byClaim().get(bare.id()).flags(), "one attributing origin is not enough");
  }

  @Test
  void clustersGatherTheClaimsThatMatchTheirLeaderWithFigureRanges() {
    ClaimCluster losses = seeds.clusters().stream()
        .filter(c -> c.claimIds().contains(C002_LOSSES.id())).findFirst().orElseThrow();

    assertEquals(C000_LOSSES.id(), losses.id(), "the first claim in article order leads");
    assertEquals(of(C002_LOSSES).clusterId(), losses.id());
    assertEquals(List.of(C000_LOSSES.id(), C001_LOSSES.id(), C002_LOSSES.id(), C003_LOSSES.id(), C004_KILLED.id())
        .stream().sorted().toList(), losses.claimIds());
    assertEquals(List.of(MINISTRY), losses.primarySources());
    assertEquals("3-4 armored_vehicle; 195-234 killed; 5-7 tank", losses.figures());
    assertEquals(List.of(A002.articleId(), A003.articleId(), A004.articleId()), losses.families());
    // 7 tanks and 5 vehicles shares no figure with the leader's statement: a cluster of its own,
    // linked to 003's report of the same statement as an inconsistency, not as support.
    assertTrue(!losses.claimIds().contains(C004_LOST.id()));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Claim> shuffled = new ArrayList<>(SEED_CLAIMS);
    Collections.shuffle(shuffled, new java.util.Random(7));

    assertEquals(seeds, new PropositionCorroborator(TestLanguage.shipped()).corroborate(shuffled, ORIGINS));
  }

  @Test
  void noClaimsGiveNoEvidence() {
    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(), ORIGINS);

    assertTrue(result.byClaim().isEmpty());
    assertTrue(result.clusters().isEmpty());
  }

  @Test
  void aClaimNothingRepeatsStandsAloneEvenWithoutAnOrigin() {
    TestClaims only = TestClaims.article("solo", "Ukrainian drones hit an oil depot in Oryol on Tuesday.");
    Claim claim = only.claim(1, EVENT, "Ukrainian drones hit an oil depot in Oryol on Tuesday.")
        .places("Oryol").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(claim), Map.of());

    assertEquals(Corroboration.alone(claim.id()), result.byClaim().get(claim.id()));
  }

  @Test
  void aRisingTollIsAnUpdateNotAContradiction() {
    TestClaims early = TestClaims.article("early", "At least 12 people were killed in the missile strike on Kharkiv.");
    TestClaims later = TestClaims.article("later", "The death toll from the missile strike on Kharkiv rose to 40.");
    Claim first = early.claim(1, CASUALTY, "At least 12 people were killed in the missile strike on Kharkiv.")
        .places("Kharkiv").number(12, "killed").build();
    Claim second = later.claim(1, CASUALTY, "The death toll from the missile strike on Kharkiv rose to 40.")
        .places("Kharkiv").number(40, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(second, first), Map.of());

    assertEquals(List.of("figure-update"), result.byClaim().get(first.id()).flags(), "the first count is superseded");
    assertEquals(List.of(), result.byClaim().get(second.id()).flags(), "the later count is the one to keep");
    for (Claim c : List.of(first, second)) {
      assertEquals(List.of(), result.byClaim().get(c.id()).contradictingArticles(), c.id());
    }
    assertEquals(result.byClaim().get(first.id()).clusterId(), result.byClaim().get(second.id()).clusterId());
  }

  @Test
  void withoutACueTheLargerTollOfOneIncidentSupersedesTheSmaller() {
    TestClaims one = TestClaims.article("one", "Officials said 12 people were killed in the missile strike on Kharkiv.");
    TestClaims two = TestClaims.article("two", "Officials said 40 people were killed in the missile strike on Kharkiv.");
    Claim a = one.claim(1, CASUALTY, "Officials said 12 people were killed in the missile strike on Kharkiv.")
        .places("Kharkiv").number(12, "killed").build();
    Claim b = two.claim(1, CASUALTY, "Officials said 40 people were killed in the missile strike on Kharkiv.")
        .places("Kharkiv").number(40, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(a, b), Map.of());

    assertEquals(List.of("figure-update"), result.byClaim().get(a.id()).flags());
    assertEquals(List.of(), result.byClaim().get(b.id()).flags());
    assertEquals(List.of(), result.byClaim().get(a.id()).supportingArticles(), "an update is not support");
    assertEquals(List.of(), result.byClaim().get(a.id()).contradictingArticles());
  }

  @Test
  void anOutletNamedInTwoTollsIsNoGroundThatTheyCountOneIncident() {
    TestClaims one = TestClaims.article("one", "Rescuers found 12 bodies after the landslide.");
    TestClaims two = TestClaims.article("two", "Hundreds of people died when the ferry sank.");
    Claim landslide = one.claim(1, CASUALTY, "Rescuers found 12 bodies after the landslide.")
        .actors("People").number(12, "killed").build();
    Claim ferry = two.claim(1, CASUALTY, "Hundreds of people died when the ferry sank.")
        .actors("People").number(300, "killed").build();
    Claim ferryByCoastGuard = two.claim(1, CASUALTY, "Hundreds of people died when the ferry sank.")
        .actors("Coast Guard").number(300, "killed").build();
    Claim landslideByCoastGuard = one.claim(1, CASUALTY, "Rescuers found 12 bodies after the landslide.")
        .actors("Coast Guard").number(12, "killed").build();
    PropositionCorroborator knowingOutlets =
        new PropositionCorroborator(Map.of(), Set.of("People", "Reuters"), TestLanguage.shipped());

    CorroborationResult blind = new PropositionCorroborator(TestLanguage.shipped())
        .corroborate(List.of(landslide, ferry), Map.of());
    CorroborationResult result = knowingOutlets.corroborate(List.of(landslide, ferry), Map.of());
    CorroborationResult byActor = knowingOutlets.corroborate(List.of(landslideByCoastGuard, ferryByCoastGuard), Map.of());

    assertEquals(List.of("figure-update"), blind.byClaim().get(landslide.id()).flags(),
        "a shared actor alone makes two tolls one incident");
    assertEquals(Corroboration.alone(landslide.id()), result.byClaim().get(landslide.id()));
    assertEquals(Corroboration.alone(ferry.id()), result.byClaim().get(ferry.id()));
    assertEquals(List.of("figure-update"), byActor.byClaim().get(landslideByCoastGuard.id()).flags(),
        "an actor that is no outlet still does");
  }

  @Test
  void oneVoiceGivingTwoTollsWithoutACueMayBeCountingTwoIncidents() {
    TestClaims one = TestClaims.article("one", "The ministry said 12 soldiers were killed near Tetkino.");
    TestClaims two = TestClaims.article("two", "The ministry said 40 soldiers were killed near Tetkino.");
    Claim a = one.claim(1, CASUALTY, "The ministry said 12 soldiers were killed near Tetkino.")
        .by(MINISTRY, GOVERNMENT, "russia").places("Tetkino").number(12, "killed").build();
    Claim b = two.claim(1, CASUALTY, "The ministry said 40 soldiers were killed near Tetkino.")
        .by(MINISTRY, GOVERNMENT, "russia").places("Tetkino").number(40, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(a, b), Map.of());

    assertEquals(Corroboration.alone(a.id()), result.byClaim().get(a.id()));
    assertEquals(Corroboration.alone(b.id()), result.byClaim().get(b.id()));
  }

  @Test
  void nobodyKilledAgainstATollIsAContradiction() {
    TestClaims one = TestClaims.article("one", "A local official said at least 12 people were killed at the camp.");
    TestClaims two = TestClaims.article("two", "Aid workers at the camp said no one was killed.");
    Claim toll = one.claim(1, CASUALTY, "A local official said at least 12 people were killed at the camp.")
        .places("Yida").number(12, "killed").build();
    Claim none = two.claim(1, CASUALTY, "Aid workers at the camp said no one was killed.")
        .places("Yida").number(0, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(toll, none), Map.of());

    for (Claim c : List.of(toll, none)) {
      assertEquals(List.of("contradicted"), result.byClaim().get(c.id()).flags(), c.id());
      assertEquals(1, result.byClaim().get(c.id()).contradictingArticles().size(), c.id());
    }
    assertNotEquals(result.byClaim().get(toll.id()).clusterId(), result.byClaim().get(none.id()).clusterId());
  }

  @Test
  void atLeastFortyIsBackedByFortySevenButNotByTwelve() {
    TestClaims one = TestClaims.article("one", "At least 40 people were killed in the quake in Aceh, officials said.");
    TestClaims two = TestClaims.article("two", "The quake in Aceh killed 47 people.");
    TestClaims three = TestClaims.article("three", "Twelve people were killed in the quake in Aceh.");
    Claim atLeast = one.claim(1, CASUALTY, "At least 40 people were killed in the quake in Aceh, officials said.")
        .places("Aceh").number(40, "killed", Quantity.Qualifier.AT_LEAST).build();
    Claim exact = two.claim(1, CASUALTY, "The quake in Aceh killed 47 people.")
        .places("Aceh").number(47, "killed").build();
    Claim low = three.claim(1, CASUALTY, "Twelve people were killed in the quake in Aceh.")
        .places("Aceh").number(12, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(atLeast, exact, low), Map.of());

    assertEquals(List.of("two"), result.byClaim().get(atLeast.id()).supportingArticles());
    assertEquals(List.of("one"), result.byClaim().get(exact.id()).supportingArticles());
    assertEquals(List.of(), result.byClaim().get(low.id()).supportingArticles());
    assertEquals(List.of("figure-update"), result.byClaim().get(low.id()).flags(), "12 is an earlier, smaller count");
  }

  @Test
  void aBoundThatRoundsTheExactCountIsTheSameCountNotAnEarlierOne() {
    String rounded = "More than 200 people were injured in the quake in Aceh, the agency said.";
    String exact = "The quake in Aceh injured 249 people, the agency said on Wednesday.";
    String early = "At least 3 people were injured in the quake in Aceh.";
    Claim moreThan = TestClaims.article("rounded", rounded).claim(1, CASUALTY, rounded).places("Aceh")
        .number(200, "wounded", Quantity.Qualifier.MORE_THAN).build();
    Claim count = TestClaims.article("exact", exact).claim(1, CASUALTY, exact).places("Aceh")
        .number(249, "wounded").build();
    Claim atLeastThree = TestClaims.article("early", early).claim(1, CASUALTY, early).places("Aceh")
        .number(3, "wounded", Quantity.Qualifier.AT_LEAST).build();

    CorroborationResult result =
        new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(moreThan, count, atLeastThree), Map.of());

    assertEquals(List.of(), result.byClaim().get(moreThan.id()).flags(), "more than 200 is 249 in rounder words");
    assertTrue(result.byClaim().get(moreThan.id()).supportingArticles().contains("exact"), "249 backs it");
    assertEquals(List.of("figure-update"), result.byClaim().get(atLeastThree.id()).flags(),
        "at least 3 beside 249 is an earlier count");
    assertEquals(List.of(), result.byClaim().get(count.id()).flags());
  }

  @Test
  void aTollToldWithLittleElseIsTheStorysOwnToll() {
    String bare = "The island's governor said 50 were injured.";
    String later = "The governor-general of the province said 80 people were wounded in the quake on Qeshm island.";
    String otherStrike = "Hours before, three young men who were cousins died when their car was hit near the market.";
    String noReports = "There were no immediate reports of casualties.";
    Claim fifty = TestClaims.article("bare", bare).claim(1, CASUALTY, bare)
        .by("Ali Rezaei", PERSON, "", "the island's governor").number(50, "wounded").build();
    Claim eighty = TestClaims.article("later", later).claim(1, CASUALTY, later)
        .by("Reza Karimi", PERSON, "", "governor-general of the province").places("Qeshm").number(80, "wounded").build();
    Claim three = TestClaims.article("strike", otherStrike).claim(1, CASUALTY, otherStrike)
        .number(3, "killed").build();
    Claim forty = TestClaims.article("school", "A shell killed 40 people at the school in Jabaliya.")
        .claim(1, CASUALTY, "A shell killed 40 people at the school in Jabaliya.").places("Jabaliya")
        .number(40, "killed").build();
    Claim none = TestClaims.article("early", noReports).claim(1, CASUALTY, noReports).number(0, "casualty").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped())
        .corroborate(List.of(fifty, eighty, three, forty, none), Map.of());

    assertEquals(List.of("figure-update"), result.byClaim().get(fifty.id()).flags(),
        "50 injured, told with nothing else, is the quake's toll that 80 overtook");
    assertEquals(List.of(), result.byClaim().get(three.id()).flags(),
        "three killed in a car, told with its own story, is another incident");
    assertEquals(List.of(), result.byClaim().get(forty.id()).flags(),
        "no reports of casualties, told alone, is an early report, not a contradiction");
    assertEquals(List.of(), result.byClaim().get(none.id()).contradictingArticles());
  }

  @Test
  void aSentenceCountingTheDeadTwiceGivesItsLargestCountAsItsToll() {
    String partial = "The quake killed six children at a school in Aceh, bringing the confirmed death toll to 11.";
    String fuller = "The national disaster agency said 24 people were killed in the quake in Aceh.";
    String earlier = "Five people were killed in the quake in Aceh.";
    Claim sixAndEleven = TestClaims.article("partial", partial).claim(1, CASUALTY, partial).places("Aceh")
        .number(6, "killed").number(11, "killed").build();
    Claim twentyFour = TestClaims.article("fuller", fuller).claim(1, CASUALTY, fuller)
        .by("national disaster agency", GOVERNMENT, "").places("Aceh").number(24, "killed").build();
    Claim five = TestClaims.article("earlier", earlier).claim(1, CASUALTY, earlier).places("Aceh")
        .number(5, "killed").build();

    CorroborationResult result =
        new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(sixAndEleven, twentyFour, five), Map.of());

    assertEquals(List.of("figure-update"), result.byClaim().get(sixAndEleven.id()).flags(), "11 is overtaken by 24");
    assertEquals(List.of("figure-update"), result.byClaim().get(five.id()).flags(), "5 is overtaken by 24");
    assertEquals(List.of(), result.byClaim().get(twentyFour.id()).flags());
    assertEquals(List.of(), result.byClaim().get(twentyFour.id()).contradictingArticles());
    assertNotEquals(result.byClaim().get(sixAndEleven.id()).clusterId(), result.byClaim().get(twentyFour.id()).clusterId(),
        "the toll's cluster does not gather a sentence that counts the dead twice");
  }

  @Test
  void aSentenceCountingTheDeadTwiceSupersedesNoSingleCount() {
    String war = "At least 43 people were killed at the school in Jabaliya, pushing the toll of the offensive to 680.";
    String school = "The UN agency put the toll of the shelling of the school in Jabaliya at 40.";
    Claim fortyThreeAnd680 = TestClaims.article("war", war).claim(1, CASUALTY, war).places("Jabaliya")
        .number(43, "killed", Quantity.Qualifier.AT_LEAST).number(680, "killed").build();
    Claim forty = TestClaims.article("school", school).claim(1, CASUALTY, school).places("Jabaliya")
        .number(40, "killed").build();

    CorroborationResult result =
        new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(fortyThreeAnd680, forty), Map.of());

    assertEquals(List.of(), result.byClaim().get(forty.id()).flags(), "680 is the offensive's toll, not the school's");
    assertEquals(List.of(), result.byClaim().get(fortyThreeAnd680.id()).flags());
  }

  @Test
  void aTollBesideTwoCountsOfTheWoundedIsStillComparedWithALaterToll() {
    String early = "Some 30 people were killed and 55 others injured, five of them critically, at the school in Jabaliya.";
    String later = "The toll at the school in Jabaliya rose to 40 killed, the UN agency said.";
    Claim first = TestClaims.article("early", early).claim(1, CASUALTY, early).places("Jabaliya")
        .number(30, "killed", Quantity.Qualifier.ABOUT).number(55, "wounded").number(5, "wounded").build();
    Claim second = TestClaims.article("later", later).claim(1, CASUALTY, later).places("Jabaliya")
        .number(40, "killed").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(first, second), Map.of());

    assertEquals(List.of("figure-update"), result.byClaim().get(first.id()).flags(), "30 is the earlier count");
    assertEquals(List.of(), result.byClaim().get(second.id()).flags());
  }

  @Test
  void vagueAmountAgainstExactFromTheSameSpeakerIsSupport() {
    TestClaims one = TestClaims.article("v", "The ministry said it destroyed several tanks near Tetkino.");
    TestClaims two = TestClaims.article("x", "The ministry said it destroyed five tanks near Tetkino.");
    Claim vague = one.claim(1, MATERIEL_LOSS, "The ministry said it destroyed several tanks near Tetkino.")
        .by(MINISTRY, GOVERNMENT, "russia").places("Tetkino").several("tank").build();
    Claim exact = two.claim(1, MATERIEL_LOSS, "The ministry said it destroyed five tanks near Tetkino.")
        .by(MINISTRY, GOVERNMENT, "russia").places("Tetkino").number(5, "tank").build();

    CorroborationResult result = new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(vague, exact), Map.of());

    Corroboration e = result.byClaim().get(vague.id());
    assertEquals(List.of("x"), e.supportingArticles());
    assertEquals(List.of(), e.contradictingArticles());
    assertEquals(List.of(), e.flags());
    assertEquals(2, e.independentOrigins());
    assertEquals(1, e.independentSources());
  }

  @Test
  void aPastIncidentsTollIsNeitherSupportNorUpdateOfTheEventsOwn() {
    TestClaims a = TestClaims.article("a", "Tuesday, July 2, 2013. The quake in Aceh killed 24 people. "
        + "In 2004, a quake off Aceh triggered a tsunami that killed 230,000 people.");
    TestClaims b = TestClaims.article("b", "July 2, 2013: twelve people were killed in the quake in Aceh.");
    TestClaims c = TestClaims.article("c", "The 2004 tsunami off Aceh killed 230,000 people.");
    Claim toll = a.claim(1, CASUALTY, "Tuesday, July 2, 2013. The quake in Aceh killed 24 people.")
        .places("Aceh").number(24, "killed").build();
    Claim tsunami = a.claim(2, CASUALTY, "In 2004, a quake off Aceh triggered a tsunami that killed 230,000 people.")
        .places("Aceh").number(230_000, "killed").build();
    Claim early = b.claim(1, CASUALTY, "July 2, 2013: twelve people were killed in the quake in Aceh.")
        .places("Aceh").number(12, "killed").build();
    Claim sameTsunami = c.claim(1, CASUALTY, "The 2004 tsunami off Aceh killed 230,000 people.")
        .places("Aceh").number(230_000, "killed").build();

    CorroborationResult result =
        new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(toll, tsunami, early, sameTsunami), Map.of());

    assertEquals(List.of(), result.byClaim().get(toll.id()).flags(), "24 is the latest count of this quake");
    assertEquals(List.of("figure-update"), result.byClaim().get(early.id()).flags(), "12 is superseded by 24");
    assertEquals(List.of("c"), result.byClaim().get(tsunami.id()).supportingArticles(), "2004 backs 2004 only");
    assertEquals(List.of(), result.byClaim().get(tsunami.id()).flags());
    assertEquals(result.byClaim().get(toll.id()).clusterId(), result.byClaim().get(early.id()).clusterId());
    assertNotEquals(result.byClaim().get(toll.id()).clusterId(), result.byClaim().get(tsunami.id()).clusterId());
  }

  @Test
  void noCasualtiesIsNobodyKilledOrWoundedAndItsClusterIsShownAgainstTheToll() {
    TestClaims agency = TestClaims.article("agency", "Fortunately there were no casualties, the agency said.");
    TestClaims ngo = TestClaims.article("ngo", "Aid workers at the camp said no one was killed.");
    TestClaims local = TestClaims.article("local", "A local official said 12 people were killed at the camp.");
    Claim noCasualties = agency.claim(1, CASUALTY, "Fortunately there were no casualties, the agency said.")
        .by("UN refugee agency", ORGANISATION, "").number(0, "casualty").build();
    Claim noneKilled = ngo.claim(1, CASUALTY, "Aid workers at the camp said no one was killed.")
        .by("aid workers", PERSON, "").places("Yida").number(0, "killed").build();
    Claim toll = local.claim(1, CASUALTY, "A local official said 12 people were killed at the camp.")
        .by("local official", PERSON, "").places("Yida").number(12, "killed").build();

    CorroborationResult result =
        new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(noCasualties, noneKilled, toll), Map.of());

    Corroboration none = result.byClaim().get(noCasualties.id());
    assertEquals(List.of("ngo"), none.supportingArticles(), "two ways of saying nobody was hurt back each other");
    assertEquals(2, none.independentOrigins());
    assertEquals(List.of("contradicted"), result.byClaim().get(toll.id()).flags());
    String tollCluster = result.byClaim().get(toll.id()).clusterId();
    String noneCluster = none.clusterId();
    for (ClaimCluster cluster : result.clusters()) {
      if (cluster.id().equals(tollCluster)) {
        assertEquals(List.of(noneCluster), cluster.contradictedBy());
      } else if (cluster.id().equals(noneCluster)) {
        assertEquals(List.of(tollCluster), cluster.contradictedBy());
      }
    }
    assertNotEquals(tollCluster, noneCluster);
  }
}
