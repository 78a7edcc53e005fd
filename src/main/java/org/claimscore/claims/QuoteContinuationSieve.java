package org.claimscore.claims;

import java.util.List;

/**
 * A quote that runs on keeps its speaker: a sentence that starts inside a quote opened earlier
 * takes the last named speaker; after every sentence is read, {@link #acrossSentences} carries a
 * speaker into a quote that opens the next sentence, and gives a quote of several sentences the
 * speaker named where it closes.
 */
final class QuoteContinuationSieve implements Sieve {

  /** The name of the pass that gives a quote of several sentences the speaker named where it closes. */
  static final String CLOSING_QUOTE = "closing-quote";

  @Override
  public String name() {
    return "quote-continuation";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d) {
    if (s.startsInQuote && s.quoted.length > 0 && s.quoted[0] && d.lastNamed != null) {
      s.carried = true;
      return d.lastNamed.quoted().decidedBy(name());
    }
    return null;
  }

  /**
   * A sentence that opens with a quote and has no speaker takes the speaker named where the quote
   * closes (a sentence of prose before a quote never does);
   * a quote right after a quoted, attributed sentence continues that speaker.
   */
  void acrossSentences(List<AnalysedSentence> all) {
    for (int i = 0; i < all.size(); i++) {
      AnalysedSentence a = all.get(i);
      if (a.attribution == null && i > 0 && a.tokens.size > 0 && a.tokens.is(0, "\"") && !a.startsInQuote
          && continuesSpeaker(all.get(i - 1), a)) {
        a.attribution = all.get(i - 1).attribution.decidedBy(name());
        a.carried = true;
      }
      boolean opensWithQuote = a.startsInQuote && a.quoted.length > 0 && a.quoted[0]
          || !a.startsInQuote && a.tokens.size > 0 && a.tokens.is(0, "\"");
      if (a.attribution != null && !a.carried || !a.endsInQuote || !opensWithQuote) {
        continue;
      }
      for (int j = i + 1; j < all.size() && j <= i + 5; j++) {
        AnalysedSentence b = all.get(j);
        if (!b.startsInQuote) {
          break;
        }
        if (!b.endsInQuote) {
          if (b.attribution != null) {
            Attribution quoted = b.attribution.quoted().decidedBy(CLOSING_QUOTE);
            for (int k = i; k < j; k++) {
              all.get(k).attribution = quoted;
            }
          }
          break;
        }
      }
    }
  }

  /**
   * A sentence opening with a quote and naming no speaker continues the speaker of the sentence
   * before: one quoted speaker always, a named person ("..., says Aliyev. \"The problem is ...\"")
   * only inside the same paragraph.
   */
  private static boolean continuesSpeaker(AnalysedSentence before, AnalysedSentence a) {
    Attribution b = before.attribution;
    return b != null && (b.directQuote() || b.kind() == SpeakerKind.PERSON && !a.paragraphStart);
  }
}
