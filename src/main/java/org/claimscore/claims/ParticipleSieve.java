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
      }
    }
    return null;
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
