package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "..., said the ministry", "\"...\" said he": the speaker right after the verb, when a quote or a
 * comma comes before it. Tried twice: right after a quote, before the patterns of commas, and
 * after a comma once those found nothing.
 */
final class InvertedSaidSieve implements VerbSieve {

  private final SpeakerPhrases phrases;
  private final boolean afterQuote;

  /** {@code afterQuote}: the verb follows a closing quote mark (with or without a comma); else a comma, dash or bracket. */
  InvertedSaidSieve(SpeakerPhrases phrases, boolean afterQuote) {
    this.phrases = phrases;
    this.afterQuote = afterQuote;
  }

  @Override
  public String name() {
    return "inverted-said";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    boolean applies = afterQuote
        ? t.is(k, "\"") || t.is(k, ",") && t.is(k - 1, "\"")
        : t.is(k, ",") || t.is(k, "-") || t.is(k, ")");
    if (!applies) {
      return null;
    }
    if (phrases.tellingVerbs.contains(t.norm[verb.from()])) {
      return null;
    }
    int j = verb.to();
    if (t.is(j, "the")) {
      j++;
    }
    for (Mention m : s.mentions) {
      if (m.from() == j && !s.quoted[m.from()]) {
        return phrases.build(s, m, verb, d);
      }
    }
    if (j < t.size && SpeakerPhrases.PRONOUNS.contains(t.norm[j]) && !s.quoted[j] && d.antecedentOf(t.norm[j]) != null) {
      return phrases.resolved(d.antecedentOf(t.norm[j]), s, verb, j, j + 1);
    }
    return null;
  }
}
