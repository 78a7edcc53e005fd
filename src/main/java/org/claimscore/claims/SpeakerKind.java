package org.claimscore.claims;

import java.util.Locale;

/** Who a claim is attributed to, as a kind. Ordered roughly from strongest to weakest sourcing. */
public enum SpeakerKind {
  /** A named person, ideally with a role. */
  PERSON,
  /** A named organisation that is not a government body: research group, company, NGO. */
  ORGANISATION,
  /** A government, ministry, army, agency or official body. */
  GOVERNMENT,
  /** A news outlet cited as the source ("according to the Moscow Times"). */
  MEDIA,
  /** A social-media channel or post (Telegram, X, video). */
  SOCIAL_MEDIA,
  /** Unnamed officials, "a source", "experts". */
  ANONYMOUS,
  /** Witnesses, residents, activists, medics: people on the spot, unnamed. */
  CROWD,
  /** "according to media reports" and similar second-hand hearsay. */
  MEDIA_REPORTS,
  /** A speaker is named but its kind is not known to the lexicon. */
  UNKNOWN,
  /** The article states it as fact, with no attribution. */
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
