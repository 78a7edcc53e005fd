package org.claimscore.lexicon;

import java.util.List;

/**
 * A known speaker or party, from {@code rules/lexicon/actors.csv}.
 *
 * @param name the normalised name reports use
 * @param aliases other ways the text names it, matched case-insensitively
 * @param kind a {@link org.claimscore.claims.SpeakerKind} label: person, organisation, government, media, social_media
 * @param side the party to the conflict it belongs to ("russia", "ukraine"), or {@code ""} when independent
 * @param reliability Admiralty source letter A-F for this source
 */
public record Actor(String name, List<String> aliases, String kind, String side, String reliability) {

  public Actor {
    aliases = List.copyOf(aliases);
  }

  public boolean partyToConflict() {
    return !side.isEmpty();
  }
}
