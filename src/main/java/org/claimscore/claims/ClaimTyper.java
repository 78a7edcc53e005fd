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
      return reportsAnIntent(a) ? ClaimType.STATEMENT : ClaimType.PREDICTION;
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
        || c.contains(Cue.TERRITORY_WEAK) && (!a.places.isEmpty() || c.contains(Cue.PLACE_WORD) || nameTaken(a))) {
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
    return attr == null && !tellsThePast(a) ? ClaimType.BACKGROUND : ClaimType.EVENT;
  }

  /**
   * "captured Ardo", "seized Tetkino": a verb of {@code territory_weak} used as a verb (after no
   * word of {@code stative}: "a captured Humvee") right before a capitalised name, a place the
   * lexicon may not know.
   */
  private static boolean nameTaken(AnalysedSentence a) {
    Tokens t = a.tokens;
    for (PhraseMatcher.Match<Set<Cue>> m : a.cueMatches) {
      if (m.value().contains(Cue.TERRITORY_WEAK) && t.capitalised(m.to()) && !cueAt(a, m.from() - 1, Cue.STATIVE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The minister said Mexico would seek to extradite him", "the ministry has said they will send
   * teams": every forecasting word is a "will" or "would" of {@code intent} in the clause of a
   * reporting verb outside quotes, said of someone who can act (a pronoun or a name), so the
   * sentence tells what someone said would be done. "Analysts said the tariffs will raise prices"
   * stays a forecast.
   */
  private static boolean reportsAnIntent(AnalysedSentence a) {
    if (a.verbs.isEmpty()) {
      return false;
    }
    int firstVerbEnd = a.verbs.get(0).to();
    for (PhraseMatcher.Match<Set<Cue>> m : a.cueMatches) {
      if (m.value().contains(Cue.PREDICT) && (!m.value().contains(Cue.INTENT) || m.from() < firstVerbEnd
          || a.quoted[m.from()] || !actorBefore(a, m.from(), firstVerbEnd))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the subject right before token {@code modal} names someone who can act: a personal
   * pronoun, a name ("Mexico", "the Mexican government") or a noun of {@code actor} ("the
   * government", "officials") within the three words before it and after token {@code from};
   * adverbs ("also", "still", "-ly") between are skipped.
   */
  private static boolean actorBefore(AnalysedSentence a, int modal, int from) {
    Tokens t = a.tokens;
    int j = modal - 1;
    while (j >= from && (t.is(j, "also") || t.is(j, "still") || t.isWord(j) && t.norm[j].endsWith("ly"))) {
      j--;
    }
    if (j >= from && (t.is(j, "he") || t.is(j, "she") || t.is(j, "it") || t.is(j, "they") || t.is(j, "we")
        || t.is(j, "i"))) {
      return true;
    }
    for (int k = j; k >= from && k > j - 3 && t.isWord(k); k--) {
      if (t.capitalised(k) || SpeakerPhrases.mentionAt(a.mentions, k) != null || cueAt(a, k, Cue.ACTOR)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase giving {@code cue} covers token {@code k}. */
  private static boolean cueAt(AnalysedSentence a, int k, Cue cue) {
    for (PhraseMatcher.Match<Set<Cue>> m : a.cueMatches) {
      if (m.from() <= k && k < m.to() && m.value().contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence turns to the past: a word of {@code past} ("was", "took", "given") or a
   * word in -ed that is no name, follows no word of {@code stative} ("a paved road", "is owned
   * by") and ends no compound ("Iran-backed"). "Indonesia is prone to seismic upheaval",
   * "Measles affects the lungs": a sentence that never does tells the standing context, not what
   * happened.
   */
  private static boolean tellsThePast(AnalysedSentence a) {
    if (a.cues.contains(Cue.PAST)) {
      return true;
    }
    Tokens t = a.tokens;
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i) && t.norm[i].length() >= 4 && t.norm[i].endsWith("ed") && (i == 0 || !t.capitalised(i))
          && !cueAt(a, i - 1, Cue.STATIVE) && !(i > 0 && t.is(i - 1, "-") && t.start[i] == t.end[i - 1])) {
        return true;
      }
    }
    return false;
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
   * Whether the sentence dates what it tells to a year or a decade ("in 2004", "in December 2003",
   * "since 2006", "from 1983 to 2005", "between 1990 and 1995", "in the 1960s"): news of the day names its day, so a year
   * marks an earlier event or context.
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
      boolean decade = t.is(i + 1, "s") && t.start[i + 1] == t.end[i];
      if (decade && k >= 1 && t.is(k, "the")) {
        k--;
      }
      if (t.is(k, "in") || t.is(k, "since") || (t.is(k, "from") || t.is(k, "between")) && rangeOfYears(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** "1983-2005", "1975 to 1990", "1990 and 1995": the year at token {@code i} opens a range of years. */
  private static boolean rangeOfYears(Tokens t, int i) {
    int j = i + 1;
    if (!(t.is(j, "-") || t.is(j, "–") || t.is(j, "to") || t.is(j, "until") || t.is(j, "and"))) {
      return false;
    }
    return j + 1 < t.size && isYear(t, j + 1);
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
