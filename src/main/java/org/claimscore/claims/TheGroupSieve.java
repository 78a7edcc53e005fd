package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/** "The group said": the last organisation or government the article named as a speaker. */
final class TheGroupSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  TheGroupSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "the-group";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    if (!s.quoted[k] && t.is(k, "group") && t.is(k - 1, "the") && d.lastOrganisation != null) {
      return phrases.resolved(d.lastOrganisation, s, verb, k - 1, k + 1);
    }
    return null;
  }
}
