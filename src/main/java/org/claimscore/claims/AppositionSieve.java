package org.claimscore.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * "Sim Tack, chief military analyst at Force Analysis, said": the known name before the commas of
 * an appositive (a person rather than an organisation when both end a comma-delimited phrase);
 * "Omar Hassan, spokesman for the army, said": the body, for whom the name before it then speaks.
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
    if (earliest == null) {
      return null;
    }
    Attribution body = phrases.build(s, earliest, verb, d);
    rememberSpokesperson(s, d, earliest, body);
    return body;
  }

  /**
   * "Omar Hassan, spokesman for the army, said": the capitalised words that open the clause before
   * the role are a person who speaks for the body, so their surname alone ("Hassan said") and a
   * "he" that follows name the body too.
   */
  private static void rememberSpokesperson(AnalysedSentence s, Discourse d, Mention of, Attribution body) {
    Tokens t = s.tokens;
    int comma = of.from() - 1;
    while (comma > 0 && !t.is(comma, ",") && !s.quoted[comma]) {
      comma--;
    }
    if (comma <= 0 || !t.is(comma, ",") || s.quoted[comma]) {
      return;
    }
    int from = comma;
    while (from > 0 && comma - from < 5 && (t.capitalised(from - 1) || t.is(from - 1, "-")) && !s.quoted[from - 1]) {
      from--;
    }
    boolean clauseStart = from == 0 || t.is(from - 1, "\"") || t.is(from - 1, ",");
    if (from == comma || !clauseStart || !t.capitalised(comma - 1) || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
      return;
    }
    d.unknownSurnames.putIfAbsent(t.norm[comma - 1], body);
    d.spokespersonOfBody = body.speakerSpan();
  }
}
