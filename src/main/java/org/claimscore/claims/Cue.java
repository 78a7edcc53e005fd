package org.claimscore.claims;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases that tell what a sentence does: reports deaths, predicts, judges, qualifies.
 *
 * <p>Design decision: these cues are part of the extractor, not of the editors' lexicon; they
 * describe English, not the conflict, and the tests pin them down.
 */
enum Cue {
  KILL("killed", "kill", "killing", "dead", "deaths", "died", "casualties", "casualty", "wounded", "injured",
      "heavy losses", "losses", "death toll", "lives"),
  DESTROY("destroyed", "destroying", "lost", "shot down", "downed", "damaged", "eliminated"),
  EQUIPMENT("tank", "tanks", "vehicle", "vehicles", "drone", "drones", "aircraft", "helicopter",
      "helicopters", "equipment", "artillery", "warship", "warships", "missile", "missiles"),
  PREDICT("will", "ll", "could", "may", "might", "will likely", "is likely to", "are likely to",
      "remains to be seen", "remain to be seen", "would"),
  MASK("could not", "could have", "may have", "might have", "would have", "will say", "may not have",
      "could not be independently verified", "may 2023", "may 2022", "may 2024", "in may",
      "prevent civilian casualties", "prevent casualties", "avoid casualties", "should not suffer"),
  OPINION("obviously", "unattainable", "helpfully", "typically dismissive", "hold its nose", "not useless",
      "of course", "shameful", "disgraceful", "absurd", "clearly", "laughable", "propaganda"),
  BACKGROUND("last year", "last year's", "last spring", "last summer", "previous year", "at the time",
      "at that point", "were then", "was then", "full-scale invasion", "walked a fine line", "has long",
      "before last year", "in that incursion", "the 2023 raids", "since 2014", "since 2022"),
  TERRITORY("control", "took control", "taken control", "seized", "seizing", "seize", "captured",
      "capture", "capturing", "occupy", "occupied", "occupying", "repelled", "repulsed", "repel", "repulse",
      "driven back", "beat back", "pushed back", "forced out", "breakthrough", "withdrawing", "withdrew",
      "retreating", "retreated", "deserting", "fled", "fleeing", "liberated", "recaptured", "firm rebuff", "controlling", "in control", "break through", "abandoned",
      "abandoning", "full control", "under control", "took control", "taken control"),
  TERRITORY_WEAK("held", "hold", "advance", "advanced", "entered", "stay there"),
  PLACE_WORD("village", "town", "settlement", "locality", "territory", "municipality", "border", "city",
      "region", "oblast", "positions"),
  STATEMENT("called on", "called for", "demanded", "urged", "announced", "denied", "denies", "deny",
      "thanked", "blamed", "joint statement", "accused", "vowed", "warned", "insisting"),
  ANALYSIS("less clear than", "similar", "resemble", "resembles", "reminiscent", "appears to be", "appear to", "less clear",
      "unlikely", "likely", "part of", "strategy", "serves to", "serve as", "intended to", "is a way",
      "meaning", "key to", "crucial role", "aim to", "different",
      "impression", "compared", "compares", "not difficult", "difficult", "counterproductive", "narrative",
      "not immediately clear", "remain murky", "means to", "biggest"),
  EVENT("attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "hit", "crossed", "cross",
      "crossing", "incursion", "incursions", "raid", "raids", "fighting", "fighting off", "battle", "battles",
      "clashes", "clash", "shelling", "shelled", "evacuate", "evacuation", "launched", "launch", "invaded",
      "invade", "assault", "firefights", "fired", "explosion", "explosions", "airstrike", "under fire",
      "conducting", "staging", "stage", "deployment", "landmines", "built", "released", "issuing", "targeted",
      "counter-invaded", "shot down", "combat", "operations", "operation", "carried out", "carry out"),
  QUALIFIER("notoriously unreliable", "could not be independently verified", "cannot be independently verified",
      "could not be verified", "not be independently verified", "less clear than", "claimed combat success",
      "not immediately clear", "remain murky", "no independent confirmation", "unverified"),
  AGAINST("fighting off", "under fire", "clashes continued", "confrontations continued", "fighting continued",
      "fighting continues", "battles continue", "still fighting",
      "own losses", "our losses", "we lost"),
  SUCCESS("defeated", "retreating", "withdrawing", "abandoning", "abandoned", "shot down", "repulsed",
      "repelled", "thwarting", "thwarted", "stop the attackers", "firm rebuff", "under control", "took control",
      "taken control", "full control", "captured", "liberated", "taken by surprise", "successfully"),
  SCOPE_BOTH("both sides");

  final List<String> phrases;

  Cue(String... phrases) {
    this.phrases = List.of(phrases);
  }

  /** Matches every cue phrase; the longest phrase wins, so "could not" hides "could". */
  private static final PhraseMatcher<Set<Cue>> MATCHER = matcher();

  private static PhraseMatcher<Set<Cue>> matcher() {
    Map<String, Set<Cue>> byPhrase = new LinkedHashMap<>();
    for (Cue c : values()) {
      for (String p : c.phrases) {
        byPhrase.computeIfAbsent(String.join(" ", Tokens.normsOf(p)), k -> EnumSet.noneOf(Cue.class)).add(c);
      }
    }
    PhraseMatcher.Builder<Set<Cue>> b = PhraseMatcher.builder();
    byPhrase.forEach((p, cues) -> b.add(p, Collections.unmodifiableSet(cues)));
    return b.build();
  }

  /** The cue phrases of a sentence in text order. */
  static List<PhraseMatcher.Match<Set<Cue>>> matches(Tokens t) {
    return MATCHER.find(t);
  }

  /** The cue phrases of a sentence in text order, trying only the tokens {@code starts} marks with {@code bit}. */
  static List<PhraseMatcher.Match<Set<Cue>>> matches(Tokens t, int[] starts, int bit) {
    return MATCHER.find(t, starts, bit);
  }

  /** The matcher of every cue phrase. */
  static PhraseMatcher<Set<Cue>> phrases() {
    return MATCHER;
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
