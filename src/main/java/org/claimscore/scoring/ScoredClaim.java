package org.claimscore.scoring;

import org.claimscore.claims.Claim;
import org.claimscore.corroboration.Corroboration;

/** A claim with the cross-article evidence it was judged on and the verdict. */
public record ScoredClaim(Claim claim, Corroboration evidence, Score score) {

  public ScoredClaim {
    if (!claim.id().equals(evidence.claimId()) || !claim.id().equals(score.claimId())) {
      throw new IllegalArgumentException("claim, evidence and score of different claims: " + claim.id());
    }
  }
}
