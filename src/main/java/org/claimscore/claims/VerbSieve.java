package org.claimscore.claims;

import org.claimscore.text.PhraseMatcher;

/**
 * A pattern that names the speaker of one reporting verb from the words before or after it;
 * {@link Sieves} tries them in order for each verb of a sentence in turn.
 */
interface VerbSieve {

  /** The short name claims.csv gives in {@code attributed_by}. */
  String name();

  /**
   * The speaker of {@code verb}, or null: {@code subjectEnd} is the token right before the verb
   * once the words of adverbs-before-verb.txt are skipped (never negative).
   */
  Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int subjectEnd);
}
