package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/** "The ministry denied the report and said": the named subject near the start of a clause joined by and/but. */
final class CoordinatedSubjectSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  CoordinatedSubjectSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "coordinated-subject";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    if ((t.is(k, "and") || t.is(k, "but")) && !s.quoted[k]) {
      for (Mention m : s.mentions) {
        if (m.to() <= k && m.from() <= 6 && !s.quoted[m.from()] && m.named()) {
          return phrases.build(s, m, verb, d);
        }
      }
    }
    return null;
  }
}
