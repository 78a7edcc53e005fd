package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Acme (NASDAQ: ACME) today announced": capitalised words right before a parenthesis that holds
 * an exchange and a ticker ("(NYSE: XYZ)") name a listed company, an organisation, even as the
 * one word that opens the sentence.
 */
final class ListedCompanySieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  ListedCompanySieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "listed-company";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    int open = k - 4;
    if (open < 1 || !t.is(k, ")") || !t.is(open, "(") || !t.is(open + 2, ":") || !upperCase(t, open + 1)
        || !upperCase(t, open + 3) || s.quoted[open - 1]) {
      return null;
    }
    int to = open;
    int from = to;
    while (from > 0 && to - from < 5 && t.capitalised(from - 1) && !s.quoted[from - 1]) {
      from--;
    }
    if (from == to) {
      return null;
    }
    Mention known = SpeakerPhrases.mentionAt(s.mentions, to - 1);
    if (known != null && known.to() == to) {
      return phrases.build(s, known, verb, d);
    }
    return phrases.unknown(s, verb, from, to, SpeakerKind.ORGANISATION, "");
  }

  /** A word written in capitals only, as exchanges and tickers are ("NYSE", "AMD"). */
  private static boolean upperCase(Tokens t, int i) {
    if (!t.capitalised(i)) {
      return false;
    }
    String word = t.cover(i, i + 1);
    return word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '.');
  }
}
