package org.claimscore.claims;

/**
 * One pattern that may name the speaker of a sentence, given the sentence and the article's
 * discourse state; {@link Sieves} sets the order they are tried in, and the claim records the
 * {@link #name()} of the one that decided ({@link Attribution#attributedBy()}).
 */
interface Sieve {

  /** The short name claims.csv gives in {@code attributed_by}: "according-to", "subject-verb". */
  String name();

  /** The speaker this pattern finds in sentence {@code s}, or null when it does not apply. */
  Attribution find(AnalysedSentence s, Discourse d);

  /**
   * The attribution after this sieve, given what earlier sieves decided ({@code earlier}, null when
   * none did): by default the earlier one when there is one, else this sieve's own.
   */
  default Attribution apply(Attribution earlier, AnalysedSentence s, Discourse d) {
    return earlier != null ? earlier : find(s, d);
  }
}
