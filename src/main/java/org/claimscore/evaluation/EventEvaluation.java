package org.claimscore.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares the events a grouper made with gold events, pair by pair: two articles of one gold
 * event should share a predicted event, two of different gold events should not.
 *
 * <p>Precision is the share of predicted same-event pairs that are gold same-event pairs, recall
 * the share of gold same-event pairs that were predicted. Counted from the sizes of the (predicted,
 * gold) overlaps, so the cost is linear in the number of articles. Only articles that have both a
 * predicted and a gold event are counted.
 *
 * @param pairs the pair counts behind precision, recall and F1
 * @param articles articles counted
 * @param events predicted events among them
 * @param singletons predicted events of one article
 * @param goldEvents gold events among them
 * @param merges predicted events that join articles of several gold events, most wrong pairs first
 * @param splits gold events spread over several predicted events, most missed pairs first
 */
public record EventEvaluation(
    PairScore pairs, int articles, int events, int singletons, int goldEvents, List<Merge> merges,
    List<Split> splits) {

  /** Parts of a merge or split listed by {@link #lines}. */
  static final int PARTS_SHOWN = 8;

  public EventEvaluation {
    Objects.requireNonNull(pairs, "pairs");
    merges = List.copyOf(merges);
    splits = List.copyOf(splits);
  }

  /**
   * Same-event pair counts.
   *
   * @param truePairs pairs in one predicted and one gold event
   * @param predictedPairs pairs in one predicted event
   * @param goldPairs pairs in one gold event
   */
  public record PairScore(long truePairs, long predictedPairs, long goldPairs) {

    public PairScore {
      if (truePairs < 0 || truePairs > predictedPairs || truePairs > goldPairs) {
        throw new IllegalArgumentException("bad pair counts " + truePairs + "/" + predictedPairs + "/" + goldPairs);
      }
    }

    /** 1.0 when no pair was predicted, as no predicted pair was wrong. */
    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
    }

    /** 1.0 when the gold has no pair. */
    public double recall() {
      return goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * A predicted event holding articles of more than one gold event.
   *
   * @param event the predicted event id
   * @param wrongPairs its pairs of articles from different gold events
   * @param parts how many of its articles each gold event has, largest first
   */
  public record Merge(String event, long wrongPairs, List<Part> parts) {
    public Merge {
      Objects.requireNonNull(event, "event");
      parts = List.copyOf(parts);
    }
  }

  /**
   * A gold event whose articles went to more than one predicted event.
   *
   * @param goldEvent the gold event
   * @param missedPairs its pairs of articles that were put in different events
   * @param parts how many of its articles each predicted event has, largest first
   */
  public record Split(String goldEvent, long missedPairs, List<Part> parts) {
    public Split {
      Objects.requireNonNull(goldEvent, "goldEvent");
      parts = List.copyOf(parts);
    }
  }

  /** An event and how many articles of the other side's event it holds. */
  public record Part(String event, int articles) {
    public Part {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * Scores {@code predicted} (article id to event id) against {@code gold} (article id to gold
   * event), over the articles both name.
   */
  public static EventEvaluation compare(Map<String, String> predicted, Map<String, String> gold) {
    // overlap.get(p).get(g): articles in predicted event p and gold event g.
    Map<String, Map<String, Integer>> overlap = new TreeMap<>();
    Map<String, Map<String, Integer>> byGold = new TreeMap<>();
    int articles = 0;
    for (Map.Entry<String, String> e : new TreeMap<>(predicted).entrySet()) {
      String g = gold.get(e.getKey());
      if (g == null) {
        continue;
      }
      articles++;
      overlap.computeIfAbsent(e.getValue(), k -> new TreeMap<>()).merge(g, 1, Integer::sum);
      byGold.computeIfAbsent(g, k -> new TreeMap<>()).merge(e.getValue(), 1, Integer::sum);
    }
    long truePairs = 0;
    long predictedPairs = 0;
    int singletons = 0;
    List<Merge> merges = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : overlap.entrySet()) {
      long size = 0;
      long right = 0;
      for (int n : e.getValue().values()) {
        size += n;
        right += pairs(n);
      }
      truePairs += right;
      predictedPairs += pairs(size);
      singletons += size == 1 ? 1 : 0;
      if (e.getValue().size() > 1) {
        merges.add(new Merge(e.getKey(), pairs(size) - right, parts(e.getValue())));
      }
    }
    long goldPairs = 0;
    List<Split> splits = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : byGold.entrySet()) {
      long size = 0;
      long kept = 0;
      for (int n : e.getValue().values()) {
        size += n;
        kept += pairs(n);
      }
      goldPairs += pairs(size);
      if (e.getValue().size() > 1) {
        splits.add(new Split(e.getKey(), pairs(size) - kept, parts(e.getValue())));
      }
    }
    merges.sort(Comparator.comparingLong(Merge::wrongPairs).reversed().thenComparing(Merge::event));
    splits.sort(Comparator.comparingLong(Split::missedPairs).reversed().thenComparing(Split::goldEvent));
    return new EventEvaluation(new PairScore(truePairs, predictedPairs, goldPairs), articles, overlap.size(),
        singletons, byGold.size(), merges, splits);
  }

  /**
   * The evaluation as text: counts, pairwise scores, then the {@code worst} largest merges and
   * splits, each with its parts.
   */
  public List<String> lines(int worst) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%d articles, %d gold events, %d events, %d singletons", articles, goldEvents,
        events, singletons));
    out.add(String.format(Locale.ROOT, "pairwise precision %.3f recall %.3f F1 %.3f (%d right pairs, %d grouped,"
        + " %d gold)", pairs.precision(), pairs.recall(), pairs.f1(), pairs.truePairs(), pairs.predictedPairs(),
        pairs.goldPairs()));
    out.add(merges.size() + " merges (an event holding articles of several gold events), worst first:");
    merges.stream().limit(worst).forEach(m -> out.add(String.format(Locale.ROOT, "  %s: %d wrong pairs; %s",
        m.event(), m.wrongPairs(), text(m.parts()))));
    out.add(splits.size() + " splits (a gold event over several events), worst first:");
    splits.stream().limit(worst).forEach(s -> out.add(String.format(Locale.ROOT, "  %s: %d missed pairs; %s",
        s.goldEvent(), s.missedPairs(), text(s.parts()))));
    return out;
  }

  /** "a 3, b 1", the first {@link #PARTS_SHOWN} parts, then how many more. */
  private static String text(List<Part> parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i == PARTS_SHOWN) {
        sb.append(", and ").append(parts.size() - i).append(" more");
        break;
      }
      sb.append(i == 0 ? "" : ", ").append(parts.get(i).event()).append(' ').append(parts.get(i).articles());
    }
    return sb.toString();
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static List<Part> parts(Map<String, Integer> counts) {
    List<Part> out = new ArrayList<>();
    counts.forEach((event, n) -> out.add(new Part(event, n)));
    out.sort(Comparator.comparingInt(Part::articles).reversed().thenComparing(Part::event));
    return out;
  }
}
