package org.claimscore.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.language.Language;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * Finds the cue phrases of {@code cues.csv} in a sentence; the longest phrase at a word wins, so
 * "could not" hides "could". A month word ("may", "march") beside a number or capitalised inside
 * the sentence is a date, not a cue, and a phrase capitalised right after a word is inside a name. Immutable and safe to share between threads.
 */
final class CueMatcher {

  private final PhraseMatcher<Set<Cue>> phrases;
  private final Set<String> months;

  CueMatcher(Language language) {
    Map<String, Set<Cue>> byPhrase = new LinkedHashMap<>();
    language.table("cues.csv").forEach((phrase, labels) -> {
      Set<Cue> cues = EnumSet.noneOf(Cue.class);
      for (String label : labels.split(" ")) {
        cues.add(Cue.ofLabel(label));
      }
      byPhrase.merge(String.join(" ", Tokens.normsOf(phrase)), cues, (a, b) -> {
        a.addAll(b);
        return a;
      });
    });
    PhraseMatcher.Builder<Set<Cue>> b = PhraseMatcher.builder();
    byPhrase.forEach((p, cues) -> b.add(p, Collections.unmodifiableSet(cues)));
    this.phrases = b.build();
    this.months = Words.set(language.table("months.csv").keySet().toArray(String[]::new));
  }

  /** The matcher of every cue phrase. */
  PhraseMatcher<Set<Cue>> phrases() {
    return phrases;
  }

  /** The cue phrases of a sentence in text order. */
  List<PhraseMatcher.Match<Set<Cue>>> matches(Tokens t) {
    return matches(t, null, 0);
  }

  /** The cue phrases of a sentence in text order, trying only the tokens {@code starts} marks with {@code bit}. */
  List<PhraseMatcher.Match<Set<Cue>>> matches(Tokens t, int[] starts, int bit) {
    List<PhraseMatcher.Match<Set<Cue>>> found = phrases.find(t, starts, bit);
    for (PhraseMatcher.Match<Set<Cue>> m : found) {
      if (notACue(t, m)) {
        List<PhraseMatcher.Match<Set<Cue>>> kept = new ArrayList<>(found.size());
        for (PhraseMatcher.Match<Set<Cue>> k : found) {
          if (!notACue(t, k)) {
            kept.add(k);
          }
        }
        return kept;
      }
    }
    return found;
  }

  /** Whether match {@code m} is a month written as a date or a word inside a name. */
  private boolean notACue(Tokens t, PhraseMatcher.Match<Set<Cue>> m) {
    return m.to() == m.from() + 1 && isDate(t, m.from()) || insideAName(t, m);
  }

  /**
   * "the Centers for Disease Control", "the Ministry of Emergency Situations": a phrase whose first
   * word is capitalised right after another word of the sentence is part of a name; "I" and the
   * nouns of {@code actor} ("the Government would") still count.
   */
  private static boolean insideAName(Tokens t, PhraseMatcher.Match<Set<Cue>> m) {
    int i = m.from();
    return i > 0 && t.capitalised(i) && t.isWord(i - 1) && !t.is(i, "i") && !m.value().contains(Cue.ACTOR);
  }

  /** Whether token {@code i} is a month word written as a date: beside a number, or capitalised inside the sentence. */
  private boolean isDate(Tokens t, int i) {
    if (!months.contains(t.norm[i])) {
      return false;
    }
    boolean besideNumber = i > 0 && t.kind[i - 1] == Tokens.NUMBER || i + 1 < t.size && t.kind[i + 1] == Tokens.NUMBER;
    return besideNumber || i > 0 && t.capitalised(i);
  }
}
