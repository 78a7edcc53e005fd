package org.claimscore.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.language.Language;
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
 *
 * <h2>Design decision: tolls are one proposition across wordings</h2>
 *
 * <p>"At least 40 killed", "killing 47" and "the death toll rose to 52" about one incident state
 * one proposition, whatever their words: two casualty claims of one event that share a place, an
 * actor or two content words and give a count of the dead (or wounded) are compared by their
 * figures. A figure is a range: "at least 40" allows 40 and more, "about 50" 45 to 55. Figures
 * whose ranges meet back each other ("at least 40" and "47"); when both are exact counts or
 * their ranges do not meet, the larger is the later, more complete count and the smaller is
 * flagged {@code figure-update}; a count that backs a larger one is flagged too, as superseded.
 * Nobody hurt against a toll is a contradiction. One voice giving two tolls without a cue may be
 * counting two incidents, so nothing is said of them. A sentence that counts the dead several times
 * ("killed six children ..., bringing the death toll to 11") is superseded by another voice's
 * single count larger than all of them, and supersedes nothing: its largest count may be a wider
 * toll ("pushing the toll of the war to 680").
 *
 * <p>A claim about a past incident ("the 2004 tsunami killed 230,000") is compared only with
 * claims about the same past year, never with the event's own figures: see {@link IncidentYears}.
 */
public final class PropositionCorroborator implements Corroborator {

  /** How many other origin families, all naming a source, make a bare statement of theirs attribution-stripped. */
  static final int STRIPPED_MIN_FAMILIES = 2;

  /** A blocking key held by more claims than this is too common to generate candidate pairs. */
  static final int MAX_POSTING = 100;

  /** A claim stated as bare fact that other articles attribute to a source. */
  public static final String ATTRIBUTION_STRIPPED = "attribution-stripped";
  /** Reports of the same statement give different figures. */
  public static final String INCONSISTENT_FIGURES = "inconsistent-figures";
  /** A later or more complete count of the same incident has replaced this claim's figure. */
  public static final String FIGURE_UPDATE = "figure-update";
  /** Another voice says the opposite: the outcome went the other way, or nobody was hurt. */
  public static final String CONTRADICTED = "contradicted";
  /** Every evidence flag this corroborator can raise. */
  public static final List<String> EVIDENCE_FLAGS =
      List.of(ATTRIBUTION_STRIPPED, CONTRADICTED, FIGURE_UPDATE, INCONSISTENT_FIGURES);

  private final Map<String, String> regionOf;
  private final Set<String> media;
  private final FeatureWords featureWords;

  /** A corroborator that knows no regions nor outlets: only places named alike are the same place. */
  public PropositionCorroborator(Language language) {
    this(Map.of(), Set.of(), language);
  }

  /**
   * A corroborator that knows which region each place lies in (from the lexicon's places), so that
   * "Tetkino" and "the Kursk region" can be one proposition but "Nizhny Novgorod" and "Kirishi" cannot.
   *
   * @param regionOf place name to region name, as in {@code places.csv}
   * @param media names of outlets and news agencies: a claim's actor of these names is no ground
   *     that two claims tell of one incident, since an outlet that reports both is not part of it
   * @param language the words claims are compared by
   */
  public PropositionCorroborator(Map<String, String> regionOf, Set<String> media, Language language) {
    this.featureWords = FeatureWords.of(language);
    Map<String, String> lower = new TreeMap<>();
    regionOf.forEach((place, region) -> {
      if (region != null && !region.isBlank()) {
        lower.put(place.trim().toLowerCase(java.util.Locale.ROOT), region.trim().toLowerCase(java.util.Locale.ROOT));
      }
    });
    this.regionOf = Map.copyOf(lower);
    Set<String> mediaNames = new TreeSet<>();
    media.forEach(name -> mediaNames.add(name.trim().toLowerCase(java.util.Locale.ROOT)));
    this.media = Set.copyOf(mediaNames);
  }

