package org.claimscore.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * "Sim Tack, chief military analyst at Force Analysis, said": the known name before the commas of
 * an appositive (a person rather than an organisation when both end a comma-delimited phrase).
 */
final class AppositionSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  AppositionSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "apposition";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int comma) {
    Tokens t = s.tokens;
    if (!(t.is(comma, ",") || t.is(comma, "-") || t.is(comma, ")"))) {
      return null;
    }
    List<Mention> candidates = new ArrayList<>();
    int commas = 0;
    for (int k = comma; k >= 0 && comma - k <= 40 && commas < 4; k--) {
      if (t.is(k, ";") || s.quoted[k]) {
        break;
      }
      if (t.is(k, ",") || t.is(k, "-") || t.is(k, ")")) {
        commas++;
        for (Mention m : s.mentions) {
          if (m.to() == k && !s.quoted[m.from()]) {
            candidates.add(m);
          }
        }
      }
    }
    Mention earliest = null;
    for (Mention m : candidates) {
      if (m.kind() == SpeakerKind.PERSON) {
        return phrases.build(s, m, verb, d);
      }
      earliest = m;
    }
    return earliest == null ? null : phrases.build(s, earliest, verb, d);
  }
}
