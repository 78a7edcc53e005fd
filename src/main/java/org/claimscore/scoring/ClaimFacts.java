package org.claimscore.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a rule may test about one claim, flattened into plain fields so that editors can
 * write {@code ClaimFacts( type == "casualty", partyToConflict, independentSources < 2 )}.
 * Cross-article evidence is computed before the rules run; rules stay per-claim. {@link FactSchema}
 * lists the fields and the values each may take; the constructor refuses any other value, and
 * {@link #builder()} builds facts by name.
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
 * @param outletLetter Admiralty reliability letter A-F of the outlet that published the article, F
 *     when the knowledge does not know it
 * @param articleBackedPercent the share, in percent, of the other factual claims of its article that
 *     two or more independent origins report: the article's record on this story
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
    boolean supporter,
    String outletLetter,
    int articleBackedPercent) {

  public ClaimFacts {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(verbStrength, "verbStrength");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(sourceLetter, "sourceLetter");
    Objects.requireNonNull(speakerFineKind, "speakerFineKind");
    Objects.requireNonNull(speakerCountry, "speakerCountry");
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(outletLetter, "outletLetter");
    hedges = List.copyOf(hedges);
    evidenceFlags = List.copyOf(evidenceFlags);
    qualifiers = List.copyOf(qualifiers);
    articleCues = List.copyOf(articleCues);
    allowed("type", type);
    allowed("speakerKind", speakerKind);
    allowed("interest", interest);
    allowed("verbStrength", verbStrength);
    allowed("channel", channel);
    allowed("sourceLetter", sourceLetter);
    allowed("speakerFineKind", speakerFineKind);
    allowed("outletLetter", outletLetter);
    evidenceFlags.forEach(v -> allowed("evidenceFlags", v));
    articleCues.forEach(v -> allowed("articleCues", v));
    notNegative("figures", figures);
    notNegative("supportingArticles", supportingArticles);
    notNegative("independentOrigins", independentOrigins);
    notNegative("independentSources", independentSources);
    notNegative("contradictingArticles", contradictingArticles);
    notNegative("articleBackedPercent", articleBackedPercent);
    if (articleBackedPercent > 100) {
      throw new IllegalArgumentException("articleBackedPercent is above 100: " + articleBackedPercent);
    }
  }

  /** Facts built field by field, by name; {@link Builder#build} refuses to leave a field unset. */
  public static Builder builder() {
    return new Builder();
  }

  private static void allowed(String fact, String value) {
    if (!FactSchema.fact(fact).allows(value)) {
      throw new IllegalArgumentException(fact + " \"" + value + "\" is not one of "
          + FactSchema.fact(fact).values().closed());
    }
  }

  private static void notNegative(String fact, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(fact + " is negative: " + value);
    }
  }

  /** Builds {@link ClaimFacts} by field name, so that no two fields of one type can be swapped by position. */
  public static final class Builder {
    private final Set<String> unset = new LinkedHashSet<>(FactSchema.names());
    private String claimId;
    private String articleId;
    private String type;
    private boolean factual;
    private String text;
    private String speaker;
    private String speakerKind;
    private String role;
    private boolean partyToConflict;
    private String side;
    private String interest;
    private String verb;
    private String verbStrength;
    private String channel;
    private boolean directQuote;
    private String via;
    private boolean hedged;
    private List<String> hedges;
    private int figures;
    private boolean casualtyFigure;
    private int supportingArticles;
    private int independentOrigins;
    private int independentSources;
    private int contradictingArticles;
    private boolean contradictedByIndependent;
    private List<String> evidenceFlags;
    private boolean qualified;
    private List<String> qualifiers;
    private List<String> articleCues;
    private boolean articleDerived;
    private String sourceLetter;
    private String speakerFineKind;
    private String speakerCountry;
    private String conflict;
    private boolean supporter;
    private String outletLetter;
    private int articleBackedPercent;

    private Builder() {}

    public Builder claimId(String claimId) {
      this.claimId = claimId;
      unset.remove("claimId");
      return this;
    }

    public Builder articleId(String articleId) {
      this.articleId = articleId;
      unset.remove("articleId");
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      unset.remove("type");
      return this;
    }

    public Builder factual(boolean factual) {
      this.factual = factual;
      unset.remove("factual");
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      unset.remove("text");
      return this;
    }

    public Builder speaker(String speaker) {
      this.speaker = speaker;
      unset.remove("speaker");
      return this;
    }

    public Builder speakerKind(String speakerKind) {
      this.speakerKind = speakerKind;
      unset.remove("speakerKind");
      return this;
    }

    public Builder role(String role) {
      this.role = role;
      unset.remove("role");
      return this;
    }

    public Builder partyToConflict(boolean partyToConflict) {
      this.partyToConflict = partyToConflict;
      unset.remove("partyToConflict");
      return this;
    }

    public Builder side(String side) {
      this.side = side;
      unset.remove("side");
      return this;
    }

    public Builder interest(String interest) {
      this.interest = interest;
      unset.remove("interest");
      return this;
    }

    public Builder verb(String verb) {
      this.verb = verb;
      unset.remove("verb");
      return this;
    }

    public Builder verbStrength(String verbStrength) {
      this.verbStrength = verbStrength;
      unset.remove("verbStrength");
      return this;
    }

    public Builder channel(String channel) {
      this.channel = channel;
      unset.remove("channel");
      return this;
    }

    public Builder directQuote(boolean directQuote) {
      this.directQuote = directQuote;
      unset.remove("directQuote");
      return this;
    }

    public Builder via(String via) {
      this.via = via;
      unset.remove("via");
      return this;
    }

    public Builder hedged(boolean hedged) {
      this.hedged = hedged;
      unset.remove("hedged");
      return this;
    }

    public Builder hedges(List<String> hedges) {
      this.hedges = hedges;
      unset.remove("hedges");
      return this;
    }

    public Builder figures(int figures) {
      this.figures = figures;
      unset.remove("figures");
      return this;
    }

    public Builder casualtyFigure(boolean casualtyFigure) {
      this.casualtyFigure = casualtyFigure;
      unset.remove("casualtyFigure");
      return this;
    }

    public Builder supportingArticles(int supportingArticles) {
      this.supportingArticles = supportingArticles;
      unset.remove("supportingArticles");
      return this;
    }

    public Builder independentOrigins(int independentOrigins) {
      this.independentOrigins = independentOrigins;
      unset.remove("independentOrigins");
      return this;
    }

    public Builder independentSources(int independentSources) {
      this.independentSources = independentSources;
      unset.remove("independentSources");
      return this;
    }

    public Builder contradictingArticles(int contradictingArticles) {
      this.contradictingArticles = contradictingArticles;
      unset.remove("contradictingArticles");
      return this;
    }

    public Builder contradictedByIndependent(boolean contradictedByIndependent) {
      this.contradictedByIndependent = contradictedByIndependent;
      unset.remove("contradictedByIndependent");
      return this;
    }

    public Builder evidenceFlags(List<String> evidenceFlags) {
      this.evidenceFlags = evidenceFlags;
      unset.remove("evidenceFlags");
      return this;
    }

    public Builder qualified(boolean qualified) {
      this.qualified = qualified;
      unset.remove("qualified");
      return this;
    }

    public Builder qualifiers(List<String> qualifiers) {
      this.qualifiers = qualifiers;
      unset.remove("qualifiers");
      return this;
    }

    public Builder articleCues(List<String> articleCues) {
      this.articleCues = articleCues;
      unset.remove("articleCues");
      return this;
    }

    public Builder articleDerived(boolean articleDerived) {
      this.articleDerived = articleDerived;
      unset.remove("articleDerived");
      return this;
    }

    public Builder sourceLetter(String sourceLetter) {
      this.sourceLetter = sourceLetter;
      unset.remove("sourceLetter");
      return this;
    }

    public Builder speakerFineKind(String speakerFineKind) {
      this.speakerFineKind = speakerFineKind;
      unset.remove("speakerFineKind");
      return this;
    }

    public Builder speakerCountry(String speakerCountry) {
      this.speakerCountry = speakerCountry;
      unset.remove("speakerCountry");
      return this;
    }

    public Builder conflict(String conflict) {
      this.conflict = conflict;
      unset.remove("conflict");
      return this;
    }

    public Builder supporter(boolean supporter) {
      this.supporter = supporter;
      unset.remove("supporter");
      return this;
    }

    public Builder outletLetter(String outletLetter) {
      this.outletLetter = outletLetter;
      unset.remove("outletLetter");
      return this;
    }

    public Builder articleBackedPercent(int articleBackedPercent) {
      this.articleBackedPercent = articleBackedPercent;
      unset.remove("articleBackedPercent");
      return this;
    }

    /**
     * The facts.
     *
     * @throws IllegalStateException when a field was never set
     * @throws IllegalArgumentException when a value is not one the schema allows
     */
    public ClaimFacts build() {
      if (!unset.isEmpty()) {
        throw new IllegalStateException("facts not set: " + String.join(", ", unset));
      }
      return new ClaimFacts(claimId,
          articleId,
          type,
          factual,
          text,
          speaker,
          speakerKind,
          role,
          partyToConflict,
          side,
          interest,
          verb,
          verbStrength,
          channel,
          directQuote,
          via,
          hedged,
          hedges,
          figures,
          casualtyFigure,
          supportingArticles,
          independentOrigins,
          independentSources,
          contradictingArticles,
          contradictedByIndependent,
          evidenceFlags,
          qualified,
          qualifiers,
          articleCues,
          articleDerived,
          sourceLetter,
          speakerFineKind,
          speakerCountry,
          conflict,
          supporter,
          outletLetter,
          articleBackedPercent);
    }
  }
}
