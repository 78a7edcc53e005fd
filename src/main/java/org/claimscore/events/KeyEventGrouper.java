package org.claimscore.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.Place;

/**
 * Groups articles into events by the specific keys they share, with blocking on keys, a cap on
 * very common keys, and union-find.
 *
 * <h2>Design decision: which shared keys prove one event</h2>
 *
 * <p>Each key has a weight: a salient term (a capitalised name the lexicon does not know, a figure
 * with its unit) or a lexicon place that is a locality within a region weighs {@link #STRONG}; a
 * named person or organisation from the lexicon {@link #MEDIUM}; a region, a country, a government,
 * an anonymous or media source {@link #WEAK}. A key held by more than {@link #EVENT_SIZE} articles
 * is spread over many events, so its weight is scaled by {@code EVENT_SIZE / df}. Two articles are
 * one event when the weights of their shared keys add up to {@link #MERGE_AT}, at least one shared
 * key is strong, and, when both are dated, they are at most {@link #MAX_DAYS_APART} days apart.
 * "Russia", "Putin" and "the Kursk region" together never reach that without a village, a name or
 * a figure. Events are the connected groups of such pairs.
 *
 * <p>Cost: candidate pairs come only from strong and medium keys held by 2 to {@link #MAX_POSTING}
 * articles, so each article is compared with at most {@code keys x MAX_POSTING} others, and a pair
 * is scored by merging two sorted key arrays. Articles are processed in id order and the result is
 * a set of connected groups named by their smallest id, so it does not depend on input order.
 */
public final class KeyEventGrouper implements EventGrouper {

  /** Weight of a key that alone goes a long way to prove one event. */
  static final double STRONG = 1.0;
  /** Weight of a named person or organisation from the lexicon. */
  static final double MEDIUM = 0.6;
  /** Weight of a broad key: region, country, government, unnamed source. */
  static final double WEAK = 0.25;
  /** Summed weight of shared keys from which two articles are one event. */
  static final double MERGE_AT = 2.0;
  /** Articles of one event rarely exceed this; a key held by more is discounted. */
  static final int EVENT_SIZE = 8;
  /** A key held by more articles than this generates no candidate pairs. */
  static final int MAX_POSTING = 64;
  /** Two dated articles further apart than this are different events. */
  static final long MAX_DAYS_APART = 3;

  private final Map<String, Double> placeWeight;
  private final Map<String, Double> actorWeight;

  /** A grouper that weighs every lexicon place and actor as {@link #MEDIUM}. */
  public KeyEventGrouper() {
    this.placeWeight = Map.of();
    this.actorWeight = Map.of();
  }

  /**
   * A grouper that weighs the lexicon's places by how local they are (a place inside a region
   * named otherwise is strong; a region or a place without one is weak) and its actors by kind
   * (people and organisations medium; governments, anonymous and media sources weak).
   */
  public KeyEventGrouper(Lexicon lexicon) {
    Map<String, Double> places = new HashMap<>();
    for (Place p : lexicon.places()) {
      boolean local = !p.region().isBlank() && !p.region().equalsIgnoreCase(p.name());
      places.put(p.name(), local ? STRONG : WEAK);
    }
    Map<String, Double> actors = new HashMap<>();
    for (Actor a : lexicon.actors()) {
      String kind = a.kind().toLowerCase(Locale.ROOT);
      actors.put(a.name(), kind.equals("person") || kind.equals("organisation") ? MEDIUM : WEAK);
    }
    this.placeWeight = Map.copyOf(places);
    this.actorWeight = Map.copyOf(actors);
  }

