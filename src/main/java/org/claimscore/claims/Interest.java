package org.claimscore.claims;

import java.util.Locale;

/**
 * Whether the speaker, a party to the conflict, gains from the claim being believed.
 *
 * <p>A party reporting its own successes or the enemy's losses is {@link #SELF_SERVING}; a party
 * admitting something against its own line (continued fighting, its own losses) is {@link
 * #AGAINST_INTEREST}, which is stronger evidence.
 */
public enum Interest {
  SELF_SERVING,
  AGAINST_INTEREST,
  NEUTRAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
