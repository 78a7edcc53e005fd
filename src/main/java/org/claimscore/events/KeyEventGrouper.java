package org.claimscore.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.Place;

/**
 * Groups articles into events by the keys they share: near-duplicates first, then average linkage
 * over similarities that weigh each key by how rare it is, between pairs found by blocking on keys.
 *
 * <h2>Design decision: how shared keys make one event</h2>
 *
 * <p>Each key has a base weight by kind: a salient term (a name the lexicon does not know, a
 * figure, a number) or a lexicon place that is a locality within a region is {@link #STRONG}; a
 * date the text refers to weighs more, {@link #DATE}, but is not strong; a named person or
 * organisation from the lexicon {@link #MEDIUM}; a region, a country, a government, an anonymous or
 * media source {@link #WEAK}. The base weight is multiplied by {@code ln(1 + DF_SCALE / df)}, where
 * {@code df} counts the stories (below) that hold the key: a victim's name held by four stories
 * weighs about four times as much as "Indonesia" held by four hundred, but common keys still count.
 * Two stories are as similar as the cosine of their weighted key vectors, times a decay for the
 * days between them when both are dated: none within {@link #SAME_DAYS} days, then halving every
 * {@link #HALF_LIFE_DAYS} days, so a follow-up three weeks later joins when it shares the
 * incident's rare keys and a same-kind event a year later does not. A key only one story holds
 * counts for {@link #OWN_KEY_SHARE} of its weight in that story's length: page furniture and stray
 * words should not make a long article unlike every other, but in a batch of two the keys they do
 * not share must still count. A pair counts only when it shares at least two strong keys: "Russia",
 * "Putin" and "Friday" alone never link two articles.
 *
 * <p>Events are then grown by average linkage: the two groups whose stories are on average most
 * similar are joined, again and again. Unlike joining every similar pair, a round-up that names two
 * incidents of one kind does not chain them into one event once each has a few articles of its
 * own. The average two groups need grows with the size of the smaller one, from {@link #LINK_AT}
 * for a lone story by {@link #LINK_STEP} per further story up to {@link #LINK_AT_MOST}: incidents
 * of one kind (two quakes in one country, two arrests of one team's players) share background
 * names, so two well-covered ones are on average fairly similar, while a lone article is joined
 * where it fits best on weaker evidence.
 *
 * <p>Stories: articles whose keys are near-identical (Jaccard at least {@link #NEAR_DUPLICATE},
 * found with MinHash bands over the keys) are one story before anything else, so a wire story
 * reprinted three thousand times is one story, its keys are as rare as it is, and the grouping of
 * the other articles does not depend on how often it was reprinted.
 *
 * <p>Cost: every step is linear in the keys of the batch but candidate pairs, which come only from
 * keys that are not weak and are held by 2 to {@link #MAX_POSTING} stories; a pair is scored by
 * merging two sorted key arrays, and a join moves the smaller group's neighbour table into the
 * larger one. Articles are processed in id order and an event is named by its smallest article id,
 * so the result does not depend on input order.
 */
public final class KeyEventGrouper implements EventGrouper {

  /** Base weight of a key that alone goes a long way to prove one event. */
  static final double STRONG = 1.0;
  /** Base weight of a date the text refers to: shared by chance less often than a name. */
  static final double DATE = 1.5;
  /** Base weight of a named person or organisation from the lexicon. */
  static final double MEDIUM = 0.6;
  /** Base weight of a broad key: region, country, government, unnamed source. */
  static final double WEAK = 0.25;
  /** Scale of the rarity factor {@code ln(1 + DF_SCALE / df)}. */
  static final double DF_SCALE = 1000;
  /** A key held by more stories than this makes no candidate pairs (it still counts in their similarity). */
  static final int MAX_POSTING = 64;
  /** Average similarity from which a lone story joins a group. */
  static final double LINK_AT = 0.10;
  /** What each further story of the smaller of two groups adds to the similarity they need to join. */
  static final double LINK_STEP = 0.02;
  /** The most average similarity two groups ever need to join. */
  static final double LINK_AT_MOST = 0.20;
  /** Share of its weight a key counts for in the length of the one story that holds it. */
  static final double OWN_KEY_SHARE = 0.5;
  /** Pairs less similar than this are treated as unrelated. */
  static final double PAIR_FLOOR = 0.02;
  /** Dated articles this many days apart or fewer are not discounted. */
  static final long SAME_DAYS = 3;
  /** Beyond {@link #SAME_DAYS}, the similarity halves every this many days. */
  static final double HALF_LIFE_DAYS = 30;
  /** Jaccard similarity of their keys from which two articles are one story. */
  static final double NEAR_DUPLICATE = 0.8;
  /** Articles with fewer keys are never taken for near-duplicates. */
  static final int NEAR_DUPLICATE_MIN_KEYS = 5;
  /** MinHash bands, and minima per band, for finding near-duplicates. */
  private static final int BANDS = 8;
  private static final int ROWS = 2;
  /** The epoch day of a story without a publication date. */
  private static final long UNDATED = Long.MIN_VALUE;

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
    Keys keys = new Keys();
    int[][] keysOf = new int[n][];
    for (int i = 0; i < n; i++) {
      keysOf[i] = keys.of(sorted.get(i));
    }
    int[] storyOf = stories(keysOf, keys.hashes());

