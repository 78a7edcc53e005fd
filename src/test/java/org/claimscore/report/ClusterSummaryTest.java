package org.claimscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Identity;
import org.claimscore.claims.Interest;
import org.claimscore.claims.Quantity;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.claims.VerbStrength;
import org.claimscore.corroboration.ClaimCluster;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.ingest.Article;
import org.claimscore.scoring.Score;
import org.claimscore.scoring.ScoredClaim;
import org.claimscore.text.Span;
import org.junit.jupiter.api.Test;

class ClusterSummaryTest {

  private final List<ScoredClaim> claims = new ArrayList<>();

  private void claim(String id, String speaker, String cluster, Quantity... figures) {
    String article = id.substring(0, id.indexOf('#'));
    String text = "Claim " + id + ".";
    Span span = new Span(0, text.length());
    Attribution by = speaker.isEmpty() ? Attribution.NONE : new Attribution(speaker, span, SpeakerKind.ORGANISATION, "",
        Identity.NONE, "said", VerbStrength.NEUTRAL, "", false, "");
    Claim c = new Claim(id, article, 1, ClaimType.CASUALTY, span, text, by, Interest.NEUTRAL, List.of(),
        List.of(figures), List.of(), List.of(), List.of());
    claims.add(new ScoredClaim(c, new Corroboration(id, cluster, List.of(), 1, 1, List.of(), false, List.of()),
        new Score(id, 50, "F3", List.of(), List.of())));
  }

  private static Quantity q(long value, String unit, Quantity.Qualifier qualifier) {
    return new Quantity(value, value, unit, qualifier, new Span(0, 1));
  }

  private static Quantity q(long value, String unit) {
    return q(value, unit, Quantity.Qualifier.EXACT);
  }

  private static Article article(String id, String outlet) {
    return new Article(id, outlet, null, null, "", "text", id + ".txt");
  }

  @Test
  void figuresRunFromTheSmallestCountToTheLargestWithWhoGaveEachAndTheClustersAgainst() {
    claim("wire#1", "", "wire#1", q(1, "killed"), q(5, "wounded"));
    claim("paper#1", "disaster agency", "wire#1", q(24, "killed"), q(249, "wounded"));
    claim("local#1", "", "wire#1", q(5, "killed"), q(0, "house", Quantity.Qualifier.VAGUE));
    claim("blog#1", "", "wire#1", q(24, "killed", Quantity.Qualifier.AT_LEAST), q(3, "killed"));
    claim("ngo#1", "aid workers", "ngo#1", q(0, "killed"));
    ClaimCluster toll = new ClaimCluster("wire#1", List.of("blog#1", "local#1", "paper#1", "wire#1"),
        List.of("blog", "local", "paper", "wire"), List.of("blog", "local", "paper", "wire"), List.of(), "",
        List.of("ngo#1"));
    ClaimCluster none = new ClaimCluster("ngo#1", List.of("ngo#1"), List.of("ngo"), List.of("ngo"), List.of(), "",
        List.of("wire#1"));
    ScoredBatch part = new ScoredBatch(List.of(article("blog", "unknown"), article("local", "Local Post"),
        article("ngo", "unknown"), article("paper", "The Paper"), article("wire", "Wire")), List.of(), Map.of(),
        Map.of(), Map.of(), Map.of(), claims, List.of(none, toll));

    ClusterSummary summary = new ClusterSummary(part);

    assertEquals("killed: 1 (Wire) -> 3 (blog) -> 5 (Local Post) -> 24 (disaster agency) -> >=24 (blog); "
        + "wounded: 5 (Wire) -> 249 (disaster agency)", summary.figures(toll),
        "deaths first (four claims give them), an unattributed figure named by its outlet or, unknown, its article,"
            + " a vague one left out");
    assertEquals(List.of("ngo#1: killed: 0 (aid workers)"), summary.contradictedBy(toll));
    assertEquals(List.of("wire#1: " + summary.figures(toll)), summary.contradictedBy(none));
  }

  @Test
  void manyVoicesForOneFigureAreNamedThreeAndCounted() {
    for (String a : List.of("a", "b", "c", "d", "e")) {
      claim(a + "#1", "", "a#1", q(7, "tank"));
    }
    ClaimCluster tanks = new ClaimCluster("a#1", List.of("a#1", "b#1", "c#1", "d#1", "e#1"),
        List.of("a", "b", "c", "d", "e"), List.of("a"), List.of(), "", List.of());
    ScoredBatch part = new ScoredBatch(List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), claims,
        List.of(tanks));

    assertEquals("tank: 7 (a, b, c, and 2 more)", new ClusterSummary(part).figures(tanks));
    assertEquals(List.of(), new ClusterSummary(part).contradictedBy(tanks));
  }
}
