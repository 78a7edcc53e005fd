package org.claimscore.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimscore.scoring.Firing;
import org.claimscore.scoring.ScoredClaim;

/**
 * Checks judgement keys against scored claims: how many hold, and for each that does not, the
 * evidence both claims were judged on.
 *
 * <p>Design decision: a key's claim is the scored claim of the same article whose sentence
 * overlaps the key's span most (the earlier claim on a tie). A key whose claim the extractor did
 * not find fails as "not found": a judgement about a sentence the tool never scored does not hold.
 *
 * @param keys every key checked
 * @param outcomes one outcome per key, in key order
 */
public record JudgementEvaluation(List<JudgementKeys.Key> keys, List<Outcome> outcomes) {

  public JudgementEvaluation {
    keys = List.copyOf(keys);
    outcomes = List.copyOf(outcomes);
    if (keys.size() != outcomes.size()) {
      throw new IllegalArgumentException("one outcome per key");
    }
  }

  /**
   * What became of one key.
   *
   * @param held whether it holds
   * @param explanation why not, with the evidence of each claim (empty when it holds)
   */
  public record Outcome(boolean held, List<String> explanation) {
    public Outcome {
      explanation = List.copyOf(explanation);
    }
  }

  /** Matches every key's claims among {@code claims} and checks it. */
  public static JudgementEvaluation check(List<JudgementKeys.Key> keys, List<ScoredClaim> claims) {
    Map<String, List<ScoredClaim>> byArticle = claims.stream()
        .collect(Collectors.groupingBy(c -> c.claim().articleId()));
    List<Outcome> outcomes = new ArrayList<>();
    for (JudgementKeys.Key k : keys) {
      ScoredClaim a = find(k.a(), byArticle);
      ScoredClaim b = k.b() == null ? null : find(k.b(), byArticle);
      List<String> why = new ArrayList<>();
      if (a == null || (k.b() != null && b == null)) {
        if (a == null) {
          why.add("claim A " + k.a() + " was not found among the extracted claims");
        }
        if (k.b() != null && b == null) {
          why.add("claim B " + k.b() + " was not found among the extracted claims");
        }
        outcomes.add(new Outcome(false, why));
        continue;
      }
      boolean held = switch (k.kind()) {
        case ABOVE -> a.score().confidence() > b.score().confidence();
        case FLAGGED -> flags(a).contains(k.flag());
        case NOT_FLAGGED -> !flags(a).contains(k.flag());
      };
      if (!held) {
        why.add("A " + evidence(a));
        if (b != null) {
          why.add("B " + evidence(b));
        }
      }
      outcomes.add(new Outcome(held, why));
    }
    return new JudgementEvaluation(keys, outcomes);
  }

  /** How many keys hold. */
  public int held() {
    return (int) outcomes.stream().filter(Outcome::held).count();
  }

  /** The figures and every failure, as lines a person reads. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%d of %d judgement keys hold (%.1f%%)", held(), keys.size(),
        keys.isEmpty() ? 100.0 : 100.0 * held() / keys.size()));
    Map<JudgementKeys.Kind, int[]> byKind = new EnumMap<>(JudgementKeys.Kind.class);
    for (int i = 0; i < keys.size(); i++) {
      int[] c = byKind.computeIfAbsent(keys.get(i).kind(), x -> new int[2]);
      c[0] += outcomes.get(i).held() ? 1 : 0;
      c[1]++;
    }
    byKind.forEach((kind, c) -> lines.add(String.format(Locale.ROOT, "  %-12s %d of %d", kind.label(), c[0], c[1])));
    for (int i = 0; i < keys.size(); i++) {
      if (outcomes.get(i).held()) {
        continue;
      }
      JudgementKeys.Key k = keys.get(i);
      lines.add(String.format(Locale.ROOT, "FAILED %s (line %d, topic %s): %s %s%s, because %s", k.key(), k.line(),
          k.topic(), k.a(), k.kind().label(), k.b() != null ? " " + k.b() : " " + k.flag(), k.because()));
      outcomes.get(i).explanation().forEach(e -> lines.add("    " + e));
    }
    return lines;
  }

  private static ScoredClaim find(JudgementKeys.ClaimRef ref, Map<String, List<ScoredClaim>> byArticle) {
    ScoredClaim best = null;
    int most = 0;
    for (ScoredClaim c : byArticle.getOrDefault(ref.articleId(), List.of())) {
      int overlap = Math.min(c.claim().span().end(), ref.span().end())
          - Math.max(c.claim().span().start(), ref.span().start());
      if (overlap > most) {
        most = overlap;
        best = c;
      }
    }
    return best;
  }

  private static TreeSet<String> flags(ScoredClaim c) {
    TreeSet<String> all = new TreeSet<>(c.score().flags());
    all.addAll(c.evidence().flags());
    return all;
  }

  private static String evidence(ScoredClaim c) {
    String speaker = c.claim().attribution().attributed()
        ? c.claim().attribution().speaker() + " (" + c.claim().attribution().kind().label() + ")"
        : "unattributed";
    String reasons = c.score().firings().stream().map(f -> signed(f) + " " + f.rule())
        .collect(Collectors.joining("; "));
    return String.format(Locale.ROOT, "%s: confidence %d, grade %s, %s, %d independent origins, %d sources, "
            + "flags [%s], %s; reasons: %s", c.claim().id(), c.score().confidence(), c.score().grade(),
        c.claim().type().label(), c.evidence().independentOrigins(), c.evidence().independentSources(),
        String.join(", ", flags(c)), speaker, reasons.isEmpty() ? "none" : reasons);
  }

  private static String signed(Firing f) {
    return (f.points() > 0 ? "+" : "") + f.points();
  }
}
