package org.claimscore.corroboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Quantity;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.provenance.ArticleOrigin;

/**
 * Links claims of different articles that state the same proposition, and claims that contradict
 * each other, from shared places, actors, figures and content words.
 *
 * <h2>Design decision: support is per pair, clusters are only for the report</h2>
 *
 * <p>One sentence can carry two statements ("killed 195 ... two days after saying it killed 234"),
 * so a connected group of claims can chain unrelated propositions. A claim's support, origins and
 * sources are computed from its direct matches only; {@link ClaimCluster}s, kept for the report,
 * gather each leading claim with the later claims that match it directly. Candidate pairs come from blocking keys (places, actors, figures,
 * content words, outcome), and a key shared by more than {@link #MAX_POSTING} claims generates no
 * pairs, so the cost grows with the batch, not with its square.
 */
public final class PropositionCorroborator implements Corroborator {

  /** A blocking key held by more claims than this is too common to generate candidate pairs. */
  static final int MAX_POSTING = 100;

  /** A claim stated as bare fact that other articles attribute to a source. */
  public static final String ATTRIBUTION_STRIPPED = "attribution-stripped";
  /** Reports of the same statement give different figures. */
  public static final String INCONSISTENT_FIGURES = "inconsistent-figures";
  /** A later report of the same statement updates its figure. */
  public static final String FIGURE_UPDATE = "figure-update";
  /** Every evidence flag this corroborator can raise. */
  public static final List<String> EVIDENCE_FLAGS = List.of(ATTRIBUTION_STRIPPED, FIGURE_UPDATE, INCONSISTENT_FIGURES);

  private final Map<String, String> regionOf;

  /** A corroborator that knows no regions: only places named alike are the same place. */
  public PropositionCorroborator() {
    this(Map.of());
  }

  /**
   * A corroborator that knows which region each place lies in (from the lexicon's places), so that
   * "Tetkino" and "the Kursk region" can be one proposition but "Nizhny Novgorod" and "Kirishi" cannot.
   *
   * @param regionOf place name to region name, as in {@code places.csv}
   */
  public PropositionCorroborator(Map<String, String> regionOf) {
    Map<String, String> lower = new TreeMap<>();
    regionOf.forEach((place, region) -> {
      if (region != null && !region.isBlank()) {
        lower.put(place.trim().toLowerCase(java.util.Locale.ROOT), region.trim().toLowerCase(java.util.Locale.ROOT));
      }
    });
    this.regionOf = Map.copyOf(lower);
  }

