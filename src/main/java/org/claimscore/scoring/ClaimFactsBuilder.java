package org.claimscore.scoring;

import java.util.List;
import java.util.Set;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.provenance.ArticleOrigin;

/** Flattens a claim, its cross-article evidence and its article's origin into the {@link ClaimFacts} rules see. */
public final class ClaimFactsBuilder {

  /** Units whose figure counts people killed, wounded or lost. */
  static final Set<String> CASUALTY_UNITS =
      Set.of("killed", "wounded", "soldier", "fighter", "attacker", "civilian", "child", "troop");

  private ClaimFactsBuilder() {}

  /**
   * The facts of one claim. A missing {@code evidence} counts as {@link Corroboration#alone}; a
   * missing {@code origin} as an original article without cues.
   */
  public static ClaimFacts of(Claim claim, Corroboration evidence, ArticleOrigin origin, SourceRegistry sources) {
    Corroboration ev = evidence != null ? evidence : Corroboration.alone(claim.id());
    var a = claim.attribution();
    List<Quantity> definite = claim.numbers().stream().filter(q -> !q.vague()).toList();
    boolean casualtyFigure = definite.stream().anyMatch(q -> CASUALTY_UNITS.contains(q.unit()))
        || (claim.type() == ClaimType.CASUALTY && !definite.isEmpty());
    return new ClaimFacts(
        claim.id(),
        claim.articleId(),
        claim.type().label(),
        claim.type().factual(),
        claim.text(),
        a.speaker(),
        a.kind().label(),
        a.role(),
        a.partyToConflict(),
        a.side(),
        claim.interest().label(),
        a.verb(),
        a.verbStrength().label(),
        a.channel(),
        a.directQuote(),
        a.via(),
        claim.hedged(),
        claim.hedges(),
        definite.size(),
        casualtyFigure,
        ev.supportingArticles().size(),
        ev.independentOrigins(),
        ev.independentSources(),
        ev.contradictingArticles().size(),
        ev.contradictedByIndependent(),
        ev.flags(),
        !claim.qualifiers().isEmpty(),
        claim.qualifiers(),
        origin != null ? origin.cues() : List.of(),
        origin != null && origin.derived(),
        sources.letter(a),
        a.identity().fineKind(),
        a.identity().country(),
        a.conflict(),
        a.supporter());
  }

  /**
   * Neutral facts for rule tests: a factual event claim by a named person without a role, said with
   * a neutral verb, reported by its own origin only, letter D. Only "Reported by a single origin
   * family" and "Confirmed only with two independent primary sources" fire on it.
   */
  public static ClaimFacts neutral(String claimId) {
    return new ClaimFacts(claimId, "article", "event", true, "", "A. Speaker", "person", "", false, "", "neutral",
        "said", "neutral", "", false, "", false, List.of(), 0, false, 0, 1, 1, 0, false, List.of(), false, List.of(),
        List.of(), false, "D", "person", "", "", false);
  }
}
