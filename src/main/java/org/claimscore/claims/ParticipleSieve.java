package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "..., the ministry said in a statement, adding that ...", "the Kremlin was typically dismissive,
 * saying ...": the person named before a reporting verb in -ing, else the named subject of the
 * clause it hangs on.
 */
final class ParticipleSieve implements Sieve {

  private final SpeakerPhrases phrases;

  ParticipleSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "participle";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d) {
    Tokens t = s.tokens;
    for (PhraseMatcher.Match<VerbStrength> v : s.verbs) {
      if (t.norm[v.to() - 1].endsWith("ing") && !t.is(v.from(), "according")) {
        Mention m = personBefore(s, v.from());
        if (m == null) {
          m = clauseSubjectBefore(s, v.from());
        }
        if (m != null) {
          return phrases.build(s, m, v, d);
        }
        Attribution titled = titledNameOpening(s, d, v);
        if (titled != null) {
          return titled;
        }
      }
    }
    return null;
  }

  /**
   * "Greek President Carolos Papoulias condemned the violence, saying ...": capitalised words that
   * open the sentence and hold a title, then a name of two to four words and a verb in lower case,
   * with a comma before the participle, are a person the knowledge does not know, with the words up to the title as role.
   */
  private Attribution titledNameOpening(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> v) {
    Tokens t = s.tokens;
    int end = 0;
    int title = -1;
    while (end < t.size && end < 10 && phrases.nameToken(t, end) && !s.quoted[end]) {
      if (phrases.anyTitle(t, end)) {
        title = end;
      }
      end++;
    }
    if (title < 0 || end >= v.from() || !t.isWord(end) || t.capitalised(end) || !t.is(v.from() - 1, ",")) {
      return null;
    }
    int nameFrom = phrases.afterTitle(t, title);
    if (end - nameFrom < 2 || end - nameFrom > 4 || SpeakerPhrases.mentionAt(s.mentions, nameFrom) != null
        || SpeakerPhrases.mentionAt(s.mentions, end - 1) != null) {
      return null;
    }
    return phrases.unknownPerson(s, v, nameFrom, end, t.cover(0, title + 1), d);
  }

  /** The nearest person named before token {@code token}, outside quotes. */
  private static Mention personBefore(AnalysedSentence s, int token) {
    Mention best = null;
    for (Mention m : s.mentions) {
      if (m.to() <= token && !s.quoted[m.from()] && m.kind() == SpeakerKind.PERSON) {
        best = m;
      }
    }
    return best;
  }

  /** The nearest named mention before {@code token} that is the subject of a clause: a finite verb after it, no preposition before. */
  private Mention clauseSubjectBefore(AnalysedSentence s, int token) {
    Tokens t = s.tokens;
    Mention best = null;
    for (Mention m : s.mentions) {
      if (m.to() < token && !s.quoted[m.from()] && m.named()
          && (m.from() == 0 || !phrases.prepositions.contains(t.norm[m.from() - 1]))
          && SpeakerPhrases.FINITE.contains(t.norm[m.to()])) {
        best = m;
      }
    }
    return best;
  }
}
