package org.claimscore.corroboration;

import java.util.List;

/**
 * Claims in different articles that state the same proposition.
 *
 * @param id stable id: the id of its first claim in (article, position) order
 * @param claimIds member claims, sorted
 * @param articles articles the members come from, sorted
 * @param families origin families of those articles, sorted
 * @param primarySources distinct original speakers, sorted ("" stands for unattributed)
 * @param figures the range of figures given, e.g. {@code 195-234 killed; 5-7 tank}, or {@code ""}
 * @param contradictedBy clusters with a claim that another voice gives against one of these claims
 *     (nobody hurt against a toll, the opposite outcome), sorted
 */
public record ClaimCluster(
    String id, List<String> claimIds, List<String> articles, List<String> families, List<String> primarySources,
    String figures, List<String> contradictedBy) {

  public ClaimCluster {
    claimIds = List.copyOf(claimIds);
    articles = List.copyOf(articles);
    families = List.copyOf(families);
    primarySources = List.copyOf(primarySources);
    contradictedBy = List.copyOf(contradictedBy);
    if (contradictedBy.contains(id)) {
      throw new IllegalArgumentException("a cluster cannot contradict itself: " + id);
    }
  }
}
