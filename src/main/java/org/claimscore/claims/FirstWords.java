package org.claimscore.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of several phrase lists can start a phrase at each token of a sentence, found with one
 * look-up per token for all of them, so each list's pass skips the tokens none of its phrases
 * starts with. List {@code i} owns bit {@code 1 << i}.
 */
final class FirstWords {

  private final Map<String, Integer> bits = new HashMap<>();

  FirstWords(List<PhraseMatcher<?>> matchers) {
    if (matchers.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most " + Integer.SIZE + " phrase lists");
    }
    for (int i = 0; i < matchers.size(); i++) {
      int bit = 1 << i;
      for (String word : matchers.get(i).firstWords()) {
        bits.merge(word, bit, (x, y) -> x | y);
      }
    }
  }

  /** For each token, the bits of the lists that have a phrase starting with its normal form. */
  int[] of(Tokens t) {
    int[] starts = new int[t.size];
    for (int i = 0; i < t.size; i++) {
      Integer b = bits.get(t.norm[i]);
      starts[i] = b == null ? 0 : b;
    }
    return starts;
  }
}
