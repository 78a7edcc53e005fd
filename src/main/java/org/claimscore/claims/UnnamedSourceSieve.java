package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Sources close to the investigation said", "Officials who spoke on condition of anonymity
 * said", "Residents of the village told": an anonymous or crowd source opening the clause, then
 * up to eight words that qualify it (no mark and no "was", "were" of a passive between), then the verb.
 */
final class UnnamedSourceSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  UnnamedSourceSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "unnamed-source";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    for (Mention m : s.mentions) {
      if (m.kind() != SpeakerKind.ANONYMOUS && m.kind() != SpeakerKind.CROWD || m.to() > k || k - m.to() > 8
          || s.quoted[m.from()]) {
        continue;
      }
      boolean opens = m.from() == 0 || t.kind[m.from() - 1] == Tokens.MARK && !t.is(m.from() - 1, "'")
          || t.is(m.from() - 1, "and") || t.is(m.from() - 1, "but");
      boolean words = true;
      for (int i = m.to(); i <= k && words; i++) {
        words = t.isWord(i) && !s.quoted[i] && !SpeakerPhrases.FINITE.contains(t.norm[i]) || t.is(i, "-");
      }
      if (opens && words) {
        return phrases.build(s, m, verb, d);
      }
    }
    return null;
  }
}
