package org.claimscore.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimscore.ingest.Rejection;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ScoredClaim;

/** Counts for the end-of-run summary, added up event by event so a large run keeps no claims. */
final class RunTotals {

  private int articles;
  private int claims;
  private int flagged;
  private int sharedClusters;
  private final Set<String> families = new HashSet<>();
  private final Set<String> events = new HashSet<>();
  private final Map<String, Integer> grades = new TreeMap<>();
  private List<Rejection> rejected = List.of();

  void add(ScoredBatch part) {
    articles += part.articles().size();
    part.origins().values().forEach(o -> families.add(o.family()));
    events.addAll(part.events().values());
    for (ScoredClaim c : part.claims()) {
      claims++;
      grades.merge(c.score().grade(), 1, Integer::sum);
      if (!c.score().flags().isEmpty()) {
        flagged++;
      }
    }
    sharedClusters += (int) part.clusters().stream().filter(c -> c.articles().size() > 1).count();
  }

  void rejected(List<Rejection> rejections) {
    this.rejected = List.copyOf(rejections);
  }

  int articles() {
    return articles;
  }

  int claims() {
    return claims;
  }

  int flagged() {
    return flagged;
  }

  int sharedClusters() {
    return sharedClusters;
  }

  int families() {
    return families.size();
  }

  int events() {
    return events.size();
  }

  Map<String, Integer> grades() {
    return grades;
  }

  List<Rejection> rejectedInputs() {
    return rejected;
  }
}
