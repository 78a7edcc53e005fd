package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.SpeakerKind;
import org.junit.jupiter.api.Test;

class PropositionCorroboratorScaleTest {

  private static final String[] VERBS = {"shelled", "struck", "attacked", "mined", "bombed", "raided", "hit", "burned"};
  private static final String[] THINGS = {"depot", "bridge", "refinery", "airfield", "station", "school", "port", "dam"};

  private static List<Claim> batch(int articles) {
    List<Claim> claims = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      for (int k = 0; k < 5; k++) {
        int topic = (a * 5 + k) % (articles / 2 + 1);
        String place = "Town" + topic;
        String text = "Forces " + VERBS[topic % VERBS.length] + " the " + THINGS[(topic / 8) % THINGS.length]
            + " in " + place + " killing " + (topic % 90 + 2) + " people, officials said.";
        TestClaims article = TestClaims.article("a" + a, text);
        claims.add(article.claim(k + 1, ClaimType.CASUALTY, text).by("officials", SpeakerKind.ANONYMOUS, "")
            .places(place).number(topic % 90 + 2, "killed").build());
      }
    }
    return claims;
  }

  @Test
  void timeGrowsNearLinearlyWithTheBatch() {
    PropositionCorroborator corroborator = new PropositionCorroborator();
    corroborator.corroborate(batch(1000), Map.of());
    for (int articles : new int[] {4000, 8000, 16000}) {
      List<Claim> claims = batch(articles);
      long start = System.nanoTime();
      CorroborationResult result = corroborator.corroborate(claims, Map.of());
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("corroboration scale: %d articles, %d claims, %d clusters, %d ms%n",
          articles, claims.size(), result.clusters().size(), ms);
      assertEquals(claims.size(), result.byClaim().size());
    }
  }
}
