package org.claimscore.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Normalised content words of a text: lower case, American spelling, no stop words, plural "s" removed. */
public final class ContentWords {

  private static final Map<String, String> SPELLING = Map.ofEntries(
      Map.entry("armoured", "armored"), Map.entry("armour", "armor"), Map.entry("defence", "defense"),
      Map.entry("defences", "defenses"), Map.entry("offence", "offense"), Map.entry("favour", "favor"),
      Map.entry("kilometres", "kilometers"), Map.entry("kilometre", "kilometer"), Map.entry("metres", "meters"),
      Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
      Map.entry("harbouring", "harboring"), Map.entry("centre", "center"), Map.entry("programme", "program"),
      Map.entry("neighbouring", "neighboring"), Map.entry("labour", "labor"), Map.entry("honour", "honor"),
      Map.entry("analyse", "analyze"), Map.entry("recognised", "recognized"), Map.entry("mobilised", "mobilized"),
      Map.entry("legitimises", "legitimizes"), Map.entry("civilisation", "civilization"));

  private static final Set<String> STOP = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
      "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
      "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
      "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
      "why", "will", "with", "would", "you", "your", "s", "t", "don", "didn", "mr", "ms", "mrs", "said", "says",
      "say", "saying", "according", "claimed", "claims", "claim", "claiming", "reported", "reports", "told",
      "stated", "noted", "notes", "added", "adds", "still", "however", "well", "since", "may", "might", "one");

  private ContentWords() {}

  /** The content words of {@code text}, in text order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = lower.length();
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      String word = normalise(lower.substring(start, i));
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  /** One lower-case word normalised, or {@code ""} when it is a stop word. */
  public static String normalise(String lowerWord) {
    String w = SPELLING.getOrDefault(lowerWord, lowerWord);
    if (w.length() < 2 || STOP.contains(w)) {
      return "";
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
