package org.claimscore.claims;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.ArticleReading;
import org.claimscore.lexicon.EventConflicts;
import org.claimscore.text.Tokens;

/** What the extractor remembers while it reads one article from top to bottom: the sieves' discourse state. */
final class Discourse {
  boolean quoteOpen;
  Attribution lastNamed;
  Attribution lastOrganisation;
  /** The last person named as a speaker (or a name of unknown kind, which may be one), whom "he" or "she" names. */
  Attribution lastPerson;
  /** The last speaker named that is no known person, whom "it" names. */
  Attribution lastBody;
  /** The body named before {@link #lastBody}, which "it" names again once that turns out to be a person. */
  Attribution bodyBefore;
  /** Compared by identity: the lexicon holds one object per actor, and the matchers hand out only those. */
  final Set<Actor> seenPersons = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Actor> seenActors = Collections.newSetFromMap(new IdentityHashMap<>());
  final Map<String, String> roles = new HashMap<>();
  final Map<String, Attribution> unknownSurnames = new HashMap<>();
  /**
   * Where a body was named as the speaker through its spokesperson ("Omar Hassan, spokesman for the
   * army, said"): once it speaks, "he" and "she" name the body until another person speaks.
   */
  org.claimscore.text.Span spokespersonOfBody;
  /**
   * The last word of each known person's name the article has given in full ("Donald Trump"), so
   * that the surname alone later names them even when the knowledge keeps no surname for them.
   */
  final Map<String, Actor> seenSurnames = new HashMap<>();
  /**
   * Names of two to four capitalised words the knowledge does not know, by their last word in lower
   * case, as the article first gave them ("palmieri" to "Jennifer Palmieri").
   */
  final Map<String, String> namesSeen = new HashMap<>();
  /** The names of {@link #namesSeen} written after a title or an honorific ("Interior Secretary Ann Cole"): persons'. */
  final Set<String> personNamesSeen = new HashSet<>();
  /** The last name of two to four capitalised words the article gave, or null. */
  String lastNameSeen;
  /** The actors the article names, in text order, and the next one to hand to a sentence. */
  List<ArticleReading.Named> named = List.of();
  int nextNamed;
  EventConflicts event = EventConflicts.NONE;

  /**
   * The speaker a pronoun names: "it" the last speaker that is no known person; "he" and "she" the
   * last person, or while the article has named none, the last speaker (a body whose head or
   * spokesperson the text goes on to quote).
   */
  Attribution antecedentOf(String pronoun) {
    if (pronoun.equals("it")) {
      return lastBody;
    }
    return lastPerson != null ? lastPerson : lastNamed;
  }

  /**
   * Remembers the names of capitalised words of sentence {@code s} that no mention covers, after a
   * title among them ("Homeland Security Secretary Jeh Johnson" is "Jeh Johnson"); the last one is
   * whom "he" or "she" names while the article has named no person as a speaker.
   */
  void readNames(AnalysedSentence s, SpeakerPhrases phrases) {
    Tokens t = s.tokens;
    int i = 0;
    while (i < t.size) {
      if (!t.capitalised(i) || SpeakerPhrases.mentionAt(s.mentions, i) != null) {
        i++;
        continue;
      }
      int end = i;
      int from = phrases.personalTitleBefore(t, s.quoted, i) >= 0 ? i : -1;
      int first = i;
      while (end < t.size && end - i < 7 && t.capitalised(end) && SpeakerPhrases.mentionAt(s.mentions, end) == null) {
        if (phrases.title(t, end) || phrases.honorific(t, end)) {
          from = end + 1;
        }
        end++;
      }
      boolean titled = from >= 0;
      from = Math.max(from, first);
      if (end - from >= 2 && end - from <= 4 && !s.quoted[from]) {
        String name = t.cover(from, end);
        namesSeen.putIfAbsent(t.norm[end - 1], name);
        if (titled) {
          personNamesSeen.add(name);
        }
        lastNameSeen = name;
      }
      i = end;
    }
  }

  /** Remembers a named speaker for a later "he", "the group" or quote; anonymous, crowd and media reports are not. */
  void spoke(Attribution a) {
    if (a != null && a.kind() != SpeakerKind.ANONYMOUS && a.kind() != SpeakerKind.MEDIA_REPORTS
        && a.kind() != SpeakerKind.CROWD) {
      lastNamed = a;
      if (a.kind() != SpeakerKind.PERSON) {
        bodyBefore = lastBody;
        lastBody = a;
      } else if (lastBody != null && lastBody.speaker().equals(a.speaker())) {
        lastBody = bodyBefore;
      }
      if (a.kind() == SpeakerKind.PERSON || a.kind() == SpeakerKind.UNKNOWN
          || a.speakerSpan() != null && a.speakerSpan().equals(spokespersonOfBody)) {
        lastPerson = a;
      }
      if (a.kind() == SpeakerKind.ORGANISATION || a.kind() == SpeakerKind.GOVERNMENT) {
        lastOrganisation = a;
      }
    }
  }
}
