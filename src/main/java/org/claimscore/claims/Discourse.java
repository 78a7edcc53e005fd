package org.claimscore.claims;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.ArticleReading;
import org.claimscore.lexicon.EventConflicts;

/** What the extractor remembers while it reads one article from top to bottom: the sieves' discourse state. */
final class Discourse {
  boolean quoteOpen;
  Attribution lastNamed;
  Attribution lastOrganisation;
  /** Compared by identity: the lexicon holds one object per actor, and the matchers hand out only those. */
  final Set<Actor> seenPersons = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Actor> seenActors = Collections.newSetFromMap(new IdentityHashMap<>());
  final Map<String, String> roles = new HashMap<>();
  final Map<String, Attribution> unknownSurnames = new HashMap<>();
  /** The actors the article names, in text order, and the next one to hand to a sentence. */
  List<ArticleReading.Named> named = List.of();
  int nextNamed;
  EventConflicts event = EventConflicts.NONE;

  /** Remembers a named speaker for a later "he", "the group" or quote; anonymous, crowd and media reports are not. */
  void spoke(Attribution a) {
    if (a != null && a.kind() != SpeakerKind.ANONYMOUS && a.kind() != SpeakerKind.MEDIA_REPORTS
        && a.kind() != SpeakerKind.CROWD) {
      lastNamed = a;
      if (a.kind() == SpeakerKind.ORGANISATION || a.kind() == SpeakerKind.GOVERNMENT) {
        lastOrganisation = a;
      }
    }
  }
}
