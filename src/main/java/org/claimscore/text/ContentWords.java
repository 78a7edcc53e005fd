package org.claimscore.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscore.language.Language;

/**
 * Normalised content words of a text: lower case, American spelling, no stop words, plural "s"
 * removed; the spellings and stop words are {@code rules/language/en/} data. Safe to share between threads.
 */
public final class ContentWords {

  private static final int LISTED_BITS = 4096;

  /** British spellings to American ones. */
  private final Map<String, String> spelling;
  /** Words that say nothing of what a text is about. */
  private final Set<String> stop;
  /**
   * Low bits of the hash of every word either list holds. A lower-case word whose hash misses them is
   * neither a stop word nor a British spelling, so it can be normalised without building it.
   */
  private final BitSet listed = new BitSet(LISTED_BITS);

  /**
   * Content words with the spellings of {@code spellings.csv}; the stop words are those of {@code
   * stop-words.txt} and the grammatical words of {@code function-words.txt}.
   */
  public ContentWords(Language language) {
    this.spelling = Map.copyOf(language.table("spellings.csv"));
    Set<String> stopWords = new HashSet<>(language.list("function-words.txt"));
    stopWords.addAll(language.list("stop-words.txt"));
    this.stop = Set.copyOf(stopWords);
    for (String w : spelling.keySet()) {
      listed.set(w.hashCode() & (LISTED_BITS - 1));
    }
    for (String w : stop) {
      listed.set(w.hashCode() & (LISTED_BITS - 1));
    }
  }


  /** The content words of {@code text}, in text order. */
  public List<String> of(String text) {
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
  public String normalise(String lowerWord) {
    String w = spelling.getOrDefault(lowerWord, lowerWord);
    if (w.length() < 2 || stop.contains(w)) {
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

  /**
   * The {@link String#hashCode} of each content word of {@code text.substring(from, to)}, in text
   * order: the hashes of {@code of(text.substring(from, to))}, mostly without building the words.
   */
  public int[] hashes(String text, int from, int to) {
    return hashes(text, from, to, null);
  }

  /**
   * {@link #hashes(String, int, int)}, also setting in {@code capitalised} (when not null) the index
   * of each content word whose first character is an upper-case or title-case letter. Text whose
   * lower case is not its lower case char by char (see {@link #lowersCharByChar}) marks no word.
   */
  public int[] hashes(String text, int from, int to, BitSet capitalised) {
    char[] lower = lowerCharByChar(text, from, to);
    if (lower == null) {
      return of(text.substring(from, to)).stream().mapToInt(String::hashCode).toArray();
    }
    int[] out = new int[Math.max(16, lower.length / 6)];
    int n = 0;
    int i = 0;
    while (i < lower.length) {
      if (!isLetterOrDigit(lower[i])) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      for (; i < lower.length && isLetterOrDigit(lower[i]); i++) {
        hash = 31 * hash + lower[i];
      }
      if (listed.get(hash & (LISTED_BITS - 1))) {
        String word = normalise(new String(lower, start, i - start));
        if (word.isEmpty()) {
          continue;
        }
        hash = word.hashCode();
      } else if (i - start < 2) {
        continue;
      } else {
        hash = unpluralisedHash(lower, start, i, hash);
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      if (capitalised != null && isCapital(text.charAt(from + start))) {
        capitalised.set(n);
      }
      out[n++] = hash;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isCapital(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
        : Character.isLetterOrDigit(c);
  }

  /**
   * The hash of the word {@code lower[start, end)} after {@link #normalise} strips its plural
   * ending, given {@code hash}, the hash of the whole word.
   */
  private static int unpluralisedHash(char[] lower, int start, int end, int hash) {
    int length = end - start;
    if (lower[end - 1] != 's' || length <= 3) {
      return hash;
    }
    char beforeLast = lower[end - 2];
    if (length > 4 && beforeLast == 'e' && lower[end - 3] == 'i') {
      return 31 * hash(lower, start, end - 3) + 'y';
    }
    if (beforeLast == 's' || beforeLast == 'u' || beforeLast == 'i') {
      return hash;
    }
    return hash(lower, start, end - 1);
  }

  /** The {@link String#hashCode} of {@code chars[start, end)}. */
  private static int hash(char[] chars, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /**
   * {@code text[from, to)} lower-cased char by char, or null when that would not be its
   * {@link String#toLowerCase} (root locale); see {@link #lowersCharByChar}.
   */
  private static char[] lowerCharByChar(String text, int from, int to) {
    char[] out = new char[to - from];
    text.getChars(from, to, out, 0);
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= 'A' && c <= 'Z') {
        out[i] = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        if (!lowersAlone(c)) {
          return null;
        }
        out[i] = Character.toLowerCase(c);
      }
    }
    return out;
  }

  /**
   * True when lower-casing {@code text[from, to)} char by char gives {@link String#toLowerCase}
   * (root locale) of it: no surrogates, and none of the characters whose lower case depends on
   * their neighbours or has another length.
   */
  public static boolean lowersCharByChar(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !lowersAlone(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean lowersAlone(char c) {
    return !Character.isSurrogate(c) && c != '\u0130' && c != '\u03A3'
        && Character.isBmpCodePoint(Character.toLowerCase((int) c));
  }
}