  @Override
  public CorroborationResult corroborate(List<Claim> claims, Map<String, ArticleOrigin> origins) {
    TreeMap<String, Claim> byId = new TreeMap<>();
    for (Claim c : claims) {
      byId.putIfAbsent(c.id(), c);
    }
    Map<String, Set<String>> ancestors = new HashMap<>();
    List<ClaimFeatures> features = byId.values().stream()
        .sorted(Comparator.comparing(Claim::articleId).thenComparingInt(Claim::sentenceIndex)
            .thenComparing(Claim::span).thenComparing(Claim::id))
        .map(c -> ClaimFeatures.of(c, origins, regionOf,
            ancestors.computeIfAbsent(c.articleId(), a -> ClaimFeatures.ancestors(a, origins))))
        .toList();

    int n = features.size();
    List<List<Link>> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new ArrayList<>());
    }
    for (long pair : candidatePairs(features)) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      Relation r = Relation.between(features.get(i), features.get(j));
      if (r != Relation.NONE) {
        links.get(i).add(new Link(j, r));
        links.get(j).add(new Link(i, r));
      }
    }

    boolean[] stripped = new boolean[n];
    for (int i = 0; i < n; i++) {
      ClaimFeatures f = features.get(i);
      if (f.attributed()) {
        continue;
      }
      for (Link l : links.get(i)) {
        ClaimFeatures other = features.get(l.other());
        if (l.relation() == Relation.MATCH && other.attributed() && f.ancestors().contains(other.articleId())) {
          stripped[i] = true;
          break;
        }
      }
    }

    // Leader clustering: each claim joins the cluster of the earliest claim it states the same thing
    // as, if that claim leads a cluster; otherwise it leads a new one. Unlike connected components,
    // this never chains unrelated propositions through a sentence that mentions two of them.
    int[] leader = new int[n];
    for (int i = 0; i < n; i++) {
      leader[i] = i;
      int best = i;
      for (Link l : links.get(i)) {
        int j = l.other();
        if (j < best && leader[j] == j && l.relation() != Relation.CONTRADICTS) {
          best = j;
        }
      }
      leader[i] = best;
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(leader[i], k -> new ArrayList<>()).add(i);
    }
    String[] clusterOf = new String[n];
    List<ClaimCluster> clusters = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      ClaimCluster cluster = cluster(members, features);
      clusters.add(cluster);
      for (int m : members) {
        clusterOf[m] = cluster.id();
      }
    }
    clusters.sort(Comparator.comparing(ClaimCluster::id));

    Map<String, Corroboration> byClaim = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byClaim.put(features.get(i).id(), evidence(i, features, links.get(i), stripped, clusterOf[i]));
    }
    return new CorroborationResult(byClaim, clusters);
  }

  private static Corroboration evidence(
      int i, List<ClaimFeatures> features, List<Link> links, boolean[] stripped, String clusterId) {
    ClaimFeatures self = features.get(i);
    TreeSet<String> supporting = new TreeSet<>();
    TreeSet<String> families = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> contradicting = new TreeSet<>();
    TreeSet<String> flags = new TreeSet<>();
    boolean byIndependent = false;
    families.add(self.family());
    if (!stripped[i]) {
      sources.add(self.sourceKey());
    } else {
      flags.add(ATTRIBUTION_STRIPPED);
    }
    for (Link l : links) {
      ClaimFeatures other = features.get(l.other());
      switch (l.relation()) {
        case MATCH -> {
          supporting.add(other.articleId());
          families.add(other.family());
          // A claim of the same origin family is the same report again: it adds no source, unless this
          // claim stripped the attribution its family's original gives.
          boolean sameFamily = other.family().equals(self.family());
          if (!stripped[l.other()] && (!sameFamily || stripped[i] && other.attributed())) {
            sources.add(other.sourceKey());
          }
        }
        case INCONSISTENT -> {
          contradicting.add(other.articleId());
          flags.add(INCONSISTENT_FIGURES);
        }
        case UPDATE -> flags.add(FIGURE_UPDATE);
        case CONTRADICTS -> {
          contradicting.add(other.articleId());
          byIndependent |= other.independentSource();
        }
        default -> { }
      }
    }
    return new Corroboration(self.id(), clusterId, List.copyOf(supporting), families.size(), sources.size(),
        List.copyOf(contradicting), byIndependent, List.copyOf(flags));
  }

  private static ClaimCluster cluster(List<Integer> members, List<ClaimFeatures> features) {
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> articles = new TreeSet<>();
    TreeSet<String> families = new TreeSet<>();
    TreeSet<String> speakers = new TreeSet<>();
    TreeMap<String, long[]> ranges = new TreeMap<>();
    for (int m : members) {
      ClaimFeatures f = features.get(m);
      ids.add(f.id());
      articles.add(f.articleId());
      families.add(f.family());
      speakers.add(f.claim().attribution().speaker());
      f.figures().forEach((unit, values) -> {
        long[] r = ranges.computeIfAbsent(unit, u -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
        r[0] = Math.min(r[0], values.first());
        r[1] = Math.max(r[1], values.last());
      });
    }
    List<String> figures = new ArrayList<>();
    ranges.forEach((unit, r) -> figures.add((r[0] == r[1] ? "" + r[0] : r[0] + "-" + r[1]) + " " + unit));
    String first = features.get(members.get(0)).id();
    return new ClaimCluster(first, List.copyOf(ids), List.copyOf(articles), List.copyOf(families),
        List.copyOf(speakers), String.join("; ", figures));
  }

  private static long[] candidatePairs(List<ClaimFeatures> features) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String key : features.get(i).blockingKeys()) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    long[] pairs = new long[16];
    int count = 0;
    for (List<Integer> list : postings.values()) {
      if (list.size() < 2 || list.size() > MAX_POSTING) {
        continue;
      }
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, count * 2);
          }
          pairs[count++] = ((long) list.get(x) << 32) | list.get(y);
        }
      }
    }
    Arrays.sort(pairs, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || pairs[distinct - 1] != pairs[i]) {
        pairs[distinct++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, distinct);
  }

  /** A relation found between two claims. */
  private record Link(int other, Relation relation) {}

  /** How two claims relate. */
  enum Relation {
    NONE,
    /** They state the same proposition. */
    MATCH,
    /** The same speaker's statement reported with different figures. */
    INCONSISTENT,
    /** The same figure reported higher later. */
    UPDATE,
    /** Opposite outcomes for the same place or incursion. */
    CONTRADICTS;

    /** Content-word overlap that alone makes two claims one proposition. */
    static final double OVERLAP_ALONE = 0.5;
    /** Overlap enough when the claims share a place, an actor, a kind of materiel or their speaker. */
    static final double OVERLAP_WITH_ANCHOR = 0.2;
    /** Overlap enough when the claims share an exact figure. */
    static final double OVERLAP_WITH_FIGURE = 0.15;

    private static final Set<ClaimType> DISPUTABLE =
        Set.of(ClaimType.TERRITORIAL_CONTROL, ClaimType.EVENT, ClaimType.STATEMENT, ClaimType.ANALYSIS);

    static Relation between(ClaimFeatures a, ClaimFeatures b) {
      if (a.outcome() != Outcome.NONE && b.outcome() != Outcome.NONE && a.outcome() != b.outcome()
          && DISPUTABLE.contains(a.claim().type()) && DISPUTABLE.contains(b.claim().type())
          && !a.sameVoice(b)
          && (a.places().isEmpty() || b.places().isEmpty() || intersects(a.places(), b.places()))) {
        return CONTRADICTS;
      }
      if (a.articleId().equals(b.articleId()) || !compatible(a.claim().type(), b.claim().type())) {
        return NONE;
      }
      int sharedWords = shared(a.words(), b.words());
      double overlap = sharedWords / (double) Math.max(1, Math.min(a.words().size(), b.words().size()));
      boolean sharedFigure = false;
      boolean differentFigure = false;
      boolean commonUnit = false;
      for (Map.Entry<String, TreeSet<Long>> e : a.figures().entrySet()) {
        TreeSet<Long> other = b.figures().get(e.getKey());
        if (other == null) {
          continue;
        }
        commonUnit = true;
        if (intersects(e.getValue(), other)) {
          sharedFigure = true;
        } else if (e.getValue().size() == 1 && other.size() == 1) {
          differentFigure = true;
        }
      }
      boolean singleStatements = !a.multiStatement() && !b.multiStatement();
      if (differentFigure && singleStatements) {
        if (sharedFigure && a.sameVoice(b)) {
          return INCONSISTENT;
        }
        boolean sameTopic = sharedWords >= 2 && overlap >= OVERLAP_WITH_FIGURE && anchors(a, b) > 0;
        return sameTopic && (a.updateCue() || b.updateCue()) ? UPDATE : NONE;
      }
      if (!sharedFigure && (commonUnit || !a.figures().isEmpty() && !b.figures().isEmpty())) {
        return NONE;
      }
      if (sharedWords < 2 || !a.areas().isEmpty() && !b.areas().isEmpty() && !intersects(a.areas(), b.areas())) {
        return NONE;
      }
      if (overlap >= OVERLAP_ALONE
          || sharedFigure && overlap >= OVERLAP_WITH_FIGURE
          || anchors(a, b) > 0 && overlap >= OVERLAP_WITH_ANCHOR) {
        return MATCH;
      }
      return NONE;
    }

    private static boolean compatible(ClaimType x, ClaimType y) {
      if (x == y) {
        return true;
      }
      Set<ClaimType> losses = Set.of(ClaimType.CASUALTY, ClaimType.MATERIEL_LOSS);
      Set<ClaimType> ground = Set.of(ClaimType.EVENT, ClaimType.TERRITORIAL_CONTROL);
      return losses.contains(x) && losses.contains(y) || ground.contains(x) && ground.contains(y);
    }

    /** Shared places, actors and kinds of materiel, plus one when both report the same voice. */
    private static int anchors(ClaimFeatures a, ClaimFeatures b) {
      int sameSpeaker = a.sameVoice(b) ? 1 : 0;
      return sameSpeaker + shared(a.places(), b.places()) + shared(a.actors(), b.actors())
          + shared(a.materiel(), b.materiel());
    }

    private static <T> boolean intersects(Set<T> x, Set<T> y) {
      return shared(x, y) > 0;
    }

    private static <T> int shared(Set<T> x, Set<T> y) {
      Set<T> small = x.size() <= y.size() ? x : y;
      Set<T> large = small == x ? y : x;
      int count = 0;
      for (T t : small) {
        if (large.contains(t)) {
          count++;
        }
      }
      return count;
    }
  }

  /** Which way a claim says a fight for ground went. */
  enum Outcome {
    NONE,
    GAINED,
    REPELLED
  }

  /** Independent kinds of speaker: a contradiction from one of these is not a party's word against another's. */
  static boolean independentKind(SpeakerKind kind) {
    return kind == SpeakerKind.PERSON || kind == SpeakerKind.ORGANISATION || kind == SpeakerKind.MEDIA
        || kind == SpeakerKind.UNKNOWN;
  }

  static List<Quantity> exact(List<Quantity> numbers) {
    return numbers.stream().filter(q -> !q.vague()).toList();
  }
}
