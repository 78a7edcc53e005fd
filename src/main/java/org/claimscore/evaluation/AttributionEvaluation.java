package org.claimscore.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.sentences.SentenceSplitter;
import org.claimscore.text.Span;

/**
 * Who-said-what measured against gold attributions (PolNeAR's Source, Cue and Content spans).
 *
 * <p>Design decision: the extractor gives one speaker per claim, a sentence, while the gold marks
 * every attribution inside it. A claim is scored when its sentence overlaps a gold Content span;
 * its gold attribution is the one whose content overlaps the sentence most (the first in file
 * order on a tie). The speaker is right when the span where the extractor found it overlaps that
 * attribution's Source span. So precision asks "when the extractor names a speaker for a reported
 * sentence, does it point at the gold source?" and recall asks "of the reported sentences whose
 * source the gold marks, how many got it?". A speaker the extractor resolved from a pronoun to an
 * earlier name points at that name, while the gold marks the pronoun: such a claim counts as wrong,
 * which makes the figure a floor. Coverage is the share of gold attributions whose content falls
 * (partly) in some claim.
 *
 * @param documents texts read
 * @param claims claims extracted
 * @param scored claims whose sentence holds gold content
 * @param predicted scored claims with a speaker
 * @param gold scored claims whose gold attribution has a source
 * @param right scored claims whose speaker overlaps the gold source
 * @param attributions gold attributions
 * @param covered gold attributions whose content overlaps some claim
 * @param misses the first disagreements, for reading
 */
public record AttributionEvaluation(
    int documents, int claims, int scored, int predicted, int gold, int right, int attributions, int covered,
    List<Miss> misses) {

  /** How many disagreements are kept for reading. */
  public static final int KEPT_MISSES = 200;

  public AttributionEvaluation {
    misses = List.copyOf(misses);
    if (right > predicted || right > gold || covered > attributions || scored > claims) {
      throw new IllegalArgumentException("inconsistent counts");
    }
  }

  /**
   * One scored claim whose speaker disagrees with the gold source.
   *
   * @param documentId the text
   * @param offset start of the claim's sentence
   * @param gold the gold source's text, or {@code ""} when the gold has none
   * @param predicted the extracted speaker's text as written, or {@code ""} when none
   */
  public record Miss(String documentId, int offset, String gold, String predicted) {
    public Miss {
      Objects.requireNonNull(documentId, "documentId");
    }
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) right / predicted;
  }

  public double recall() {
    return gold == 0 ? 1.0 : (double) right / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double coverage() {
    return attributions == 0 ? 1.0 : (double) covered / attributions;
  }

  /** The figures as lines a person reads. */
  public List<String> summary(String what) {
    return List.of(
        String.format(Locale.ROOT, "%s: %d texts, %d claims, %d with gold content in their sentence", what,
            documents, claims, scored),
        String.format(Locale.ROOT, "speaker  precision %.3f  recall %.3f  F1 %.3f  (right %d, with a speaker %d, "
            + "with a gold source %d)", precision(), recall(), f1(), right, predicted, gold),
        String.format(Locale.ROOT, "coverage %.3f  (%d of %d gold attributions fall in a claim)", coverage(), covered,
            attributions));
  }

  /** Splits and extracts every document and scores its speakers against the gold. */
  public static AttributionEvaluation run(List<PolnearCorpus.Document> docs, SentenceSplitter splitter,
      ClaimExtractor extractor) {
    int claims = 0;
    int scored = 0;
    int predicted = 0;
    int gold = 0;
    int right = 0;
    int attributions = 0;
    int covered = 0;
    List<Miss> misses = new ArrayList<>();
    for (PolnearCorpus.Document d : docs) {
      Article article = new Article(d.id(), null, null, null, null, d.text(), d.id());
      List<Claim> found = extractor.extract(article, splitter.split(article));
      claims += found.size();
      for (Claim c : found) {
        PolnearCorpus.Attribution best = bestOverlap(d.attributions(), c.span());
        if (best == null) {
          continue;
        }
        scored++;
        Span said = c.attribution().attributed() ? c.attribution().speakerSpan() : null;
        if (said != null) {
          predicted++;
        }
        if (best.hasSource()) {
          gold++;
        }
        boolean ok = said != null && best.hasSource() && best.source().stream().anyMatch(said::overlaps);
        if (ok) {
          right++;
        } else if ((said != null || best.hasSource()) && misses.size() < KEPT_MISSES) {
          misses.add(new Miss(d.id(), c.span().start(), best.hasSource() ? text(d.text(), best.source()) : "",
              said == null ? "" : said.of(d.text())));
        }
      }
      for (PolnearCorpus.Attribution a : d.attributions()) {
        attributions++;
        if (found.stream().anyMatch(c -> a.content().stream().anyMatch(c.span()::overlaps))) {
          covered++;
        }
      }
    }
    return new AttributionEvaluation(docs.size(), claims, scored, predicted, gold, right, attributions, covered,
        misses);
  }

  private static PolnearCorpus.Attribution bestOverlap(List<PolnearCorpus.Attribution> gold, Span sentence) {
    PolnearCorpus.Attribution best = null;
    int most = 0;
    for (PolnearCorpus.Attribution a : gold) {
      int overlap = 0;
      for (Span s : a.content()) {
        overlap += Math.max(0, Math.min(s.end(), sentence.end()) - Math.max(s.start(), sentence.start()));
      }
      if (overlap > most) {
        most = overlap;
        best = a;
      }
    }
    return best;
  }

  private static String text(String text, List<Span> fragments) {
    StringBuilder sb = new StringBuilder();
    for (Span s : fragments) {
      sb.append(sb.length() == 0 ? "" : " ... ").append(s.of(text));
    }
    return sb.toString();
  }
}
