package org.claimscore.claims;

import java.util.Objects;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Standing;

/**
 * Who a speaker is in the knowledge and where it stands in the event's conflicts.
 *
 * @param actorId the knowledge id ("mil.sudan"), or "" for a speaker the knowledge does not know
 * @param fineKind the knowledge's kind ("military", "armed_group", "crowd"); for an unknown
 *     speaker its coarse kind's label ("person", "unknown", "none")
 * @param country the speaker's country id, or ""
 * @param standing its conflict, side and whether it is a supporter
 */
public record Identity(String actorId, String fineKind, String country, Standing standing) {

  /** No speaker at all. */
  public static final Identity NONE = new Identity("", "none", "", Standing.NONE);

  public Identity {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(fineKind, "fineKind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(standing, "standing");
  }

  /** A known actor standing where the event puts it. */
  public static Identity of(Actor actor, Standing standing) {
    return new Identity(actor.id(), actor.kind(), actor.country(), standing);
  }

  /** A speaker the knowledge does not know, of a coarse kind only. */
  public static Identity unknown(SpeakerKind kind) {
    return new Identity("", kind.label(), "", Standing.NONE);
  }
}
