package org.claimscore.claims;

import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Standing;

/**
 * A speaker or party named in a sentence: tokens {@code [from, to)}, the lexicon actor it names
 * (null for a name the lexicon does not know), and how it was found; {@code countryName} when it
 * was named by its country's name ("Russia" for its government).
 */
record Mention(int from, int to, Actor actor, String name, SpeakerKind kind, Identity identity, boolean countryName) {

  static Mention of(int from, int to, Actor actor, Standing standing) {
    return new Mention(from, to, actor, actor.name(), kindOf(actor.kind()), Identity.of(actor, standing), false);
  }

  /**
   * The coarse kind rules see for a knowledge kind: bodies of a state are government, heads of
   * state and government are persons, outlets and agencies of news are media, groups and
   * organisations of every kind are organisations.
   */
  static SpeakerKind kindOf(String kind) {
    return switch (kind) {
      case "person", "head_of_state", "head_of_government" -> SpeakerKind.PERSON;
      case "organisation", "armed_group", "international_org", "ngo", "monitor", "research" ->
          SpeakerKind.ORGANISATION;
      case "government", "military", "police", "ministry", "agency" -> SpeakerKind.GOVERNMENT;
      case "outlet", "state_media", "news_agency" -> SpeakerKind.MEDIA;
      case "social_media" -> SpeakerKind.SOCIAL_MEDIA;
      case "anonymous" -> SpeakerKind.ANONYMOUS;
      case "media_reports" -> SpeakerKind.MEDIA_REPORTS;
      case "crowd" -> SpeakerKind.CROWD;
      default -> SpeakerKind.UNKNOWN;
    };
  }

  String side() {
    return identity.standing().side();
  }

  /** A named speaker a later "he", "it" or surname can refer back to. */
  boolean named() {
    return kind != SpeakerKind.ANONYMOUS && kind != SpeakerKind.MEDIA_REPORTS && kind != SpeakerKind.CROWD;
  }
}
