package org.claimscore.corroboration;

import java.util.List;
import java.util.Map;

/** Evidence for every claim of an event, and the clusters it was computed from. */
public record CorroborationResult(Map<String, Corroboration> byClaim, List<ClaimCluster> clusters) {

  public CorroborationResult {
    byClaim = Map.copyOf(byClaim);
    clusters = List.copyOf(clusters);
  }
}
