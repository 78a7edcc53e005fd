package org.claimscore.corroboration;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-word phrases found in lower-case text; a trailing {@code *} on a phrase's last word takes
 * any ending ("repel*": repelled, repelling). Immutable.
 */
final class WordPhrases {

  private final List<String[]> phrases = new ArrayList<>();
  /** The first word of each phrase without its {@code *}: text holding none of them holds no phrase. */
  private final List<String> firstWords = new ArrayList<>();

  WordPhrases(List<String> phrases) {
    for (String p : phrases) {
      String[] words = p.split(" ");
      this.phrases.add(words);
      firstWords.add(stem(words[0]));
    }
  }

  /** Whether {@code lower}, a text in lower case, holds one of the phrases. */
  boolean foundIn(String lower) {
    boolean mentioned = false;
    for (String w : firstWords) {
      if (lower.contains(w)) {
        mentioned = true;
        break;
      }
    }
    if (!mentioned) {
      return false;
    }
    List<String> words = words(lower);
    for (int i = 0; i < words.size(); i++) {
      for (String[] phrase : phrases) {
        if (matchesAt(words, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      String want = phrase[k];
      String word = words.get(at + k);
      boolean ok = want.endsWith("*") ? word.startsWith(stem(want)) : word.equals(want);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String stem(String word) {
    return word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
  }

  /** The words of {@code lower}: runs of letters, digits and underscores. */
  private static List<String> words(String lower) {
    List<String> out = new ArrayList<>();
    int n = lower.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(lower.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(lower.charAt(i))) {
        i++;
      }
      out.add(lower.substring(start, i));
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