  @Override
  public Map<String, String> group(List<ArticleKeys> articles) {
    List<ArticleKeys> sorted = merged(articles);
    int n = sorted.size();
    Map<String, Integer> keyIds = new HashMap<>();
    List<Double> baseWeight = new ArrayList<>();
    int[][] keysOf = new int[n][];
    for (int i = 0; i < n; i++) {
      ArticleKeys a = sorted.get(i);
      int[] ids = new int[a.places().size() + a.actors().size() + a.terms().size()];
      int k = 0;
      for (String p : a.places()) {
        ids[k++] = keyId(keyIds, baseWeight, "p:" + p, placeWeight.getOrDefault(p, MEDIUM));
      }
      for (String x : a.actors()) {
        ids[k++] = keyId(keyIds, baseWeight, "a:" + x, actorWeight.getOrDefault(x, MEDIUM));
      }
      for (String t : a.terms()) {
        ids[k++] = keyId(keyIds, baseWeight, "t:" + t, STRONG);
      }
      keysOf[i] = Arrays.stream(ids).sorted().distinct().toArray();
    }
    int keys = baseWeight.size();
    int[] df = new int[keys];
    for (int[] ids : keysOf) {
      for (int id : ids) {
        df[id]++;
      }
    }
    double[] weight = new double[keys];
    for (int id = 0; id < keys; id++) {
      weight[id] = baseWeight.get(id) * (df[id] <= EVENT_SIZE ? 1.0 : (double) EVENT_SIZE / df[id]);
    }
    int[][] postings = new int[keys][];
    int[] filled = new int[keys];
    for (int id = 0; id < keys; id++) {
      boolean blocks = baseWeight.get(id) >= MEDIUM && df[id] >= 2 && df[id] <= MAX_POSTING;
      postings[id] = blocks ? new int[df[id]] : null;
    }
    for (int i = 0; i < n; i++) {
      for (int id : keysOf[i]) {
        if (postings[id] != null) {
          postings[id][filled[id]++] = i;
        }
      }
    }

    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int[] lastSeen = new int[n];
    Arrays.fill(lastSeen, -1);
    for (int i = 0; i < n; i++) {
      for (int id : keysOf[i]) {
        int[] list = postings[id];
        if (list == null) {
          continue;
        }
        for (int j : list) {
          if (j <= i || lastSeen[j] == i) {
            continue;
          }
          lastSeen[j] = i;
          if (find(parent, i) != find(parent, j) && sameEvent(sorted.get(i), sorted.get(j), keysOf[i], keysOf[j],
              weight, baseWeight)) {
            union(parent, i, j);
          }
        }
      }
    }

    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      out.put(sorted.get(i).articleId(), sorted.get(find(parent, i)).articleId());
    }
    return out;
  }

  private static boolean sameEvent(
      ArticleKeys a, ArticleKeys b, int[] x, int[] y, double[] weight, List<Double> baseWeight) {
    LocalDate da = a.published();
    LocalDate db = b.published();
    if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) > MAX_DAYS_APART) {
      return false;
    }
    double score = 0;
    boolean strong = false;
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] < y[q]) {
        p++;
      } else if (x[p] > y[q]) {
        q++;
      } else {
        score += weight[x[p]];
        strong |= baseWeight.get(x[p]) >= STRONG;
        p++;
        q++;
      }
    }
    return strong && score >= MERGE_AT;
  }

  /** One entry per article id, in id order; two entries with one id are one article with both key sets. */
  private static List<ArticleKeys> merged(List<ArticleKeys> articles) {
    TreeMap<String, ArticleKeys> byId = new TreeMap<>();
    for (ArticleKeys a : articles) {
      byId.merge(a.articleId(), a, KeyEventGrouper::union);
    }
    return new ArrayList<>(byId.values());
  }

  private static ArticleKeys union(ArticleKeys a, ArticleKeys b) {
    LocalDate date = a.published() == null ? b.published()
        : b.published() == null ? a.published()
        : a.published().isBefore(b.published()) ? a.published() : b.published();
    return new ArticleKeys(a.articleId(), date, both(a.places(), b.places()), both(a.actors(), b.actors()),
        both(a.terms(), b.terms()));
  }

  private static List<String> both(List<String> x, List<String> y) {
    return java.util.stream.Stream.concat(x.stream(), y.stream()).distinct().sorted(Comparator.naturalOrder())
        .toList();
  }

  private static int keyId(Map<String, Integer> ids, List<Double> weights, String key, double weight) {
    Integer id = ids.get(key);
    if (id == null) {
      id = weights.size();
      ids.put(key, id);
      weights.add(weight);
    }
    return id;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups under the smaller index, so a root is always the group's smallest article id. */
  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a < b) {
      parent[b] = a;
    } else if (b < a) {
      parent[a] = b;
    }
  }
}
