package org.claimscore.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;
import org.claimscore.text.Vocabulary;

/**
 * Which of several phrase lists can start a phrase at each token of a sentence, found with one
 * look-up per token for all of them, so each list's pass skips the tokens none of its phrases
 * starts with. List {@code i} owns bit {@code 1 << i}. Lists that fold words (place names) must
 * share one fold; a token the fold changes takes their bits from a second look-up of its folded form.
 * The bits of every word of the vocabulary are worked out once, so a known token costs an array
 * read; every first word must be in the vocabulary, so an unknown token can only match when folded.
 */
final class FirstWords {

  private final Map<String, Integer> bits = new HashMap<>();
  private final UnaryOperator<String> fold;
  private final int foldedBits;
  private final Vocabulary vocabulary;
  private final int[] bitsById;

  FirstWords(List<PhraseMatcher<?>> matchers, Vocabulary vocabulary) {
    if (matchers.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most " + Integer.SIZE + " phrase lists");
    }
    UnaryOperator<String> shared = null;
    int folded = 0;
    for (int i = 0; i < matchers.size(); i++) {
      int bit = 1 << i;
      PhraseMatcher<?> m = matchers.get(i);
      if (m.fold() != null) {
        if (shared != null && shared != m.fold()) {
          throw new IllegalArgumentException("phrase lists with different folds");
        }
        shared = m.fold();
        folded |= bit;
      }
      for (String word : m.firstWords()) {
        bits.merge(word, bit, (x, y) -> x | y);
      }
    }
    this.fold = shared;
    this.foldedBits = folded;
    for (String word : bits.keySet()) {
      if (vocabulary.id(word) < 0) {
        throw new IllegalArgumentException("first word not in the vocabulary: " + word);
      }
    }
    this.vocabulary = vocabulary;
    this.bitsById = new int[vocabulary.size()];
    for (int id = 0; id < bitsById.length; id++) {
      bitsById[id] = bitsOfToken(vocabulary.word(id));
    }
  }

  /** For each token, the bits of the lists that have a phrase starting with its normal form. */
  int[] of(Tokens t) {
    if (t.vocabulary != vocabulary) {
      throw new IllegalArgumentException("tokens cut with another vocabulary");
    }
    int[] starts = new int[t.size];
    for (int i = 0; i < t.size; i++) {
      int id = t.id[i];
      starts[i] = id >= 0 ? bitsById[id] : foldedBitsOf(t.norm[i]);
    }
    return starts;
  }

  private int bitsOfToken(String word) {
    int b = bitsOf(word);
    if (fold != null) {
      String folded = fold.apply(word);
      if (!folded.equals(word)) {
        b = b & ~foldedBits | bitsOf(folded) & foldedBits;
      }
    }
    return b;
  }

  /** The bits of a word not in the vocabulary: none of its own, only what its folded form starts. */
  private int foldedBitsOf(String word) {
    if (fold == null) {
      return 0;
    }
    String folded = fold.apply(word);
    return folded.equals(word) ? 0 : bitsOf(folded) & foldedBits;
  }

  private int bitsOf(String word) {
    Integer b = bits.get(word);
    return b == null ? 0 : b;
  }
}
