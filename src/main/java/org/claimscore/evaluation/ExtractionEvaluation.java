package org.claimscore.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimscore.claims.ClaimExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.sentences.SentenceSplitter;

/**
 * Compares extracted claims with a gold file: claims are aligned to gold rows by span (same
 * article, overlapping spans, one to one, largest overlap first), then each field is scored.
 *
 * <p>Design decision: for every field but the type, a row counts as a positive only when the
 * field holds something (a speaker, a kind other than none, the party flag set, a hedge, a
 * figure); a true positive is an aligned pair whose values are both present and equal. So
 * precision asks "when the extractor names a speaker, is it the right one?" and recall asks
 * "of the speakers a reader sees, how many did it name correctly?". The type is present on
 * every row. Hedges compare as sets, figures as lists in text order.
 *
 * <p>{@code speaker} compares names as written. {@code speaker_head} also counts a speaker
 * right when it names the same person or body by the same head word, as a reader would: "Mr
 * Nugroho" or "Nugroho" for "Sutopo Purwo Nugroho", "Greek police" for "police". The head is the
 * last word, or the word before "of" or "for" ("government of X"); the other words of one
 * name must all appear in the other, except title words (Mr, spokesman), so
 * "Indonesian government" never matches "South Korean government". It shows how many speakers
 * are found but named differently; {@code speaker} stays the strict measure.
 *
 * @param scores one score per measure, claim detection first
 * @param disagreements every difference, in article and offset order
 */
public record ExtractionEvaluation(List<Score> scores, List<Disagreement> disagreements) {

  /** The measures, in report order. */
  public static final List<String> MEASURES =
      List.of("claim", "type", "speaker", "speaker_head", "speaker_kind", "party_to_conflict", "hedges", "figures");

  public ExtractionEvaluation {
    scores = List.copyOf(scores);
    disagreements = List.copyOf(disagreements);
  }

  /** Precision, recall and F1 of one measure, from its counts. */
  public record Score(String measure, int truePositives, int predicted, int gold) {

    public Score {
      Objects.requireNonNull(measure, "measure");
      if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
        throw new IllegalArgumentException("bad counts for " + measure);
      }
    }

