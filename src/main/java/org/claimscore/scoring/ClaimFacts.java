package org.claimscore.scoring;

import java.util.List;

/**
 * Everything a rule may test about one claim, flattened into plain fields so that editors can
 * write {@code ClaimFacts( type == "casualty", partyToConflict, independentSources < 2 )}.
 * Cross-article evidence is computed before the rules run; rules stay per-claim.
 *
 * @param claimId the claim
 * @param articleId the article it was found in
 * @param type claim type label: casualty, materiel_loss, territorial_control, event, statement,
 *     analysis, prediction, opinion, background
 * @param factual false for analysis, prediction and opinion
 * @param text the claim's sentence
 * @param speaker normalised speaker name, or "" when unattributed
 * @param speakerKind the coarse kind the shipped rules test: person, organisation, government,
 *     media, social_media, anonymous, crowd, media_reports, unknown, none
 *     (see {@code speakerFineKind} for the knowledge's own kind)
 * @param role the speaker's role as the text gives it, or ""
 * @param partyToConflict true when the speaker is a party to a conflict the claim's event belongs to
 * @param side the party id the speaker stands for ("russia", "sudan", "ucdp.123"), or ""
 * @param interest self_serving, against_interest or neutral
 * @param verb the reporting verb, or ""
 * @param verbStrength confirming, neutral, distancing or none
 * @param channel statement, telegram, tv, video, social_media, or ""
 * @param directQuote true for a direct quote of the speaker
 * @param via an outlet the source is cited through, or ""
 * @param hedged true when the claim carries a hedge
 * @param hedges the hedges, lower case
 * @param figures how many exact (not vague) figures the claim gives
 * @param casualtyFigure true when it gives a figure of people killed, wounded or lost
 * @param supportingArticles how many other articles state the same thing
 * @param independentOrigins origin families reporting it, its own included
 * @param independentSources independent primary sources backing the proposition
 * @param contradictingArticles how many articles contradict it
 * @param contradictedByIndependent a source that is not a party to the conflict contradicts it
 * @param evidenceFlags cross-article findings: inconsistent-figures, attribution-stripped, figure-update
 * @param qualified true when the article itself casts doubt on it
 * @param qualifiers the doubting phrases
 * @param articleCues provenance cues of its article: machine-summary-disclaimer, wire-service, ...
 * @param articleDerived true when its article copies or rewrites another article of the batch
 * @param sourceLetter Admiralty reliability letter A-F of the original source
 * @param speakerFineKind the knowledge's kind of the speaker: military, ministry, agency,
 *     head_of_state, state_media, news_agency, armed_group, international_org, ngo, monitor,
 *     research, outlet, crowd, ...; for a speaker the knowledge does not know, its coarse kind
 * @param speakerCountry the speaker's country id, or ""
 * @param conflict the id of the event's conflict the speaker is a party to, or ""
 * @param supporter true when the speaker is a party as a supporter of a side
 *
 * <p>Design decision: {@code speakerKind} stays coarse, so the shipped rules mean what they always
 * meant; the knowledge's finer kind is a field of its own, {@code speakerFineKind}, for rules
 * that need it.
 */
public record ClaimFacts(
    String claimId,
    String articleId,
    String type,
    boolean factual,
    String text,
    String speaker,
    String speakerKind,
    String role,
    boolean partyToConflict,
    String side,
    String interest,
    String verb,
    String verbStrength,
    String channel,
    boolean directQuote,
    String via,
    boolean hedged,
    List<String> hedges,
    int figures,
    boolean casualtyFigure,
    int supportingArticles,
    int independentOrigins,
    int independentSources,
    int contradictingArticles,
    boolean contradictedByIndependent,
    List<String> evidenceFlags,
    boolean qualified,
    List<String> qualifiers,
    List<String> articleCues,
    boolean articleDerived,
    String sourceLetter,
    String speakerFineKind,
    String speakerCountry,
    String conflict,
    boolean supporter) {

  public ClaimFacts {
    hedges = List.copyOf(hedges);
    evidenceFlags = List.copyOf(evidenceFlags);
    qualifiers = List.copyOf(qualifiers);
    articleCues = List.copyOf(articleCues);
  }

  public boolean contradicted() {
    return contradictingArticles > 0;
  }
}
