package org.claimscore.claims;

import org.claimscore.text.Tokens;

/** Where quotation marks open and close a quote in a sentence, and whether a quote runs on. */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * Marks the tokens of {@code a} inside quotation marks in {@code quoted}, a quote already open when
   * {@code open}; sets {@link AnalysedSentence#opensQuote}; returns whether a quote is still open at the end.
   */
  static boolean mark(Tokens t, boolean open, boolean[] quoted, AnalysedSentence a) {
    int regionStart = open ? 0 : -1;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] != Tokens.MARK || !t.norm[i].equals("\"")) {
        if (regionStart >= 0) {
          quoted[i] = true;
        }
        continue;
      }
      // Inside a quote, a mark after the quote's last word closes it, however it is spaced: so does
      // a mark opening a sentence of the same paragraph (the splitter gives it to the next sentence).
      boolean closes = regionStart >= 0 && (afterEndOfQuote(t, i) || open && i == 0);
      boolean opener = isOpener(t, i) && !closes;
      if (opener && open && regionStart == 0) {
        for (int k = 0; k < i; k++) {
          quoted[k] = false;
        }
        regionStart = -1;
        open = false;
      }
      if (opener && regionStart < 0) {
        regionStart = i + 1;
        a.opensQuote = true;
      } else if (!opener && regionStart >= 0) {
        if (i - regionStart <= 4 && !(open && regionStart == 0)) {
          for (int k = regionStart; k < i; k++) {
            quoted[k] = false;
          }
        }
        regionStart = -1;
      }
    }
    return regionStart >= 0;
  }

  /**
   * True when the mark {@code i} follows a comma or a full stop, question or exclamation mark and
   * spaces: inside an open quote it closes it, however it is spaced ("... we would do that, "he said").
   */
  private static boolean afterEndOfQuote(Tokens t, int i) {
    int k = t.start[i] - 1;
    while (k >= 0 && Character.isWhitespace(t.text.charAt(k))) {
      k--;
    }
    return k >= 0 && k < t.start[i] - 1 && ",.!?".indexOf(t.text.charAt(k)) >= 0;
  }

  static boolean isOpener(Tokens t, int i) {
    int at = t.start[i];
    boolean spaceBefore = at == 0 || Character.isWhitespace(t.text.charAt(at - 1))
        || Character.isSpaceChar(t.text.charAt(at - 1))
        || "([—–-".indexOf(t.text.charAt(at - 1)) >= 0;
    int after = t.end[i];
    boolean wordAfter = after < t.text.length() && !Character.isWhitespace(t.text.charAt(after))
        && ".,;:!?".indexOf(t.text.charAt(after)) < 0;
    return spaceBefore && wordAfter;
  }

  /** Whether the sentence holds a quote of more than four tokens between its marks. */
  static boolean longQuote(Tokens t) {
    int open = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.is(i, "\"")) {
        if (open < 0 && isOpener(t, i)) {
          open = i;
        } else if (open >= 0 && !isOpener(t, i)) {
          if (i - open > 5) {
            return true;
          }
          open = -1;
        }
      }
    }
    return false;
  }
}
