package org.claimscore.claims;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  /**
   * The names of {@link #namesSeen} the article gave a person: after a title ("Greek President
   * Carolos Papoulias") or as a person who spoke.
   */
  final Set<String> personNames = new HashSet<>();
  /** The persons the article has named, by name, in the order it named them: who spoke, and names after a title. */
  final Map<String, Attribution> persons = new LinkedHashMap<>();
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
   * whom "he" or "she" names while the article has named no person as a speaker. A name after a
   * title is a person's, with the words up to the title as role ({@link #persons}).
   */
  void readNames(AnalysedSentence s, SpeakerPhrases phrases) {
    Tokens t = s.tokens;
    int i = 0;
    while (i < t.size) {
      if (!t.capitalised(i) || SpeakerPhrases.mentionAt(s.mentions, i) != null) {
        i++;
        continue;
      }
      if (t.is(i, "the") || t.is(i, "a") || t.is(i, "an")) {
        i++;
        continue;
      }
      int end = i;
      int from = i;
      while (end < t.size && end - i < 12 && end - from < 7 && phrases.nameToken(t, end) && SpeakerPhrases.mentionAt(s.mentions, end) == null) {
        if (phrases.anyTitle(t, end)) {
          from = phrases.afterTitle(t, end);
        }
        end++;
      }
      boolean titled = from > i || phrases.anyTitle(t, i - 1) && !s.quoted[i - 1]
          || phrases.personalTitleBefore(t, s.quoted, i) >= 0;
      if (end - from >= 2 && end - from <= 4 && !s.quoted[from] && t.capitalised(end - 1)) {
        String name = t.cover(from, end);
        namesSeen.putIfAbsent(t.norm[end - 1], name);
        lastNameSeen = name;
        if (titled && name.equals(namesSeen.get(t.norm[end - 1]))) {
          personNames.add(name);
          int roleEnd = from > i ? from - (t.is(from - 1, ".") ? 1 : 0) : i;
          int roleFrom = phrases.roleStart(t, s.quoted, roleEnd);
          if (roleFrom < roleEnd) {
            roles.putIfAbsent(name, t.cover(roleFrom, roleEnd));
          }
          persons.putIfAbsent(name, new Attribution(name, null, SpeakerKind.PERSON, roles.getOrDefault(name, ""),
              Identity.unknown(SpeakerKind.PERSON), "", VerbStrength.NONE, "", false, ""));
        }
      }
      i = end;
    }
  }

  /**
   * The speaker {@code a} under the name the article gave them in full: a surname alone or after
   * titles ("Nugroho", "Mr Saraliotis", "U.S. Attorney Bash") that ends a name of two to four
   * words the article gave earlier ("Sutopo Purwo Nugroho") is that name. It is a person when the
   * article gave the name a title or a person's role, or a title stands before the surname; it
   * carries the role the article gave the name, else its own. A speaker the knowledge knows, and
   * any other, are left as they are.
   */
  Attribution inFull(Attribution a, SpeakerPhrases phrases) {
    if (a == null || !a.identity().actorId().isEmpty()
        || a.kind() != SpeakerKind.PERSON && a.kind() != SpeakerKind.UNKNOWN) {
      return a;
    }
    String[] words = a.speaker().split(" ");
    String last = words[words.length - 1];
    boolean titled = false;
    for (int i = 0; i < words.length - 1 && !titled; i++) {
      titled = phrases.titleWord(words[i]);
    }
    for (int i = 0; i < words.length - 1 && titled; i++) {
      if (!phrases.titleWord(words[i]) && !words[i].equals(".") && !isInitial(words[i])) {
        return a;
      }
    }
    String full = a.speaker();
    if (words.length == 1 || titled) {
      String key = last.toLowerCase(Locale.ROOT);
      Attribution person = unknownSurnames.get(key);
      if (person != null && person.kind() == SpeakerKind.PERSON && person.speaker().endsWith(" " + last)) {
        full = person.speaker();
      } else if (namesSeen.containsKey(key) && namesSeen.get(key).endsWith(" " + last)) {
        full = namesSeen.get(key);
      }
    }
    if (full.equals(a.speaker()) && words.length == 1 && !a.role().isEmpty()) {
      full = openedName(a.speaker(), a.role(), phrases);
    }
    boolean person = a.kind() == SpeakerKind.PERSON || titled || personNames.contains(full);
    if (full.equals(a.speaker()) && (a.kind() == SpeakerKind.PERSON || !person)) {
      return a;
    }
    SpeakerKind kind = person ? SpeakerKind.PERSON : a.kind();
    String role = roles.getOrDefault(full, "");
    return new Attribution(full, a.speakerSpan(), kind, role.isEmpty() ? a.role() : role,
        a.kind() == kind ? a.identity() : Identity.unknown(kind), a.verb(), a.verbStrength(), a.channel(),
        a.directQuote(), a.via(), a.attributedBy());
  }

  /**
   * The one person the article has named whose role holds every word of the phrase {@code [from,
   * to)} ("the harbour minister" after "Harbour Minister Ana Ruiz"), as a speaker of that name and role;
   * null when it named none or several.
   */
  Attribution soleHolder(Tokens t, int from, int to) {
    Attribution found = null;
    for (Attribution person : persons.values()) {
      String role = roles.getOrDefault(person.speaker(), person.role());
      if (role.isEmpty() || !holdsAll(role, t, from, to)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = person;
    }
    return found;
  }

  private static boolean holdsAll(String role, Tokens t, int from, int to) {
    List<String> words = Arrays.asList(Tokens.normsOf(role));
    for (int i = from; i < to; i++) {
      if (t.isWord(i) && !words.contains(t.norm[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Prime Minister Tuilaepa" after "Samoan Prime Minister Tuilaepa Sailele Malielegaoi", "President
   * Xi" after "President Xi Jinping": one word after a title that opens the name of exactly one
   * person the article gave a role holding that title names them; else the word as it stands.
   */
  private String openedName(String word, String role, SpeakerPhrases phrases) {
    String[] roleWords = Tokens.normsOf(role);
    String title = roleWords[roleWords.length - 1];
    if (!phrases.titleWord(title)) {
      return word;
    }
    String found = word;
    for (Attribution p : persons.values()) {
      String heldRole = roles.getOrDefault(p.speaker(), p.role());
      if (p.speaker().startsWith(word + " ")
          && Arrays.asList(Tokens.normsOf(heldRole)).contains(title)) {
        if (!found.equals(word)) {
          return word;
        }
        found = p.speaker();
      }
    }
    return found;
  }

  /** "K." or "U.S.": capital letters each followed by a full stop. */
  private static boolean isInitial(String word) {
    return word.matches("(\\p{Lu}\\.)+");
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
      if (a.kind() == SpeakerKind.PERSON && a.identity().actorId().isEmpty()) {
        personNames.add(a.speaker());
      }
      if (a.kind() == SpeakerKind.PERSON) {
        persons.putIfAbsent(a.speaker(), a);
      }
      if (a.kind() == SpeakerKind.ORGANISATION || a.kind() == SpeakerKind.GOVERNMENT) {
        lastOrganisation = a;
      }
    }
  }
}
