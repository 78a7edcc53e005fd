package org.claimscore.corroboration;

import java.util.List;

/**
 * The cross-article evidence for one claim, kept in the two layers DESIGN.md asks for.
 *
 * @param claimId the claim
 * @param clusterId the cluster of claims that state the same proposition
 * @param supportingArticles other articles with a claim in the same cluster, sorted
 * @param independentOrigins origin families that report the claim, its own included (at least 1)
 * @param independentSources independent primary sources that back the proposition itself: distinct
 *     original speakers across the cluster, counting every unattributed report as the article's own
 *     origin family; a ministry's figure repeated by five outlets is 1
 * @param contradictingArticles articles with a claim that contradicts this one, sorted; the claim's own
 *     article is listed when another speaker in it says the opposite (a governor denying what a group
 *     claims in the same report)
 * @param contradictedByIndependent true when a contradicting claim comes from a source that is not
 *     a party to the conflict
 * @param flags cross-article findings: {@code inconsistent-figures}, {@code attribution-stripped},
 *     {@code figure-update}, ...
 */
public record Corroboration(
    String claimId,
    String clusterId,
    List<String> supportingArticles,
    int independentOrigins,
    int independentSources,
    List<String> contradictingArticles,
    boolean contradictedByIndependent,
    List<String> flags) {

  public Corroboration {
    supportingArticles = List.copyOf(supportingArticles);
    contradictingArticles = List.copyOf(contradictingArticles);
    flags = List.copyOf(flags);
    if (independentOrigins < 1) {
      throw new IllegalArgumentException("a claim has at least its own origin");
    }
  }

  /** Evidence for a claim that nothing else in the batch repeats or contradicts. */
  public static Corroboration alone(String claimId) {
    return new Corroboration(claimId, claimId, List.of(), 1, 1, List.of(), false, List.of());
  }

  public boolean contradicted() {
    return !contradictingArticles.isEmpty();
  }
}
