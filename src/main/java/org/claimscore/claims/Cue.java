package org.claimscore.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscore.text.PhraseMatcher;

/**
 * What a phrase tells about the sentence it is in: it reports deaths, predicts, judges, qualifies.
 * The phrases of each cue are the editors' data, {@code rules/language/en/cues.csv}, read by
 * {@link CueMatcher}; {@link #MASK} hides the shorter cues inside its phrases and gives none itself.
 */
enum Cue {
  KILL, DESTROY, EQUIPMENT, PREDICT, INTENT, MASK, OPINION, BACKGROUND, TERRITORY, TERRITORY_WEAK, PLACE_WORD, STATEMENT,
  ANALYSIS, EVENT, QUALIFIER, AGAINST, SUCCESS, SCOPE_BOTH, ACTOR, PAST, STATIVE;

  /** The name {@code cues.csv} gives this cue: {@code territory_weak}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The cue {@code cues.csv} names {@code label}. */
  static Cue ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** The cues of a sentence. */
  static Set<Cue> in(List<PhraseMatcher.Match<Set<Cue>>> matches) {
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    for (PhraseMatcher.Match<Set<Cue>> m : matches) {
      found.addAll(m.value());
    }
    return found;
  }
}