    // One entry per story, named by its first article; its keys are that article's.
    int[] storyIndex = new int[n];
    List<Integer> firsts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (storyOf[i] == i) {
        storyIndex[i] = firsts.size();
        firsts.add(i);
      }
    }
    int stories = firsts.size();
    // The first publication day of each story, as an epoch day; UNDATED when none is known.
    long[] dayOf = new long[stories];
    Arrays.fill(dayOf, UNDATED);
    for (int i = 0; i < n; i++) {
      int s = storyIndex[storyOf[i]];
      LocalDate d = sorted.get(i).published();
      if (d != null && (dayOf[s] == UNDATED || d.toEpochDay() < dayOf[s])) {
        dayOf[s] = d.toEpochDay();
      }
    }
    int[][] storyKeys = new int[stories][];
    int[] df = new int[keys.size()];
    for (int s = 0; s < stories; s++) {
      storyKeys[s] = keysOf[firsts.get(s)];
      for (int id : storyKeys[s]) {
        df[id]++;
      }
    }
    double[] weight = new double[keys.size()];
    for (int id = 0; id < weight.length; id++) {
      weight[id] = df[id] == 0 ? 0 : keys.base(id) * Math.log(1 + DF_SCALE / df[id]);
    }
    double[] norm = new double[stories];
    for (int s = 0; s < stories; s++) {
      double sum = 0;
      for (int id : storyKeys[s]) {
        double w = df[id] >= 2 ? weight[id] : OWN_KEY_SHARE * weight[id];
        sum += w * w;
      }
      norm[s] = Math.sqrt(sum);
    }

    Linkage linkage = new Linkage(stories);
    int[][] postings = postings(storyKeys, df, keys);
    int[] lastSeen = new int[stories];
    Arrays.fill(lastSeen, -1);
    for (int s = 0; s < stories; s++) {
      for (int id : storyKeys[s]) {
        int[] list = postings[id];
        if (list == null) {
          continue;
        }
        for (int t : list) {
          if (t <= s || lastSeen[t] == s) {
            continue;
          }
          lastSeen[t] = s;
          double dot = similarity(storyKeys[s], storyKeys[t], weight, keys);
          if (dot == 0) {
            continue;
          }
          double similarity = dot / (norm[s] * norm[t]) * decay(dayOf[s], dayOf[t]);
          if (similarity >= PAIR_FLOOR) {
            linkage.pair(s, t, similarity);
          }
        }
      }
    }
    int[] groupOf = linkage.run();

    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int group = groupOf[storyIndex[storyOf[i]]];
      out.put(sorted.get(i).articleId(), sorted.get(firsts.get(group)).articleId());
    }
    return out;
  }

  /** The weighted dot product of two stories' keys; 0 unless they share two strong keys. */
  private static double similarity(int[] x, int[] y, double[] weight, Keys keys) {
    double dot = 0;
    int strong = 0;
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] < y[q]) {
        p++;
      } else if (x[p] > y[q]) {
        q++;
      } else {
        int id = x[p];
        dot += weight[id] * weight[id];
        strong += keys.base(id) == STRONG ? 1 : 0;
        p++;
        q++;
      }
    }
    return strong >= 2 ? dot : 0;
  }

  /**
   * 1 when either date is unknown or they are at most {@link #SAME_DAYS} apart, then halving every
   * {@link #HALF_LIFE_DAYS}.
   */
  static double decay(LocalDate a, LocalDate b) {
    return decay(a == null ? UNDATED : a.toEpochDay(), b == null ? UNDATED : b.toEpochDay());
  }

  private static double decay(long dayA, long dayB) {
    if (dayA == UNDATED || dayB == UNDATED) {
      return 1;
    }
    long days = Math.abs(dayA - dayB);
    return days <= SAME_DAYS ? 1 : Math.pow(0.5, (days - SAME_DAYS) / HALF_LIFE_DAYS);
  }

  /**
   * The first article of each article's story. Articles with the same MinHash signature in some
   * band are compared with the first of them, and joined when their keys are near-identical.
   */
  private static int[] stories(int[][] keysOf, int[] keyHash) {
    int n = keysOf.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int band = 0; band < BANDS; band++) {
      long[] entries = new long[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (keysOf[i].length >= NEAR_DUPLICATE_MIN_KEYS) {
          entries[count++] = (long) signature(keysOf[i], keyHash, band) << 32 | i;
        }
      }
      long[] bucketed = Arrays.copyOf(entries, count);
      Arrays.sort(bucketed);
      int start = 0;
      for (int k = 1; k <= count; k++) {
        if (k == count || bucketed[k] >>> 32 != bucketed[start] >>> 32) {
          int first = (int) bucketed[start];
          for (int m = start + 1; m < k; m++) {
            int other = (int) bucketed[m];
            if (jaccard(keysOf[first], keysOf[other]) >= NEAR_DUPLICATE) {
              union(parent, first, other);
            }
          }
          start = k;
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  /** One band's signature: the minima of {@link #ROWS} hash functions over the keys, combined. */
  private static int signature(int[] ids, int[] keyHash, int band) {
    int combined = band;
    for (int row = 0; row < ROWS; row++) {
      int seed = 0x5bd1e995 * (band * ROWS + row + 1);
      int min = Integer.MAX_VALUE;
      for (int id : ids) {
        min = Math.min(min, mix(keyHash[id] ^ seed));
      }
      combined = mix(combined * 31 + min);
    }
    return combined;
  }

  /** MurmurHash3's final mix: every input bit affects every output bit. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static double jaccard(int[] x, int[] y) {
    int common = 0;
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] < y[q]) {
        p++;
      } else if (x[p] > y[q]) {
        q++;
      } else {
        common++;
        p++;
        q++;
      }
    }
    return (double) common / (x.length + y.length - common);
  }

  /** The stories holding each blocking key (not weak, held by 2 to {@link #MAX_POSTING} stories); null for others. */
  private static int[][] postings(int[][] storyKeys, int[] df, Keys keys) {
    int[][] postings = new int[df.length][];
    int[] filled = new int[df.length];
    for (int id = 0; id < df.length; id++) {
      boolean blocks = keys.base(id) > WEAK && df[id] >= 2 && df[id] <= MAX_POSTING;
      postings[id] = blocks ? new int[df[id]] : null;
    }
    for (int s = 0; s < storyKeys.length; s++) {
      for (int id : storyKeys[s]) {
        if (postings[id] != null) {
          postings[id][filled[id]++] = s;
        }
      }
    }
    return postings;
  }

  /** The keys of a batch: an id for each distinct key of each kind, its base weight and the hash of its text. */
  private final class Keys {
    private static final int PLACE = 0;
    private static final int ACTOR = 1;
    private static final int TERM = 2;
    private static final int DATE_KEY = 3;

    /** Ids by key, one map per kind, so that a place and a term of one spelling are two keys. */
    private final List<Map<String, Integer>> ids = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashMap<>());
    private double[] base = new double[256];
    private int[] hash = new int[256];
    private int size;

    int size() {
      return size;
    }

    double base(int id) {
      return base[id];
    }

    int[] hashes() {
      return hash;
    }

    /** The sorted, distinct ids of an article's keys. */
    int[] of(ArticleKeys a) {
      int[] out = new int[a.places().size() + a.actors().size() + a.terms().size() + a.dates().size()];
      int k = 0;
      for (String p : a.places()) {
        out[k++] = id(PLACE, p, placeWeight.getOrDefault(p, MEDIUM));
      }
      for (String x : a.actors()) {
        out[k++] = id(ACTOR, x, actorWeight.getOrDefault(x, MEDIUM));
      }
      for (String t : a.terms()) {
        out[k++] = id(TERM, t, STRONG);
      }
      for (String d : a.dates()) {
        out[k++] = id(DATE_KEY, d, DATE);
      }
      Arrays.sort(out);
      int n = 0;
      for (int i = 0; i < out.length; i++) {
        if (n == 0 || out[i] != out[n - 1]) {
          out[n++] = out[i];
        }
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int id(int kind, String key, double weight) {
      Integer id = ids.get(kind).get(key);
      if (id == null) {
        id = size++;
        ids.get(kind).put(key, id);
        if (id == base.length) {
          base = Arrays.copyOf(base, id * 2);
          hash = Arrays.copyOf(hash, id * 2);
        }
        base[id] = weight;
        hash[id] = key.hashCode() * 31 + kind;
      }
      return id;
    }
  }

  /**
   * Average linkage over a sparse graph of similar pairs. Each group keeps the summed similarity
   * to each neighbouring group; the most similar pair of groups comes from a queue whose entries
   * may be stale but never understate, and is checked against the sums before it is joined.
   */
  private static final class Linkage {
    private final int[] parent;
    private final int[] size;
    /** Summed similarity to each neighbouring group, for each group's root; null once joined. */
    private final IntDoubleMap[] sums;
    /** The smallest story of each group: the group's name. */
    private final int[] first;
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(
        Comparator.comparingDouble(Candidate::average).reversed().thenComparingInt(Candidate::a)
            .thenComparingInt(Candidate::b));

    private record Candidate(double average, int a, int b) {}

    /** One group per story. */
    Linkage(int stories) {
      parent = new int[stories];
      size = new int[stories];
      sums = new IntDoubleMap[stories];
      first = new int[stories];
      for (int s = 0; s < stories; s++) {
        parent[s] = s;
        size[s] = 1;
        sums[s] = new IntDoubleMap();
        first[s] = s;
      }
    }

    void pair(int s, int t, double similarity) {
      sums[s].add(t, similarity);
      sums[t].add(s, similarity);
      offer(s, t);
    }

    /** The group of each story, named by the group's smallest story. */
    int[] run() {
      Candidate c;
      while ((c = queue.poll()) != null) {
        if (sums[c.a()] == null || sums[c.b()] == null) {
          continue;
        }
        double current = average(c.a(), c.b());
        if (current != c.average()) {
          offer(c.a(), c.b());
          continue;
        }
        if (current < linkAt(Math.min(size[c.a()], size[c.b()]))) {
          continue;
        }
        join(c.a(), c.b());
      }
      int[] out = new int[parent.length];
      for (int s = 0; s < parent.length; s++) {
        out[s] = first[root(s)];
      }
      return out;
    }

    /** The average similarity two groups need when the smaller has {@code stories} stories. */
    static double linkAt(int stories) {
      return Math.min(LINK_AT_MOST, LINK_AT + LINK_STEP * (stories - 1));
    }

    private double average(int a, int b) {
      return sums[a].get(b) / ((double) size[a] * size[b]);
    }

    private void offer(int a, int b) {
      double average = average(a, b);
      if (average >= LINK_AT) {
        queue.add(new Candidate(average, Math.min(a, b), Math.max(a, b)));
      }
    }

    /** The group with the larger table survives; the other's neighbours move to it. */
    private void join(int a, int b) {
      int keep = sums[a].size() >= sums[b].size() ? a : b;
      int gone = keep == a ? b : a;
      IntDoubleMap kept = sums[keep];
      IntDoubleMap moved = sums[gone];
      kept.remove(gone);
      moved.remove(keep);
      sums[gone] = null;
      parent[gone] = keep;
      size[keep] += size[gone];
      first[keep] = Math.min(first[keep], first[gone]);
      for (int c : moved.keys()) {
        double sum = moved.get(c);
        kept.add(c, sum);
        sums[c].remove(gone);
        sums[c].add(keep, sum);
        offer(keep, c);
      }
    }

    private int root(int s) {
      while (parent[s] != s) {
        s = parent[s];
      }
      return s;
    }
  }

  /** One entry per article id, in id order; two entries with one id are one article with all their keys. */
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
        both(a.terms(), b.terms()), both(a.dates(), b.dates()));
  }

  private static List<String> both(List<String> x, List<String> y) {
    return Stream.concat(x.stream(), y.stream()).distinct().sorted(Comparator.naturalOrder()).toList();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two sets under the smaller index, so a root is always its set's smallest article. */
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
