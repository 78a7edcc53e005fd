package org.claimscore.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers for a fixed set of lower-case words, so that a text's words can be looked up where they
 * stand, without cutting each into a string of its own. Filled once, then safe to share between
 * threads for look-ups.
 */
final class WordIds {

  /** What {@link #ofAscii} returns when the range holds a character outside ASCII. */
  static final int NOT_ASCII = -2;
  /** What a look-up returns for a word that has no number. */
  static final int UNKNOWN = -1;

  private final Map<String, Integer> numbers = new HashMap<>();
  private String[] words = new String[16];
  /** Open addressing by the word's hash: slot holds number + 1, 0 when empty. */
  private int[] slots = new int[64];

  /** The number of {@code word}, given the next free one when it has none yet. */
  int add(String word) {
    Integer known = numbers.get(word);
    if (known != null) {
      return known;
    }
    int id = numbers.size();
    numbers.put(word, id);
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
    }
    words[id] = word;
    if (2 * numbers.size() > slots.length) {
      rehash(slots.length * 2);
    } else {
      place(id);
    }
    return id;
  }

  /** How many words have numbers: every number is below this. */
  int size() {
    return numbers.size();
  }

  /** The number of {@code word}, or {@link #UNKNOWN}. */
  int of(String word) {
    Integer known = numbers.get(word);
    return known == null ? UNKNOWN : known;
  }

  /**
   * The number of {@code text[from, to)} in lower case, or {@link #UNKNOWN}; {@link #NOT_ASCII}
   * when the range holds a character outside ASCII, whose lower case only {@link
   * String#toLowerCase} gets right.
   */
  int ofAscii(String text, int from, int to) {
    int h = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c > 0x7f) {
        return NOT_ASCII;
      }
      h = 31 * h + lower(c);
    }
    int mask = slots.length - 1;
    for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
      String w = words[slots[s] - 1];
      if (w.length() == to - from && sameLower(w, text, from)) {
        return slots[s] - 1;
      }
    }
    return UNKNOWN;
  }

  private static boolean sameLower(String word, String text, int from) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != lower(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int id = 0; id < numbers.size(); id++) {
      place(id);
    }
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int s = spread(words[id].hashCode()) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }
}
