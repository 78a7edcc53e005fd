package org.claimscore.claims;

import org.claimscore.lexicon.Actor;

/**
 * A speaker or party named in a sentence: tokens {@code [from, to)}, the lexicon actor it names
 * (null for a name the lexicon does not know), and how it was found.
 */
record Mention(int from, int to, Actor actor, String name, SpeakerKind kind, String side) {

  static Mention of(int from, int to, Actor actor) {
    return new Mention(from, to, actor, actor.name(), kindOf(actor), actor.side());
  }

  static SpeakerKind kindOf(Actor actor) {
    return switch (actor.kind()) {
      case "person" -> SpeakerKind.PERSON;
      case "organisation" -> SpeakerKind.ORGANISATION;
      case "government" -> SpeakerKind.GOVERNMENT;
      case "media" -> SpeakerKind.MEDIA;
      case "social_media" -> SpeakerKind.SOCIAL_MEDIA;
      case "anonymous" -> SpeakerKind.ANONYMOUS;
      case "media_reports" -> SpeakerKind.MEDIA_REPORTS;
      default -> SpeakerKind.UNKNOWN;
    };
  }

  /** A named speaker a later "he", "it" or surname can refer back to. */
  boolean named() {
    return kind != SpeakerKind.ANONYMOUS && kind != SpeakerKind.MEDIA_REPORTS;
  }
}
