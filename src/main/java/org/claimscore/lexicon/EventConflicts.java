package org.claimscore.lexicon;

import java.util.List;

/**
 * The conflicts one event belongs to, best supported first, and so who is a party to them.
 *
 * @param conflicts the event's conflicts; empty for an event that is about no conflict
 */
public record EventConflicts(List<Conflict> conflicts) {

  /** An event about no conflict: nobody is a party. */
  public static final EventConflicts NONE = new EventConflicts(List.of());

  public EventConflicts {
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Where {@code actor} stands: a body of a state stands for its country, any other actor for its
   * own id, and a spokesperson also for the party it speaks for; the first of the event's
   * conflicts that names one of these on a side (or as a supporter) decides.
   */
  public Standing standingOf(Actor actor) {
    if (actor == null || conflicts.isEmpty()) {
      return Standing.NONE;
    }
    for (Conflict c : conflicts) {
      Standing s = standing(c, actor.id(), actor.stateBody() ? actor.country() : null);
      if (s == null && !actor.speaksFor().isEmpty()) {
        s = standing(c, actor.speaksFor(), null);
      }
      if (s != null) {
        return s;
      }
    }
    return Standing.NONE;
  }

  private static Standing standing(Conflict c, String id, String country) {
    for (List<String> side : List.of(c.sideA(), c.sideB())) {
      if (side.contains(id)) {
        return new Standing(c.id(), id, false);
      }
      if (country != null && side.contains(country)) {
        return new Standing(c.id(), country, false);
      }
    }
    for (List<String> side : List.of(c.supportersA(), c.supportersB())) {
      if (side.contains(id)) {
        return new Standing(c.id(), id, true);
      }
      if (country != null && side.contains(country)) {
        return new Standing(c.id(), country, true);
      }
    }
    return null;
  }
}
