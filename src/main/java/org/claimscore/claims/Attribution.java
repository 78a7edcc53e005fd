package org.claimscore.claims;

import java.util.Objects;
import org.claimscore.text.Span;

/**
 * Who a claim comes from, and how the article reports it.
 *
 * @param speaker normalised name ("Russian defence ministry"), or {@code ""} when unattributed
 * @param speakerSpan where the speaker is named in the article text, or {@code null}
 * @param kind the kind of speaker
 * @param role role and affiliation the text gives ("chief military analyst at Force Analysis"), or {@code ""}
 * @param identity the speaker in the knowledge (id, fine kind, country) and its standing in the event's conflicts
 * @param verb the reporting verb as written ("said", "claimed"), or {@code ""}
 * @param verbStrength what the verb does to the claim
 * @param channel how it was said ("statement", "telegram", "tv", "video", "social_media"), or {@code ""}
 * @param directQuote true when the claim is a direct quote of the speaker
 * @param via an outlet the source is cited through ("Moscow Times"), or {@code ""}
 * @param attributedBy the name of the sieve that decided the speaker ("subject-verb",
 *     "according-to"), or {@code ""} when unattributed or not found by the extractor
 */
public record Attribution(
    String speaker,
    Span speakerSpan,
    SpeakerKind kind,
    String role,
    Identity identity,
    String verb,
    VerbStrength verbStrength,
    String channel,
    boolean directQuote,
    String via,
    String attributedBy) {

  public static final Attribution NONE =
      new Attribution("", null, SpeakerKind.NONE, "", Identity.NONE, "", VerbStrength.NONE, "", false, "", "");

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verbStrength, "verbStrength");
    role = Objects.requireNonNullElse(role, "");
    identity = Objects.requireNonNullElse(identity, Identity.unknown(kind));
    verb = Objects.requireNonNullElse(verb, "");
    channel = Objects.requireNonNullElse(channel, "");
    via = Objects.requireNonNullElse(via, "");
    attributedBy = Objects.requireNonNullElse(attributedBy, "");
  }

  /** An attribution no sieve decided: read from a gold file or built by hand. */
  public Attribution(String speaker, Span speakerSpan, SpeakerKind kind, String role, Identity identity, String verb,
      VerbStrength verbStrength, String channel, boolean directQuote, String via) {
    this(speaker, speakerSpan, kind, role, identity, verb, verbStrength, channel, directQuote, via, "");
  }

  /** The same attribution, decided by the sieve named {@code sieve}. */
  public Attribution decidedBy(String sieve) {
    return new Attribution(speaker, speakerSpan, kind, role, identity, verb, verbStrength, channel, directQuote, via,
        sieve);
  }

  /** The same attribution, cited through outlet {@code outlet}. */
  Attribution citedVia(String outlet) {
    return new Attribution(speaker, speakerSpan, kind, role, identity, verb, verbStrength, channel, directQuote, outlet,
        attributedBy);
  }

  /** The same speaker, for a sentence that is a direct quote of them. */
  Attribution quoted() {
    return new Attribution(speaker, speakerSpan, kind, role, identity, verb, verbStrength, channel, true, via,
        attributedBy);
  }

  public boolean attributed() {
    return kind != SpeakerKind.NONE;
  }

  public boolean partyToConflict() {
    return identity.standing().party();
  }

  /** The party id the speaker stands for in the event's conflict ("russia", "ucdp.123"), or "". */
  public String side() {
    return identity.standing().side();
  }

  /** The id of the event's conflict the speaker is a party to, or "". */
  public String conflict() {
    return identity.standing().conflict();
  }

  /** True when the speaker is a party as a supporter of a side. */
  public boolean supporter() {
    return identity.standing().supporter();
  }
}
