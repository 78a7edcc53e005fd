package org.claimscore.scoring;

import java.util.List;
import java.util.Set;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.language.Language;
import org.claimscore.provenance.ArticleOrigin;

/** Flattens a claim, its cross-article evidence and its article's origin into the {@link ClaimFacts} rules see. */
public final class ClaimFactsBuilder {

  private final SourceRegistry sources;
  private final Set<String> casualtyUnits;

  /**
   * A builder grading speakers with {@code sources}; a definite figure in one of
   * {@code casualtyUnits} (the language's casualty-units.txt) makes a casualty figure.
   */
  public ClaimFactsBuilder(SourceRegistry sources, Set<String> casualtyUnits) {
    this.sources = sources;
    this.casualtyUnits = Set.copyOf(casualtyUnits);
  }

  /** A builder with the casualty units of {@code language}. */
  public static ClaimFactsBuilder of(SourceRegistry sources, Language language) {
    return new ClaimFactsBuilder(sources, Set.copyOf(language.list("casualty-units.txt")));
  }

  /** The facts of one claim in an article of an unknown outlet and no record; see {@link #facts(Claim, Corroboration, ArticleOrigin, ArticleRecord)}. */
  public ClaimFacts facts(Claim claim, Corroboration evidence, ArticleOrigin origin) {
    return facts(claim, evidence, origin, ArticleRecord.UNKNOWN);
  }

  /**
   * The facts of one claim. A missing {@code evidence} counts as {@link Corroboration#alone}; a
   * missing {@code origin} as an original article without cues.
   */
  public ClaimFacts facts(Claim claim, Corroboration evidence, ArticleOrigin origin, ArticleRecord article) {
    Corroboration ev = evidence != null ? evidence : Corroboration.alone(claim.id());
    var a = claim.attribution();
    List<Quantity> definite = claim.numbers().stream().filter(q -> !q.vague()).toList();
    boolean casualtyFigure = definite.stream().anyMatch(q -> casualtyUnits.contains(q.unit()))
        || (claim.type() == ClaimType.CASUALTY && !definite.isEmpty());
    return ClaimFacts.builder()
        .claimId(claim.id())
        .articleId(claim.articleId())
        .type(claim.type().label())
        .factual(claim.type().factual())
        .text(claim.text())
        .speaker(a.speaker())
        .speakerKind(a.kind().label())
        .role(a.role())
        .partyToConflict(a.partyToConflict())
        .side(a.side())
        .interest(claim.interest().label())
        .verb(a.verb())
        .verbStrength(a.verbStrength().label())
        .channel(a.channel())
        .directQuote(a.directQuote())
        .via(a.via())
        .hedged(claim.hedged())
        .hedges(claim.hedges())
        .figures(definite.size())
        .casualtyFigure(casualtyFigure)
        .supportingArticles(ev.supportingArticles().size())
        .independentOrigins(ev.independentOrigins())
        .independentSources(ev.independentSources())
        .contradictingArticles(ev.contradictingArticles().size())
        .contradictedByIndependent(ev.contradictedByIndependent())
        .evidenceFlags(ev.flags())
        .qualified(!claim.qualifiers().isEmpty())
        .qualifiers(claim.qualifiers())
        .articleCues(origin != null ? origin.cues() : List.of())
        .articleDerived(origin != null && origin.derived())
        .sourceLetter(sources.letter(a))
        .speakerFineKind(a.identity().fineKind())
        .speakerCountry(a.identity().country())
        .conflict(a.conflict())
        .supporter(a.supporter())
        .outletLetter(article.outletLetter())
        .articleBackedPercent(article.backedPercentOfOthers(claim.type().factual(),
            ArticleRecord.backed(claim.type().factual(), ev.independentOrigins())))
        .build();
  }

  /**
   * Neutral facts for rule tests: a factual event claim by a named person without a role, said with
   * a neutral verb, reported by its own origin only, letter D, in an article of an unknown outlet (F) whose other
   * claims nobody else reports. Only "Reported by a single origin
   * family" and "Confirmed only with two independent primary sources" fire on it.
   */
  public static ClaimFacts neutral(String claimId) {
    return ClaimFacts.builder()
        .claimId(claimId).articleId("article").type("event").factual(true).text("")
        .speaker("A. Speaker").speakerKind("person").role("").partyToConflict(false).side("").interest("neutral")
        .verb("said").verbStrength("neutral").channel("").directQuote(false).via("")
        .hedged(false).hedges(List.of()).figures(0).casualtyFigure(false)
        .supportingArticles(0).independentOrigins(1).independentSources(1).contradictingArticles(0)
        .contradictedByIndependent(false).evidenceFlags(List.of())
        .qualified(false).qualifiers(List.of()).articleCues(List.of()).articleDerived(false)
        .sourceLetter("D").speakerFineKind("person").speakerCountry("").conflict("").supporter(false)
        .outletLetter("F").articleBackedPercent(0)
        .build();
  }
}
