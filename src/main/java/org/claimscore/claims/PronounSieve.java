package org.claimscore.claims;

/** "He said": a pronoun right before the verb names the last named speaker of the article. */
final class PronounSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  PronounSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "pronoun";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    if (!s.quoted[k] && SpeakerPhrases.PRONOUNS.contains(s.tokens.norm[k]) && d.lastNamed != null) {
      return phrases.resolved(d.lastNamed, s, verb);
    }
    return null;
  }
}
