package org.claimscore.lexicon;

import java.util.Objects;

/**
 * Where a speaker stands in the conflicts of one event.
 *
 * @param conflict the conflict id ("ucdp.conflict.11347"), or "" when the speaker is no party
 * @param side the party id the speaker stands for on its side ("russia", "ucdp.123"), or ""
 * @param supporter true for a secondary party supporting a side
 */
public record Standing(String conflict, String side, boolean supporter) {

  /** Not a party to any conflict of the event. */
  public static final Standing NONE = new Standing("", "", false);

  public Standing {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(side, "side");
    if (conflict.isEmpty() != side.isEmpty()) {
      throw new IllegalArgumentException("a conflict needs a side and a side a conflict");
    }
  }

  public boolean party() {
    return !side.isEmpty();
  }
}
