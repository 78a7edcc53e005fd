package org.claimscore.claims;

import org.claimscore.text.PhraseMatcher;

/**
 * "He said", "it said": a pronoun right before the verb names the last person, or the last body,
 * named as a speaker; a name of unknown kind that "he" or "she" names is a person. Before the
 * article has named any speaker, "he" or "she" is the last name of capitalised words it gave.
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
    if (s.quoted[k] || !SpeakerPhrases.PRONOUNS.contains(pronoun)) {
      return null;
    }
    if (d.antecedentOf(pronoun) == null) {
      if (pronoun.equals("it") || d.lastNameSeen == null) {
        return null;
      }
      return new Attribution(d.lastNameSeen, SpeakerPhrases.span(s, k, k + 1), SpeakerKind.PERSON, "",
          Identity.unknown(SpeakerKind.PERSON), s.tokens.cover(verb.from(), verb.to()), verb.value(),
          phrases.channelOf(s), SpeakerPhrases.hasQuote(s), phrases.viaOf(s, verb));
    }
    Attribution a = phrases.resolved(d.antecedentOf(pronoun), s, verb, k, k + 1);
    if (a.kind() == SpeakerKind.UNKNOWN && !pronoun.equals("it")) {
      return new Attribution(a.speaker(), a.speakerSpan(), SpeakerKind.PERSON, a.role(),
          Identity.unknown(SpeakerKind.PERSON), a.verb(), a.verbStrength(), a.channel(), a.directQuote(), a.via());
    }
    return a;
  }
}
