package org.claimscore.corroboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.language.Language;
import org.claimscore.text.ContentWords;

/**
 * The words of {@code rules/language/en/} the corroborator compares claims with: content words,
 * attribution words, synonyms, materiel, kinds of unit, and the phrases of an outcome or an update.
 *
 * @param contentWords how a text becomes the words it is compared by
 * @param attributionWords words that name how a claim is sourced, sorted
 * @param synonyms content word to the one form of its meaning
 * @param materiel kinds of materiel, after synonyms
 * @param unitKinds unit name to the unit it counts as
 * @param repelled phrases of an attack that failed or a denial
 * @param gained phrases of ground taken or held
 * @param updates phrases of a figure that replaces an earlier one
 * @param placeNouns words that follow a name to name a place of that kind (county, province)
 * @param countWords content words a count of people is told with: number words, qualifiers ("at
 *     least"), units of people and what happened to them ("people", "killed", "injured")
 */
record FeatureWords(ContentWords contentWords, List<String> attributionWords, Map<String, String> synonyms,
    Set<String> materiel, Map<String, String> unitKinds, WordPhrases repelled, WordPhrases gained,
    WordPhrases updates, Set<String> placeNouns, Set<String> countWords) {

  FeatureWords {
    attributionWords = attributionWords.stream().sorted().distinct().toList();
    synonyms = Map.copyOf(synonyms);
    materiel = Set.copyOf(materiel);
    unitKinds = Map.copyOf(unitKinds);
    placeNouns = Set.copyOf(placeNouns);
    countWords = Set.copyOf(countWords);
  }

  /** The words of {@code language}. */
  static FeatureWords of(Language language) {
    ContentWords contentWords = new ContentWords(language);
    Set<String> people = Set.copyOf(language.list("people.txt"));
    Set<String> countWords = new TreeSet<>();
    List<String> phrases = new ArrayList<>(language.table("numbers.csv").keySet());
    phrases.addAll(language.table("multipliers.csv").keySet());
    phrases.addAll(language.table("qualifiers.csv").keySet());
    language.table("outcomes.csv").forEach((word, outcome) -> phrases.add(word));
    language.table("units.csv").forEach((phrase, unit) -> {
      if (people.contains(unit) || ClaimFeatures.TOLLS.contains(unit) || unit.equals(ClaimFeatures.CASUALTY)) {
        phrases.add(phrase);
      }
    });
    phrases.addAll(people);
    for (String phrase : phrases) {
      countWords.addAll(contentWords.of(phrase));
    }
    return new FeatureWords(contentWords, language.list("attribution-words.txt"),
        language.table("synonyms.csv"), Set.copyOf(language.list("materiel.txt")),
        language.table("unit-kinds.csv"), new WordPhrases(language.list("repelled.txt")),
        new WordPhrases(language.list("gained.txt")), new WordPhrases(language.list("figure-updates.txt")),
        Set.copyOf(language.list("place-nouns.txt")), countWords);
  }

  /** A figure's unit as claims are compared: lower case, singular, words joined by _, to its kind. */
  String unit(String unit) {
    String u = unit.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (u.endsWith("s") && !u.endsWith("ss")) {
      u = u.substring(0, u.length() - 1);
    }
    return unitKinds.getOrDefault(u, u);
  }
}
