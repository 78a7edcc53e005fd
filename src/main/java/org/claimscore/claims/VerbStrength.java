package org.claimscore.claims;

import java.util.Locale;

/** How the reporting verb positions the claim: "confirmed" vouches, "said" is neutral, "claimed" distances. */
public enum VerbStrength {
  CONFIRMING,
  NEUTRAL,
  DISTANCING,
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