  @Override
  public CorroborationResult corroborate(List<Claim> claims, Map<String, ArticleOrigin> origins) {
    TreeMap<String, Claim> byId = new TreeMap<>();
    for (Claim c : claims) {
      byId.putIfAbsent(c.id(), c);
    }
    List<Claim> ordered = new ArrayList<>(byId.values());
    ordered.sort(Comparator.comparing(Claim::articleId).thenComparingInt(Claim::sentenceIndex)
        .thenComparing(Claim::span).thenComparing(Claim::id));
    ClaimFeatures.Factory factory = new ClaimFeatures.Factory(origins, regionOf, media, featureWords);
    List<ClaimFeatures> features = new ArrayList<>(ordered.size());
    for (Claim c : ordered) {
      features.add(factory.of(c));
    }

    int n = features.size();
    List<List<Link>> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new ArrayList<>());
    }
    int[][] keys = new int[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = features.get(i).blockingKeys(factory.vocabularySize(), factory.figureKeyCount());
    }
    CandidatePairs candidates = new CandidatePairs(keys,
        ClaimFeatures.blockingKeyCount(factory.vocabularySize(), factory.figureKeyCount()), MAX_POSTING);
    int[][] incident = IncidentYears.of(ordered);
    for (int i = 0; i < n; i++) {
      ClaimFeatures a = features.get(i);
      for (int j : candidates.after(i)) {
        if (!IncidentYears.sameIncident(incident[i], incident[j])) {
          continue;
        }
        Relation r = Relation.between(a, features.get(j));
        if (r != Relation.NONE) {
          links.get(i).add(new Link(j, r));
          links.get(j).add(new Link(i, r.inverse()));
        }
      }
    }

    boolean[] stripped = new boolean[n];
    for (int i = 0; i < n; i++) {
      ClaimFeatures f = features.get(i);
      if (f.attributed()) {
        continue;
      }
      TreeSet<String> attributing = new TreeSet<>();
      boolean toldAsFactElsewhere = false;
      for (Link l : links.get(i)) {
        ClaimFeatures other = features.get(l.other());
        if (l.relation().supports() && other.attributed() && f.ancestors().contains(other.articleId())) {
          stripped[i] = true;
          break;
        }
        if (l.relation().supports() && !other.family().equals(f.family())) {
          if (other.attributed()) {
            attributing.add(other.family());
          } else {
            toldAsFactElsewhere = true;
          }
        }
      }
      // Every other origin family that reports it names a source, and at least two do.
      stripped[i] |= !toldAsFactElsewhere && attributing.size() >= STRIPPED_MIN_FAMILIES;
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
        if (j < best && leader[j] == j && l.relation().samePropositon()
            && !Relation.overtakesSeveralCounts(l.relation(), features.get(i), features.get(j))) {
          best = j;
        }
      }
      leader[i] = best;
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    String[] clusterOf = new String[n];
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(leader[i], k -> new ArrayList<>()).add(i);
      clusterOf[i] = features.get(leader[i]).id();
    }
    // Clusters that say otherwise: another voice's claim contradicts one of the cluster's claims.
    Map<String, TreeSet<String>> against = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (Link l : links.get(i)) {
        if (l.relation() == Relation.CONTRADICTS && !features.get(l.other()).sameVoice(features.get(i))
            && !clusterOf[l.other()].equals(clusterOf[i])) {
          against.computeIfAbsent(clusterOf[i], k -> new TreeSet<>()).add(clusterOf[l.other()]);
        }
      }
    }
    List<ClaimCluster> clusters = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      String id = clusterOf[members.get(0)];
      clusters.add(cluster(members, features, against.getOrDefault(id, new TreeSet<>())));
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
      if (l.relation() == Relation.BACKS_LATER) {
        flags.add(FIGURE_UPDATE);
      }
      switch (l.relation()) {
        case MATCH, BACKS_LATER, BACKED_EARLIER -> {
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
        case UPDATED_BY -> flags.add(FIGURE_UPDATE);
        case CONTRADICTS -> {
          contradicting.add(other.articleId());
          byIndependent |= other.independentSource();
          if (!other.sameVoice(self)) {
            flags.add(CONTRADICTED);
          }
        }
        default -> { }
      }
    }
    return new Corroboration(self.id(), clusterId, List.copyOf(supporting), families.size(), sources.size(),
        List.copyOf(contradicting), byIndependent, List.copyOf(flags));
  }

  private static ClaimCluster cluster(List<Integer> members, List<ClaimFeatures> features, TreeSet<String> against) {
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
      for (int u = 0; u < f.units().length; u++) {
        long[] values = f.values()[u];
        long[] r = ranges.computeIfAbsent(f.units()[u], k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
        r[0] = Math.min(r[0], values[0]);
        r[1] = Math.max(r[1], values[values.length - 1]);
      }
    }
    List<String> figures = new ArrayList<>();
    ranges.forEach((unit, r) -> figures.add((r[0] == r[1] ? "" + r[0] : r[0] + "-" + r[1]) + " " + unit));
    String first = features.get(members.get(0)).id();
    return new ClaimCluster(first, List.copyOf(ids), List.copyOf(articles), List.copyOf(families),
        List.copyOf(speakers), String.join("; ", figures), List.copyOf(against));
  }

  /** A relation found between two claims. */
  private record Link(int other, Relation relation) {}

  /** How two claims relate. */
  enum Relation {
    NONE,
    /** They state the same proposition. */
    MATCH,
    /**
     * They state the same toll and both can be right, but the other's count is larger, so more
     * complete ("at least 48 killed" beside "72 killed"): support, and this figure is superseded.
     */
    BACKS_LATER,
    /** The inverse of {@link #BACKS_LATER}: support from a smaller count this one completes. */
    BACKED_EARLIER,
    /** The same speaker's statement reported with different figures. */
    INCONSISTENT,
    /** The other claim's figure is a later or more complete count of the same thing. */
    UPDATED_BY,
    /** This claim's figure is a later or more complete count than the other's. */
    UPDATES,
    /** Opposite outcomes for the same place or incursion, or nobody hurt against a toll. */
    CONTRADICTS;

    /** The relation seen from the other claim. */
    Relation inverse() {
      return switch (this) {
        case UPDATED_BY -> UPDATES;
        case UPDATES -> UPDATED_BY;
        case BACKS_LATER -> BACKED_EARLIER;
        case BACKED_EARLIER -> BACKS_LATER;
        default -> this;
      };
    }

    /** Whether the other claim backs this one. */
    boolean supports() {
      return this == MATCH || this == BACKS_LATER || this == BACKED_EARLIER;
    }

    /** Whether the two claims state one proposition, whatever their figures: a cluster may hold both. */
    boolean samePropositon() {
      return this != CONTRADICTS;
    }

    /** Content-word overlap that alone makes two claims one proposition. */
    static final double OVERLAP_ALONE = 0.5;
    /** Overlap enough when the claims share a place, an actor, a kind of materiel or their speaker. */
    static final double OVERLAP_WITH_ANCHOR = 0.2;
    /** Overlap enough when the claims share an exact figure. */
    static final double OVERLAP_WITH_FIGURE = 0.15;

    private static final Set<ClaimType> DISPUTABLE =
        Set.of(ClaimType.TERRITORIAL_CONTROL, ClaimType.EVENT, ClaimType.STATEMENT, ClaimType.ANALYSIS);

    private static final Set<ClaimType> LOSSES = Set.of(ClaimType.CASUALTY, ClaimType.MATERIEL_LOSS);
    private static final Set<ClaimType> GROUND = Set.of(ClaimType.EVENT, ClaimType.TERRITORIAL_CONTROL);

    /**
     * Whether a claim of ground taken or held and a claim of an attack repelled or denied speak of
     * the same ground: the first is a claim of control or names a place (ground is taken
     * somewhere; "talked of taking the fight to Russian soil", "had been taken by surprise" and
     * "the election to be held" take none), and the second names no place ("the attack was
     * repelled") or one of the same places.
     */
    static boolean groundInDispute(ClaimFeatures gained, ClaimFeatures repelled) {
      boolean ground = gained.claim().type() == ClaimType.TERRITORIAL_CONTROL || gained.places().length > 0;
      return ground && (gained.places().length == 0 || repelled.places().length == 0
          || IdSets.intersects(gained.places(), repelled.places()));
    }

    static Relation between(ClaimFeatures a, ClaimFeatures b) {
      if (a.outcome() != Outcome.NONE && b.outcome() != Outcome.NONE && a.outcome() != b.outcome()
          && DISPUTABLE.contains(a.claim().type()) && DISPUTABLE.contains(b.claim().type())
          && !a.sameVoice(b) && groundInDispute(a.outcome() == Outcome.GAINED ? a : b,
              a.outcome() == Outcome.GAINED ? b : a)) {
        return CONTRADICTS;
      }
      if (a.article() == b.article() || !compatible(a.claim().type(), b.claim().type())) {
        return NONE;
      }
      int sharedWords = a.sharedWords(b);
      double overlap = sharedWords / (double) Math.max(1, Math.min(a.words().length, b.words().length));
      boolean sharedFigure = false;
      boolean differentFigure = false;
      boolean commonUnit = false;
      int toll = -1;
      int tollOther = -1;
      long tollDifference = 0;
      for (int x = 0; x < a.unitIds().length; x++) {
        int y = indexOf(b.unitIds(), a.unitIds()[x]);
        if (y < 0) {
          continue;
        }
        commonUnit = true;
        long[] mine = a.values()[x];
        long[] other = b.values()[y];
        boolean single = mine.length == 1 && other.length == 1;
        if (IdSets.intersects(mine, other)
            || single && a.low()[x] <= b.high()[y] && b.low()[y] <= a.high()[x]) {
          sharedFigure = true;
          if (single && ClaimFeatures.TOLLS.contains(a.units()[x]) && tollDifference == 0
              && !inRounderWords(a, x, b, y) && !inRounderWords(b, y, a, x)) {
            tollDifference = Long.compare(mine[0], other[0]);
          }
        } else if (single) {
          differentFigure = true;
          if (ClaimFeatures.TOLLS.contains(a.units()[x]) && toll < 0) {
            toll = x;
            tollOther = y;
          }
        } else if (ClaimFeatures.TOLLS.contains(a.units()[x]) && (mine.length == 1 || other.length == 1)
            && !largestMeets(a, x, b, y)
            && (mine.length == 1) == (mine[mine.length - 1] > other[other.length - 1])) {
          // A sentence that counts one toll several times ("killed six children ..., bringing the
          // confirmed death toll to 11") is overtaken by a single count larger than all of them; it
          // overtakes none, since its largest may count more than the incident ("pushing the toll
          // of the war to 680").
          differentFigure = true;
          if (toll < 0) {
            toll = x;
            tollOther = y;
          }
        }
      }
      boolean singleStatements = !a.multiStatement() && !b.multiStatement();
      boolean tolls = LOSSES.contains(a.claim().type()) && LOSSES.contains(b.claim().type())
          && !(a.areas().length > 0 && b.areas().length > 0 && !IdSets.intersects(a.areas(), b.areas()))
          && (sharedWords >= 2 || anchored(a, b) || a.nobodyHurt() && b.nobodyHurt()
              || (a.bareToll() || b.bareToll()) && !a.noReportsOfCasualties() && !b.noReportsOfCasualties());
      if (differentFigure && singleStatements) {
        if (sharedFigure && a.sameVoice(b)) {
          return INCONSISTENT;
        }
        if (tolls && toll >= 0) {
          return toll(a, b, toll, tollOther);
        }
        boolean sameTopic = sharedWords >= 2 && overlap >= OVERLAP_WITH_FIGURE && anchored(a, b);
        return sameTopic ? newer(a, b) : NONE;
      }
      if (differentFigure && tolls && toll >= 0) {
        // A sentence with several figures of other units ("30 killed and 55 injured, five of them
        // critically") still states one toll of the dead when it gives that toll once.
        return toll(a, b, toll, tollOther);
      }
      if (tolls && sharedFigure && singleStatements) {
        return tollDifference == 0 ? MATCH : tollDifference < 0 ? BACKS_LATER : BACKED_EARLIER;
      }
      if (!sharedFigure && (commonUnit || a.units().length > 0 && b.units().length > 0)) {
        return NONE;
      }
      if (sharedWords < 2
          || a.areas().length > 0 && b.areas().length > 0 && !IdSets.intersects(a.areas(), b.areas())) {
        return NONE;
      }
      if (overlap >= OVERLAP_ALONE
          || sharedFigure && overlap >= OVERLAP_WITH_FIGURE
          || anchored(a, b) && overlap >= OVERLAP_WITH_ANCHOR) {
        return MATCH;
      }
      return NONE;
    }

    /**
     * Two counts of the dead or wounded of one incident that cannot both be right. Nobody hurt
     * against a toll is a contradiction. Otherwise the larger is the later, more complete count:
     * tolls of one incident grow as bodies are found and counts come in, and a lower figure is
     * rarely a correction ("rose to 55" beside "72 deaths" is the older of the two). The same voice
     * giving two figures without a cue may be counting two incidents, so nothing is said. Two
     * tolls are about one incident only when they share a place, an actor or two content words
     * and name no different areas, or when one of them gives the toll and little else ("the
     * governor said 50 were injured", {@link ClaimFeatures#bareToll()}): such a toll in a story of
     * one event counts the event's own; the article's own "no casualties" with no place is mostly an
     * early "no immediate reports of casualties", which a bare toll overtakes rather than contradicts.
     */
    private static Relation toll(ClaimFeatures a, ClaimFeatures b, int x, int y) {
      long mine = a.values()[x][a.values()[x].length - 1];
      long other = b.values()[y][b.values()[y].length - 1];
      if ((mine == 0) != (other == 0)) {
        return CONTRADICTS;
      }
      if (a.sameVoice(b) && a.updateCue() == b.updateCue()) {
        return NONE;
      }
      return mine > other ? UPDATES : UPDATED_BY;
    }

    /**
     * True when one claim's single toll overtakes the several counts of that toll another gives
     * (and no toll of theirs is a single count on both sides): the two are not told as one
     * proposition, so the cluster of the toll does not gather them.
     */
    static boolean overtakesSeveralCounts(Relation r, ClaimFeatures a, ClaimFeatures b) {
      if (r != UPDATES && r != UPDATED_BY) {
        return false;
      }
      boolean several = false;
      for (int x = 0; x < a.unitIds().length; x++) {
        int y = indexOf(b.unitIds(), a.unitIds()[x]);
        if (y >= 0 && ClaimFeatures.TOLLS.contains(a.units()[x])) {
          if (a.values()[x].length == 1 && b.values()[y].length == 1) {
            return false;
          }
          several = true;
        }
      }
      return several;
    }

    /**
     * True when the largest of the counts of unit {@code x} and {@code y} that one claim gives
     * several times lies within the range of the other claim's single count.
     */
    private static boolean largestMeets(ClaimFeatures a, int x, ClaimFeatures b, int y) {
      long[] mine = a.values()[x];
      long[] other = b.values()[y];
      return mine.length == 1
          ? a.low()[x] <= other[other.length - 1] && other[other.length - 1] <= a.high()[x]
          : b.low()[y] <= mine[mine.length - 1] && mine[mine.length - 1] <= b.high()[y];
    }

    /**
     * True when claim {@code a}'s figure of unit {@code x} is claim {@code b}'s count of unit
     * {@code y} in rounder words: a bound or an estimate ("more than 200", "at least 40", "about
     * 50") whose value is the count rounded down at the value's last non-zero digit (249, 41, 53).
     * Such a figure is the same count, not an earlier one that the exact count superseded;
     * "at least 3" beside 24 is an earlier count.
     */
    private static boolean inRounderWords(ClaimFeatures a, int x, ClaimFeatures b, int y) {
      long rounded = a.values()[x][0];
      long count = b.values()[y][0];
      if (a.low()[x] == a.high()[x] || rounded <= 0) {
        return false;
      }
      long place = 1;
      while (rounded % (place * 10) == 0) {
        place *= 10;
      }
      return rounded <= count && count < rounded + place;
    }

    /** Of two figures of the same topic, the one that says it is newer ("rose to", "revised") updates the other. */
    private static Relation newer(ClaimFeatures a, ClaimFeatures b) {
      return a.updateCue() == b.updateCue() ? NONE : a.updateCue() ? UPDATES : UPDATED_BY;
    }

    private static boolean compatible(ClaimType x, ClaimType y) {
      return x == y || LOSSES.contains(x) && LOSSES.contains(y) || GROUND.contains(x) && GROUND.contains(y);
    }

    /** True when the claims share a place, an actor or a kind of materiel, or report the same voice. */
    private static boolean anchored(ClaimFeatures a, ClaimFeatures b) {
      return a.sameVoice(b) || IdSets.intersects(a.places(), b.places()) || IdSets.intersects(a.actors(), b.actors())
          || IdSets.intersects(a.materiel(), b.materiel());
    }

    private static int indexOf(int[] ids, int id) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == id) {
          return i;
        }
      }
      return -1;
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

}
