package org.claimscore.claims;

import org.claimscore.text.PhraseMatcher;

/** "The ministry said", "Putin also claimed": a known name right before the reporting verb. */
final class SubjectVerbSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  SubjectVerbSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "subject-verb";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    for (Mention m : s.mentions) {
      if (m.to() == k + 1 && !s.quoted[m.from()]) {
        return phrases.build(s, m, verb, d);
      }
    }
    return null;
  }
}
