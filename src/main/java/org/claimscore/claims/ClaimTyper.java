package org.claimscore.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscore.language.Language;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * Decides whether a sentence is a claim and of which type, finds the phrase that judges a claim,
 * and whether a party speaker gains from it: from the cues, figures and places found in it.
 */
final class ClaimTyper {

  private final List<String> boilerplate;
  private final List<String> ownLosses;

  ClaimTyper(Language language) {
    this.boilerplate = language.table("boilerplate.csv").entrySet().stream()
        .filter(e -> e.getValue().equals("sentence")).map(java.util.Map.Entry::getKey).sorted().toList();
    this.ownLosses = language.list("own-losses.txt");
  }

  /** Running prose, not a heading, caption, tag line or boilerplate. */
  boolean isProse(Tokens t, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.endsWith("?")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i)) {
        words++;
        if (t.capitalised(i)) {
          capitalised++;
        }
      }
    }
    if (words < 4) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean terminal = ".!…\"”’'".indexOf(last) >= 0;
    if (!terminal && (words <= 12 || capitalised * 10 >= words * 6)) {
      return false;
    }
    return !holdsBoilerplate(trimmed);
  }

  /**
   * Whether {@code text} in lower case ({@link Locale#ROOT}) holds a boilerplate phrase: one
   * lower-casing and a library search per phrase, which beat a character-by-character walk here.
   */
  private boolean holdsBoilerplate(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : boilerplate) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The type of a sentence that is a claim, from its cues, figures, places and whether someone said it. */
  static ClaimType classify(AnalysedSentence a) {
    Set<Cue> c = a.cues;
    boolean killedFigure = false;
    for (Quantity q : a.numbers) {
      killedFigure |= q.unit().equals("killed") || q.unit().equals("wounded");
    }
    boolean background = c.contains(Cue.BACKGROUND) || datedToAYear(a.tokens);
    boolean contested = a.attribution != null && a.attribution.verbStrength() == VerbStrength.DISTANCING;
    if (background && !contested && !c.contains(Cue.PREDICT) && !c.contains(Cue.OPINION) && !c.contains(Cue.ANALYSIS)) {
      return ClaimType.BACKGROUND;
    }
    if (killedFigure) {
      return ClaimType.CASUALTY;
    }
    if (c.contains(Cue.PREDICT)) {
      return ClaimType.PREDICTION;
    }
    if (c.contains(Cue.KILL)) {
      return ClaimType.CASUALTY;
    }
    if (c.contains(Cue.DESTROY) && c.contains(Cue.EQUIPMENT)) {
      return ClaimType.MATERIEL_LOSS;
    }
    if (c.contains(Cue.OPINION)) {
      return ClaimType.OPINION;
    }
    if (background) {
      return ClaimType.BACKGROUND;
    }
    if (c.contains(Cue.TERRITORY)
        || c.contains(Cue.TERRITORY_WEAK) && (!a.places.isEmpty() || c.contains(Cue.PLACE_WORD))) {
      return ClaimType.TERRITORIAL_CONTROL;
    }
    if (c.contains(Cue.STATEMENT)) {
      return ClaimType.STATEMENT;
    }
    if (c.contains(Cue.ANALYSIS)) {
      return ClaimType.ANALYSIS;
    }
    if (c.contains(Cue.EVENT)) {
      return ClaimType.EVENT;
    }
    Attribution attr = a.attribution;
    boolean voiced = attr != null
        && (attr.directQuote() || attr.verbStrength() == VerbStrength.DISTANCING || reportsWhatWasSaid(a));
    if (voiced) {
      return ClaimType.STATEMENT;
    }
    return attr == null && inPresentTense(a.tokens) ? ClaimType.BACKGROUND : ClaimType.EVENT;
  }

  /**
   * "Indonesia is prone to seismic upheaval": a sentence in the present of "be" or "have" that
   * never turns to the past tells the standing context, not what happened.
   */
  private static boolean inPresentTense(Tokens t) {
    boolean present = false;
    for (int i = 0; i < t.size; i++) {
      if (t.is(i, "was") || t.is(i, "were") || t.is(i, "had") || t.is(i, "did")) {
        return false;
      }
      present |= t.is(i, "is") || t.is(i, "are") || t.is(i, "has") || t.is(i, "have");
    }
    return present;
  }

  /**
   * "stated that ...", "told Reuters that ...", "said he acted in self-defence", "said it was
   * sending teams": a clause of what was said, or the speaker telling of itself, so the saying is
   * the news.
   */
  private static boolean reportsWhatWasSaid(AnalysedSentence a) {
    Tokens t = a.tokens;
    for (PhraseMatcher.Match<VerbStrength> v : a.verbs) {
      int k = v.to();
      for (int j = k; j < Math.min(t.size, k + 4) && t.kind[j] != Tokens.MARK; j++) {
        if (t.is(j, "that")) {
          return true;
        }
      }
      if (k < t.size && (t.is(k, "he") || t.is(k, "she") || t.is(k, "it") || t.is(k, "they") || t.is(k, "we"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence dates what it tells to a year ("in 2004", "in December 2003", "since
   * 2006"): news of the day names its day, so a year marks an earlier event or context.
   */
  private static boolean datedToAYear(Tokens t) {
    for (int i = 1; i < t.size; i++) {
      if (!isYear(t, i)) {
        continue;
      }
      int k = i - 1;
      if (k >= 1 && t.is(k, ",")) {
        k--;
      }
      if (k >= 1 && t.capitalised(k)) {
        k--;
      }
      if (t.is(k, "in") || t.is(k, "since")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(Tokens t, int i) {
    String digits = t.norm[i];
    if (t.kind[i] != Tokens.NUMBER || digits.length() != 4 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return false;
    }
    int year = Integer.parseInt(digits);
    return year >= 1800 && year <= 2099;
  }

  /** Finds a judging phrase ("such numbers are notoriously unreliable") and the clause it covers. */
  static void judge(AnalysedSentence a, List<PhraseMatcher.Match<Set<Cue>>> cueMatches) {
    Tokens t = a.tokens;
    for (PhraseMatcher.Match<Set<Cue>> m : cueMatches) {
      if (!m.value().contains(Cue.QUALIFIER)) {
        continue;
      }
      int from = 0;
      for (int k = m.from() - 1; k >= 2; k--) {
        if (t.is(k, "but") || t.is(k, ";") || t.is(k, "however") && t.is(k - 1, ",")) {
          from = k + 1;
          a.judgesOwnSentence = true;
          break;
        }
      }
      while (from < m.from() && (t.kind[from] == Tokens.MARK || t.is(from, "but") || t.is(from, "however"))) {
        from++;
      }
      int to = t.size;
      while (to > m.to() && t.kind[to - 1] == Tokens.MARK) {
        to--;
      }
      a.judgement = t.cover(from, to);
      return;
    }
  }

  /** Whether a party speaker gains from the claim (its own success, the enemy's losses) or admits against its line. */
  Interest interest(AnalysedSentence a, Attribution attr) {
    if (!attr.partyToConflict()) {
      return Interest.NEUTRAL;
    }
    Set<Cue> c = a.cues;
    if ((a.type == ClaimType.CASUALTY || a.type == ClaimType.MATERIEL_LOSS) && !ownLosses(a)) {
      return Interest.SELF_SERVING;
    }
    if (c.contains(Cue.AGAINST)) {
      return Interest.AGAINST_INTEREST;
    }
    if (a.type == ClaimType.TERRITORIAL_CONTROL || c.contains(Cue.SUCCESS) && a.type != null && a.type.factual()) {
      return Interest.SELF_SERVING;
    }
    if (attr.verbStrength() == VerbStrength.CONFIRMING) {
      return Interest.AGAINST_INTEREST;
    }
    return Interest.NEUTRAL;
  }

  /** "our losses", "we lost": a party speaking of its own losses (own-losses.txt). */
  private boolean ownLosses(AnalysedSentence a) {
    String lower = a.sentence.text().toLowerCase(Locale.ROOT);
    for (String phrase : ownLosses) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
