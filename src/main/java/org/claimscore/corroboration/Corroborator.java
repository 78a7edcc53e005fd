package org.claimscore.corroboration;

import java.util.List;
import java.util.Map;
import org.claimscore.claims.Claim;
import org.claimscore.provenance.ArticleOrigin;

/** Links claims of one event that state the same thing, or contradict each other, across articles. */
public interface Corroborator {

  /**
   * Evidence for every claim given; {@code origins} has an entry for every article of the claims.
   * Deterministic for the same claims in any order.
   */
  CorroborationResult corroborate(List<Claim> claims, Map<String, ArticleOrigin> origins);
}
