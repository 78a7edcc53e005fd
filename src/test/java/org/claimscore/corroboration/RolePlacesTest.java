package org.claimscore.corroboration;

import static org.claimscore.claims.ClaimType.CASUALTY;
import static org.claimscore.claims.ClaimType.STATEMENT;
import static org.claimscore.claims.SpeakerKind.PERSON;
import static org.claimscore.claims.SpeakerKind.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.claims.Claim;
import org.claimscore.language.TestLanguage;
import org.junit.jupiter.api.Test;

/**
 * A place a speaker's role names ("the commissioner of Lakeland county") is where the speaker answers
 * for: it counts as shared with another claim that names it, while the rest of who speaks never does.
 */
class RolePlacesTest {

  private static final String TOLL =
      "Mr Doran, the commissioner of Lakeland county in Vale state, said that 12 people had been killed.";
  private static final String NONE =
      "Relief workers said no one was killed in the raid, contrary to early estimates from the Vale state government.";

  private static CorroborationResult corroborate(Claim... claims) {
    return new PropositionCorroborator(TestLanguage.shipped()).corroborate(List.of(claims), Map.of());
  }

  private static Claim nobodyKilled() {
    return TestClaims.article("relief", NONE).claim(1, CASUALTY, NONE)
        .by("relief workers", PERSON, "").number(0, "killed").build();
  }

  @Test
  void aTollByTheCommissionerOfACountyIsContradictedByNobodyKilledThatNamesTheCountysState() {
    Claim toll = TestClaims.article("local", TOLL).claim(1, CASUALTY, TOLL)
        .by("Peter Doran", PERSON, "", "commissioner of Lakeland county in Vale state").number(12, "killed").build();
    Claim none = nobodyKilled();

    CorroborationResult result = corroborate(toll, none);

    assertEquals(List.of("contradicted"), result.byClaim().get(toll.id()).flags());
    assertEquals(List.of("relief"), result.byClaim().get(toll.id()).contradictingArticles());
    assertEquals(List.of("contradicted"), result.byClaim().get(none.id()).flags());
  }

  @Test
  void theSameTollMatchesAlikeWhenItsSpeakerIsNotKnownToHaveARole() {
    Claim toll = TestClaims.article("local", TOLL).claim(1, CASUALTY, TOLL)
        .by("Mr Doran", UNKNOWN, "").number(12, "killed").build();
    Claim none = nobodyKilled();

    CorroborationResult result = corroborate(toll, none);

    assertEquals(List.of("contradicted"), result.byClaim().get(toll.id()).flags());
    assertEquals(List.of("relief"), result.byClaim().get(toll.id()).contradictingArticles());
  }

  @Test
  void twoStatementsOfOneCommissionerShareNothingByTheCountyOfHisTitle() {
    String bridge =
        "Peter Doran, the commissioner of Lakeland county in Vale state, said the bridge would reopen in May.";
    String school =
        "The commissioner of Lakeland county in Vale state, Peter Doran, said teachers would be paid on time.";
    Claim one = TestClaims.article("one", bridge).claim(1, STATEMENT, bridge)
        .by("Peter Doran", PERSON, "", "commissioner of Lakeland county in Vale state").build();
    Claim two = TestClaims.article("two", school).claim(1, STATEMENT, school)
        .by("Peter Doran", PERSON, "", "commissioner of Lakeland county in Vale state").build();

    CorroborationResult result = corroborate(one, two);

    assertEquals(List.of(), result.byClaim().get(one.id()).supportingArticles());
    assertNotEquals(result.byClaim().get(one.id()).clusterId(), result.byClaim().get(two.id()).clusterId());
  }

  private static int rolePlaces(String role) {
    String text = "Ann Cole, " + role + ", said so.";
    Claim claim = TestClaims.article("a", text).claim(1, STATEMENT, text).by("Ann Cole", PERSON, "", role).build();
    return new ClaimFeatures.Factory(Map.of(), Map.of(), Set.of(), FeatureWords.of(TestLanguage.shipped()))
        .of(claim).rolePlaces().length;
  }

  @Test
  void aRoleNamesAPlaceByANameBesideAWordOfItsKind() {
    assertEquals(2, rolePlaces("commissioner of Lakeland county in North Vale state"));
    assertEquals(1, rolePlaces("Lakeland County District Attorney"), "no district without a name of its own");
    assertEquals(1, rolePlaces("governor of the province of Vale"));
    assertEquals(1, rolePlaces("Ruritania's Vale region governor"), "the possessive is no part of the name");
    assertEquals(0, rolePlaces("chief analyst at the University of Glasgow"), "a university is no place's kind");
    assertEquals(0, rolePlaces("state prosecutor"), "a kind of place without a name names none");
  }
}