    /** 1.0 when nothing was predicted, as nothing predicted was wrong. */
    public double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** 1.0 when the gold holds nothing for this measure. */
    public double recall() {
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * One difference between gold and extraction.
   *
   * @param articleId the article
   * @param offset start of the gold row's span, or of the predicted claim's when gold has none
   * @param field the measure that differs; {@code claim} for a missed or spurious claim
   * @param gold the gold value ({@code ""} for none)
   * @param predicted the extracted value ({@code ""} for none)
   */
  public record Disagreement(String articleId, int offset, String field, String gold, String predicted) {}

  /** The score of {@code measure}. */
  public Score score(String measure) {
    return scores.stream().filter(s -> s.measure().equals(measure)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no measure " + measure));
  }

  /** Splits and extracts every article, giving one row per claim. */
  public static List<GoldRow> extract(List<Article> articles, SentenceSplitter splitter, ClaimExtractor extractor) {
    List<GoldRow> rows = new ArrayList<>();
    for (Article a : articles) {
      extractor.extract(a, splitter.split(a)).forEach(c -> rows.add(GoldRow.of(c)));
    }
    return rows;
  }

  /** Aligns {@code predicted} to {@code gold} and scores every measure, with no title words. */
  public static ExtractionEvaluation compare(List<GoldRow> gold, List<GoldRow> predicted) {
    return compare(gold, predicted, Set.of());
  }

  /**
   * Aligns {@code predicted} to {@code gold} and scores every measure; {@code titleWords}
   * (lower case: honorifics, ranks, offices) are ignored when {@code speaker_head} compares names.
   */
  public static ExtractionEvaluation compare(List<GoldRow> gold, List<GoldRow> predicted, Set<String> titleWords) {
    List<int[]> pairs = align(gold, predicted);
    List<Disagreement> diffs = new ArrayList<>();
    List<Score> scores = new ArrayList<>();
    scores.add(new Score("claim", pairs.size(), predicted.size(), gold.size()));
    boolean[] goldMatched = new boolean[gold.size()];
    boolean[] predMatched = new boolean[predicted.size()];
    for (int[] p : pairs) {
      goldMatched[p[0]] = true;
      predMatched[p[1]] = true;
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!goldMatched[i]) {
        GoldRow g = gold.get(i);
        diffs.add(new Disagreement(g.articleId(), g.span().start(), "claim", g.text(), ""));
      }
    }
    for (int j = 0; j < predicted.size(); j++) {
      if (!predMatched[j]) {
        GoldRow r = predicted.get(j);
        diffs.add(new Disagreement(r.articleId(), r.span().start(), "claim", "", r.text()));
      }
    }
    scores.add(field("type", GoldRow::type, gold, predicted, pairs, diffs));
    scores.add(field("speaker", GoldRow::speaker, gold, predicted, pairs, diffs));
    scores.add(sameHead(gold, predicted, pairs, titleWords));
    scores.add(field("speaker_kind", r -> r.speakerKind().equals("none") ? "" : r.speakerKind(), gold, predicted,
        pairs, diffs));
    scores.add(field("party_to_conflict", r -> r.partyToConflict() ? "true" : "", gold, predicted, pairs, diffs));
    scores.add(field("hedges", r -> String.join(";", r.hedges().stream().sorted().distinct().toList()), gold,
        predicted, pairs, diffs));
    scores.add(field("figures", r -> String.join(";", r.figures()), gold, predicted, pairs, diffs));
    diffs.sort(Comparator.comparing(Disagreement::articleId).thenComparingInt(Disagreement::offset)
        .thenComparingInt(d -> MEASURES.indexOf(d.field())));
    return new ExtractionEvaluation(scores, diffs);
  }

  private static Score field(String measure, Function<GoldRow, String> value, List<GoldRow> gold,
      List<GoldRow> predicted, List<int[]> pairs, List<Disagreement> diffs) {
    int goldCount = (int) gold.stream().map(value).filter(v -> !v.isEmpty()).count();
    int predictedCount = (int) predicted.stream().map(value).filter(v -> !v.isEmpty()).count();
    int tp = 0;
    for (int[] p : pairs) {
      GoldRow g = gold.get(p[0]);
      String gv = value.apply(g);
      String pv = value.apply(predicted.get(p[1]));
      if (gv.equals(pv)) {
        tp += gv.isEmpty() ? 0 : 1;
      } else {
        diffs.add(new Disagreement(g.articleId(), g.span().start(), measure, gv, pv));
      }
    }
    return new Score(measure, tp, predictedCount, goldCount);
  }

  private static Score sameHead(List<GoldRow> gold, List<GoldRow> predicted, List<int[]> pairs,
      Set<String> titleWords) {
    int goldCount = (int) gold.stream().filter(r -> !r.speaker().isEmpty()).count();
    int predictedCount = (int) predicted.stream().filter(r -> !r.speaker().isEmpty()).count();
    int tp = 0;
    for (int[] p : pairs) {
      if (sameHead(gold.get(p[0]).speaker(), predicted.get(p[1]).speaker(), titleWords)) {
        tp++;
      }
    }
    return new Score("speaker_head", tp, predictedCount, goldCount);
  }

  /** True when both names are present and name one speaker by its head word (see the type's notes). */
  static boolean sameHead(String a, String b, Set<String> titleWords) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    int hx = head(x);
    int hy = head(y);
    if (!x.get(hx).equals(y.get(hy))) {
      return false;
    }
    return within(x, hx, y, titleWords) || within(y, hy, x, titleWords);
  }

  /** True when every word of {@code name} but its head and title words appears in {@code other}. */
  private static boolean within(List<String> name, int head, List<String> other, Set<String> titleWords) {
    for (int i = 0; i < name.size(); i++) {
      String w = name.get(i);
      if (i != head && !titleWords.contains(w) && !other.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words, without "the", a possessive or punctuation. */
  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String raw : name.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
      String w = raw.replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
      if (!w.isEmpty() && !w.equals("the")) {
        out.add(w);
      }
    }
    return out;
  }

  private static int head(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("of") || words.get(i).equals("for")) {
        return i - 1;
      }
    }
    return words.size() - 1;
  }

  /** Pairs {gold index, predicted index}: same article, overlapping spans, largest overlap first. */
  private static List<int[]> align(List<GoldRow> gold, List<GoldRow> predicted) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      GoldRow g = gold.get(i);
      for (int j = 0; j < predicted.size(); j++) {
        GoldRow p = predicted.get(j);
        if (g.articleId().equals(p.articleId()) && g.span().overlaps(p.span())) {
          int overlap = Math.min(g.span().end(), p.span().end()) - Math.max(g.span().start(), p.span().start());
          candidates.add(new int[] {i, j, overlap});
        }
      }
    }
    candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    HashSet<Integer> usedGold = new HashSet<>();
    HashSet<Integer> usedPredicted = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (!usedGold.contains(c[0]) && !usedPredicted.contains(c[1])) {
        usedGold.add(c[0]);
        usedPredicted.add(c[1]);
        pairs.add(new int[] {c[0], c[1]});
      }
    }
    return pairs;
  }
}
