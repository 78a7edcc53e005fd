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
      if (m.from() == j && !s.quoted[m.from()] && !clauseGoesOn(t, m.to())) {
        return phrases.build(s, m, verb, d);
      }
    }
    if (j < t.size && SpeakerPhrases.PRONOUNS.contains(t.norm[j]) && !s.quoted[j] && !clauseGoesOn(t, j + 1)
        && d.antecedentOf(t.norm[j]) != null) {
      return phrases.resolved(d.antecedentOf(t.norm[j]), s, verb, j, j + 1);
    }
    return null;
  }

  /**
   * "..., said Trump is responsible", "..., said she did not": a form of "be" or "have", an
   * auxiliary, a contraction or a verb in -ed after the name shows it is the subject of what was
   * said, not the speaker.
   */
  private static boolean clauseGoesOn(Tokens t, int i) {
    return i < t.size && (SpeakerPhrases.FINITE.contains(t.norm[i]) || ClauseSubjectSieve.AUXILIARIES.contains(t.norm[i])
        || t.is(i, "'") || t.isWord(i) && !t.capitalised(i) && t.norm[i].endsWith("ed"));
  }
}
