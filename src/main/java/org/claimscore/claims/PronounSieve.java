package org.claimscore.claims;

/**
 * "He said", "it said": a pronoun right before the verb names the last person, or the last body,
 * named as a speaker; a name of unknown kind that "he" or "she" names is a person.
 */
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
    String pronoun = s.tokens.norm[k];
    if (s.quoted[k] || !SpeakerPhrases.PRONOUNS.contains(pronoun) || d.antecedentOf(pronoun) == null) {
      return null;
    }
    Attribution a = phrases.resolved(d.antecedentOf(pronoun), s, verb, k, k + 1);
    if (a.kind() == SpeakerKind.UNKNOWN && !pronoun.equals("it")) {
      return new Attribution(a.speaker(), a.speakerSpan(), SpeakerKind.PERSON, a.role(),
          Identity.unknown(SpeakerKind.PERSON), a.verb(), a.verbStrength(), a.channel(), a.directQuote(), a.via());
    }
    return a;
  }
}
