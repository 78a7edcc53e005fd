package org.claimscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.ClaimCluster;
import org.claimscore.ingest.Article;
import org.claimscore.scoring.ScoredClaim;

/**
 * Writes a cluster's figures the way a fact-checker sums them up: each kind of count as a sequence
 * from the smallest figure to the largest, with who gave each, and the clusters that say otherwise.
 *
 * <h2>Design decision: a sequence runs from the smallest count to the largest</h2>
 *
 * <p>The corroborator reads the larger of two counts of one incident as the later, more complete
 * one (tolls grow as bodies are found), so the sequence is written in that order and its last figure
 * is the one the others led to: {@code killed: 1 (Associated Press) -> 5 (inquirer.net) -> 24 (disaster
 * agency)}. Who gave a figure is its speaker, or the outlet (else the article) that states it as
 * its own. Kinds of count come in order of how many claims give them, so a toll leads.
 */
final class ClusterSummary {

  /** Names written for one figure before the rest are counted. */
  private static final int NAMED = 3;

  private final Map<String, ScoredClaim> claims = new TreeMap<>();
  private final Map<String, String> outlets = new TreeMap<>();
  private final Map<String, ClaimCluster> clusters = new TreeMap<>();

  /** A summary of the clusters of one part of a batch (an event, or a whole batch in memory). */
  ClusterSummary(ScoredBatch part) {
    for (Article a : part.articles()) {
      outlets.put(a.id(), a.outlet());
    }
    for (ScoredClaim sc : part.claims()) {
      claims.put(sc.claim().id(), sc);
    }
    for (ClaimCluster c : part.clusters()) {
      clusters.put(c.id(), c);
    }
  }

  /**
   * The figures of {@code cluster}, one sequence per kind of count, {@code "; "} between kinds:
   * {@code killed: 1 (Associated Press) -> 24 (Sutopo Purwo Nugroho, The Independent); wounded: ...}.
   */
  String figures(ClaimCluster cluster) {
    Map<String, Map<Figure, TreeSet<String>>> byUnit = new TreeMap<>();
    Map<String, TreeSet<String>> claimsByUnit = new TreeMap<>();
    for (String id : cluster.claimIds()) {
      ScoredClaim sc = claims.get(id);
      if (sc == null) {
        continue;
      }
      for (Quantity q : sc.claim().numbers()) {
        if (q.vague()) {
          continue;
        }
        byUnit.computeIfAbsent(q.unit(), u -> new TreeMap<>())
            .computeIfAbsent(Figure.of(q), f -> new TreeSet<>()).add(voice(sc.claim()));
        claimsByUnit.computeIfAbsent(q.unit(), u -> new TreeSet<>()).add(id);
      }
    }
    List<String> units = new ArrayList<>(byUnit.keySet());
    units.sort(Comparator.comparingInt((String u) -> -claimsByUnit.get(u).size()).thenComparing(u -> u));
    List<String> parts = new ArrayList<>();
    for (String unit : units) {
      List<String> steps = new ArrayList<>();
      byUnit.get(unit).forEach((figure, voices) -> steps.add(figure.text() + " (" + names(voices) + ")"));
      parts.add(unit + ": " + String.join(" -> ", steps));
    }
    return String.join("; ", parts);
  }

  /**
   * The clusters whose claims contradict a claim of {@code cluster}, each with its figures:
   * {@code 41_11ecbplus#2: killed: 0 (Enough Project, unhcr.org)}; only the id for one without figures.
   */
  List<String> contradictedBy(ClaimCluster cluster) {
    List<String> out = new ArrayList<>();
    for (String id : cluster.contradictedBy()) {
      ClaimCluster other = clusters.get(id);
      String figures = other == null ? "" : figures(other);
      out.add(figures.isEmpty() ? id : id + ": " + figures);
    }
    return out;
  }

  /** Who gave a claim: its speaker, else the outlet that states it as its own, else its article. */
  private String voice(Claim c) {
    if (c.attribution().attributed() && !c.attribution().speaker().isEmpty()) {
      return c.attribution().speaker();
    }
    String outlet = outlets.getOrDefault(c.articleId(), Article.UNKNOWN_OUTLET);
    return outlet.isEmpty() || outlet.equals(Article.UNKNOWN_OUTLET) ? c.articleId() : outlet;
  }

  private static String names(TreeSet<String> voices) {
    List<String> named = new ArrayList<>();
    for (String v : voices) {
      if (named.size() == NAMED) {
        named.add("and " + (voices.size() - NAMED) + " more");
        break;
      }
      named.add(v);
    }
    return String.join(", ", named);
  }

  /**
   * A figure without its unit, ordered smallest count first and, of equal counts, the exact one
   * before "at least", "more than" and the rest.
   *
   * @param lowest the count it starts from ("up to 55" starts from 55: nothing lower is said)
   * @param text as the report writes it: {@code 24}, {@code >=3}, {@code ~30}, {@code 5-7}
   */
  private record Figure(long lowest, Quantity.Qualifier qualifier, long value, long upper, String text)
      implements Comparable<Figure> {

    private static final Comparator<Figure> ORDER = Comparator.comparingLong(Figure::lowest)
        .thenComparing(Figure::qualifier).thenComparingLong(Figure::value).thenComparingLong(Figure::upper);

    static Figure of(Quantity q) {
      String shown = q.display();
      return new Figure(q.qualifier() == Quantity.Qualifier.UP_TO ? q.upper() : q.value(), q.qualifier(), q.value(),
          q.upper(), shown.substring(0, shown.length() - q.unit().length() - 1));
    }

    @Override
    public int compareTo(Figure other) {
      return ORDER.compare(this, other);
    }
  }
}
