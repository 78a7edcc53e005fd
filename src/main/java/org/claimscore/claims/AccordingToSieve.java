package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "according to the provincial health office", anywhere in the sentence: a name the knowledge
 * knows within four tokens after it (no comma between), else the phrase after it to the end of its
 * clause (at most seven tokens, without a leading article), else that phrase's head (up to a
 * preposition other than "of" outside a name, "by" or a verb in -ed: "according to a copy of the letter reviewed by
 * the paper"), of unknown kind. It comes after the verb sieves and
 * overrides them when they found nothing, a speaker of unknown kind, or an anonymous source or
 * media reports where it names another kind; an outlet or media reports it names become the
 * earlier speaker's via.
 */
final class AccordingToSieve implements Sieve {

  private final SpeakerPhrases phrases;

  AccordingToSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "according-to";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d) {
    return apply(null, s, d);
  }

  @Override
  public Attribution apply(Attribution said, AnalysedSentence s, Discourse d) {
    Tokens t = s.tokens;
    Mention according = null;
    for (PhraseMatcher.Match<VerbStrength> v : s.verbs) {
      if (t.is(v.from(), "according")) {
        according = mentionStartingNear(s, v.to(), 4);
        Mention phrase = namedAfter(t, s.quoted, v.to());
        if (according == null || phrase != null && according.kind() != SpeakerKind.PERSON
            && according.to() < phrase.to() && titleAfter(t, according.to(), phrase.to())) {
          according = phrase;
        }
        if (according == null) {
          according = headAfter(t, s.quoted, v.to());
        }
        if (according != null) {
          break;
        }
      }
    }
    if (according == null) {
      return said;
    }
    boolean mediaSource = according.kind() == SpeakerKind.MEDIA || according.kind() == SpeakerKind.MEDIA_REPORTS;
    if (said != null && mediaSource) {
      return said.citedVia(according.kind() == SpeakerKind.MEDIA ? according.name() : said.via());
    }
    if (said == null || said.kind() == SpeakerKind.UNKNOWN || !said.kind().equals(according.kind())
        && (said.kind() == SpeakerKind.ANONYMOUS || said.kind() == SpeakerKind.MEDIA_REPORTS)) {
      int from = firstAccording(t);
      PhraseMatcher.Match<VerbStrength> cue = new PhraseMatcher.Match<>(from, from + 2, VerbStrength.NEUTRAL);
      if (according.actor() == null) {
        Attribution titled = titledPerson(s, according, cue, d);
        if (titled == null) {
          titled = roleThenName(s, according, cue, d);
        }
        if (titled != null) {
          return titled;
        }
      }
      return phrases.build(s, according, cue, d);
    }
    return said;
  }

  /**
   * "according to prosecutor Josh Bash", "according to U.S. Attorney Bash": capitalised words after
   * a title, ending the phrase, are a person with the words up to the title as role.
   */
  private Attribution titledPerson(AnalysedSentence s, Mention phrase, PhraseMatcher.Match<VerbStrength> cue,
      Discourse d) {
    Tokens t = s.tokens;
    int title = -1;
    for (int i = phrase.from(); i < phrase.to() - 1; i++) {
      if (phrases.title(t, i)) {
        title = i;
      }
    }
    if (title < 0) {
      return null;
    }
    for (int i = title + 1; i < phrase.to(); i++) {
      if (!t.capitalised(i)) {
        return null;
      }
    }
    return phrases.unknownPerson(s, cue, title + 1, phrase.to(), t.cover(phrase.from(), title + 1), d);
  }

  /**
   * "according to the El Paso mayor, Dee Margo, ...": a phrase that ends in a title, then a name of
   * two to four capitalised words between commas, is a person with that phrase as role.
   */
  private Attribution roleThenName(AnalysedSentence s, Mention phrase, PhraseMatcher.Match<VerbStrength> cue,
      Discourse d) {
    Tokens t = s.tokens;
    int comma = phrase.to();
    if (!t.is(comma, ",") || !phrases.title(t, comma - 1) || t.capitalised(comma - 1)) {
      return null;
    }
    int end = comma + 1;
    while (end < t.size && end - comma <= 4 && phrases.nameToken(t, end) && !s.quoted[end]) {
      end++;
    }
    if (end - comma - 1 < 2 || end - comma - 1 > 4 || !(end == t.size || t.is(end, ",") || t.is(end, "."))
        || SpeakerPhrases.mentionAt(s.mentions, comma + 1) != null) {
      return null;
    }
    return phrases.unknownPerson(s, cue, comma + 1, end, phrase.name(), d);
  }

  /**
   * "according to Samoa Observer editor Keni Lesa": a title between {@code from} and the capitalised
   * words that end the phrase at {@code to}, so the body named before it is the person's role.
   */
  private boolean titleAfter(Tokens t, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (phrases.title(t, i) && t.capitalised(i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static int firstAccording(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      if (t.norm[i].equals("according")) {
        return i;
      }
    }
    return 0;
  }

  /** A known name starting at most {@code window} tokens after {@code from}, with no comma or other mark between. */
  private static Mention mentionStartingNear(AnalysedSentence s, int from, int window) {
    for (Mention m : s.mentions) {
      if (m.from() >= from && m.from() <= from + window && !s.quoted[m.from()] && noMarkBetween(s.tokens, from, m.from())) {
        return m;
      }
    }
    return null;
  }

  /** "Centers for Disease Control": a word between two capitalised words belongs to the name. */
  private static boolean insideName(Tokens t, int i) {
    return i > 0 && i + 1 < t.size && t.capitalised(i - 1) && t.capitalised(i + 1);
  }

  private static boolean noMarkBetween(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.kind[i] == Tokens.MARK && !t.is(i, "-") && !t.is(i, "'") && !abbreviationDot(t, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "according to early results of exit polls conducted for the network, ...", "according to a
   * copy of the letter reviewed by the paper": when the clause after "according to" is too long
   * for a name, its head, the words up to a preposition other than "of", "by" or a lower-case verb
   * in -ed, of at most seven tokens; null when none fits.
   */
  private Mention headAfter(Tokens t, boolean[] quoted, int from) {
    int start = from;
    if (t.is(start, "the") || t.is(start, "a") || t.is(start, "an")) {
      start++;
    }
    int end = start;
    while (end < t.size && end - start < 8 && !quoted[end] && (t.isWord(end) || t.kind[end] == Tokens.NUMBER
        || t.is(end, "-") || t.is(end, "'") || abbreviationDot(t, end))
        && !(end > start && (phrases.prepositions.contains(t.norm[end]) && !t.is(end, "of") && !insideName(t, end)
            || t.is(end, "by") || !t.capitalised(end) && t.norm[end].endsWith("ed")))) {
      end++;
    }
    if (end == start || end - start >= 8 || !t.isWord(start) || !t.isWord(end - 1) || t.is(end - 1, "of")) {
      return null;
    }
    return new Mention(start, end, null, t.cover(start, end), SpeakerKind.UNKNOWN,
        Identity.unknown(SpeakerKind.UNKNOWN), false);
  }

  /** The phrase after "according to" up to the end of its clause, as a mention of unknown kind; null when none fits. */
  private static Mention namedAfter(Tokens t, boolean[] quoted, int from) {
    int start = from;
    if (t.is(start, "the") || t.is(start, "a") || t.is(start, "an")) {
      start++;
    }
    int end = start;
    while (end < t.size && end - start < 8 && !quoted[end]
        && (t.kind[end] != Tokens.MARK || t.is(end, "-") || t.is(end, "'") || abbreviationDot(t, end))) {
      end++;
    }
    if (end == start || end - start >= 8 || !t.isWord(start) || !t.isWord(end - 1)) {
      return null;
    }
    return new Mention(start, end, null, t.cover(start, end), SpeakerKind.UNKNOWN,
        Identity.unknown(SpeakerKind.UNKNOWN), false);
  }

  /** The full stop of an initial inside a name ("U.S. Attorney"): one capital letter before it, a word after. */
  private static boolean abbreviationDot(Tokens t, int k) {
    return t.is(k, ".") && k >= 1 && t.isWord(k - 1) && t.end[k - 1] - t.start[k - 1] == 1 && t.capitalised(k - 1)
        && k + 1 < t.size && t.kind[k + 1] != Tokens.MARK;
  }
}
