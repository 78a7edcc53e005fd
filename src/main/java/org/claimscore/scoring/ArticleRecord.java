package org.claimscore.scoring;

import java.util.Objects;

/**
 * What the batch shows about the article a claim comes from: its outlet's reliability letter, and
 * how many of its factual claims an independent origin also reports (the article's record on this
 * story).
 *
 * @param outletLetter the Admiralty letter of the article's outlet, F when the outlet is not known
 * @param factualClaims the article's factual claims
 * @param backedClaims those of them reported by two or more independent origins
 */
public record ArticleRecord(String outletLetter, int factualClaims, int backedClaims) {

  /** An article of an unknown outlet whose claims nobody else reports. */
  public static final ArticleRecord UNKNOWN = new ArticleRecord("F", 0, 0);

  public ArticleRecord {
    Objects.requireNonNull(outletLetter, "outletLetter");
    if (!FactSchema.LETTERS.contains(outletLetter)) {
      throw new IllegalArgumentException("outletLetter must be one of " + FactSchema.LETTERS + ": " + outletLetter);
    }
    if (factualClaims < 0 || backedClaims < 0 || backedClaims > factualClaims) {
      throw new IllegalArgumentException("need 0 <= backedClaims <= factualClaims: " + backedClaims + " of "
          + factualClaims);
    }
  }

  /** Whether a claim with these facts counts as backed in its article's record. */
  public static boolean backed(boolean factual, int independentOrigins) {
    return factual && independentOrigins >= 2;
  }

  /**
   * The share, in percent rounded down, of the article's other factual claims that an independent
   * origin also reports; 0 when the article has no other factual claim.
   */
  public int backedPercentOfOthers(boolean factual, boolean selfBacked) {
    int others = factualClaims - (factual ? 1 : 0);
    int backedOthers = backedClaims - (selfBacked ? 1 : 0);
    return others <= 0 ? 0 : backedOthers * 100 / others;
  }
}
