package org.claimscore.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of lower-case words (the words some word lists know), each with a small int id and
 * one shared lower-case string, found in running text without building a string for it.
 *
 * <p>Design decision: a word found here is the same {@code String} object every time, with its hash
 * code already computed, so every later list look-up of that token is cheap; a word not found here
 * is in none of the lists the vocabulary was built from. Words of ASCII letters are compared char
 * by char, lower-casing on the fly; any other word is lower-cased as a string first, exactly as
 * {@link String#toLowerCase(Locale)} with {@link Locale#ROOT} does it.
 */
public final class Vocabulary {

  /** What {@link #idOfAscii(String, int, int)} returns for a range holding a character outside ASCII. */
  public static final int NOT_ASCII = -2;

  public static final Vocabulary EMPTY = new Vocabulary(Set.of());

  /** Ids of the words, by hash slot; -1 marks an empty slot. */
  private final int[] slots;
  /** The hash code of the word in each slot. */
  private final int[] hashes;
  private final String[] words;
  /**
   * A bit for the hash of every word ({@link #filterBit}), in a table small enough to stay in the
   * cache: a word whose bit is clear is not here, and is answered without a probe of the slots.
   */
  private final long[] filter = new long[FILTER_BITS / Long.SIZE];
  /** The id of each one-character ASCII word, or -1, so a punctuation mark costs no probe. */
  private final int[] asciiChars = new int[0x80];

  private static final int FILTER_BITS = 1 << 16;

  public Vocabulary(Collection<String> words) {
    Set<String> unique = new LinkedHashSet<>();
    for (String w : words) {
      unique.add(w.toLowerCase(Locale.ROOT));
    }
    this.words = unique.toArray(new String[0]);
    int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 4));
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    Arrays.fill(slots, -1);
    for (int id = 0; id < this.words.length; id++) {
      int hash = this.words[id].hashCode();
      int slot = firstSlot(hash);
      while (slots[slot] >= 0) {
        slot = slot + 1 & capacity - 1;
      }
      slots[slot] = id;
      hashes[slot] = hash;
      int bit = filterBit(hash);
      filter[bit >>> 6] |= 1L << bit;
    }
    for (char c = 0; c < asciiChars.length; c++) {
      asciiChars[c] = id(String.valueOf(c));
    }
  }

  /** Where a word of hash {@code hash} has its bit in {@link #filter}. */
  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (Integer.SIZE - 16);
  }

  /** The id of the one-character word {@code c}, or -1. */
  public int id(char c) {
    return c < asciiChars.length ? asciiChars[c] : id(String.valueOf(c));
  }

  /** How many words; ids run from 0 to {@code size() - 1}. */
  public int size() {
    return words.length;
  }

  /** The lower-case word with this id. */
  public String word(int id) {
    return words[id];
  }

  /** The id of a lower-case word, or -1. */
  public int id(String lowerCase) {
    int hash = lowerCase.hashCode();
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & 1L << bit) == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    for (int slot = firstSlot(hash); slots[slot] >= 0; slot = slot + 1 & mask) {
      if (hashes[slot] == hash && words[slots[slot]].equals(lowerCase)) {
        return slots[slot];
      }
    }
    return -1;
  }

  /**
   * The id of {@code text[from, to)} in lower case, or -1; the range must hold only ASCII
   * characters, {@code hash} must be the hash code of its lower-case form, and {@code upperCase}
   * must say whether it holds an upper-case letter.
   */
  public int idOfAscii(String text, int from, int to, int hash, boolean upperCase) {
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & 1L << bit) == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    int length = to - from;
    for (int slot = firstSlot(hash); slots[slot] >= 0; slot = slot + 1 & mask) {
      String w = words[slots[slot]];
      if (hashes[slot] == hash && w.length() == length
          && (upperCase ? sameLowerCase(w, text, from) : text.regionMatches(from, w, 0, length))) {
        return slots[slot];
      }
    }
    return -1;
  }

  /**
   * The id of {@code text[from, to)} in lower case, or -1; {@link #NOT_ASCII} when the range holds
   * a character outside ASCII, whose lower case only {@link String#toLowerCase(Locale)} gets right.
   */
  public int idOfAscii(String text, int from, int to) {
    int hash = 0;
    boolean upperCase = false;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c > 0x7f) {
        return NOT_ASCII;
      }
      upperCase |= c >= 'A' && c <= 'Z';
      hash = 31 * hash + lowerAscii(c);
    }
    return idOfAscii(text, from, to, hash, upperCase);
  }

  /** Lower case of an ASCII character; any other character as it is. */
  public static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  /** Where a word's probe starts: its hash with the high bits folded in, as {@code HashMap} does. */
  private int firstSlot(int hash) {
    return (hash ^ hash >>> 16) & slots.length - 1;
  }

  private static boolean sameLowerCase(String word, String text, int from) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != lowerAscii(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }
}
