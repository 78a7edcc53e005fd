package org.claimscore.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys found as whole words in a text: a trie whose steps are tokens, held in flat arrays of
 * primitives. Immutable once built; safe to share between threads.
 *
 * <p>The text is compared through a table that maps each character to the form the keys are
 * written in (folded, lower case). A token is a word, a run of characters the word table marks, or
 * one character outside a word. A key is found where it starts at a token's start and ends where
 * no word goes on. The text and the keys are cut into tokens alike, so this is the same as
 * comparing them character by character, but a step costs one hash look-up per token: a word
 * that begins no key costs one look-up in all.
 *
 * @param <T> what a key carries
 */
final class FormTrie<T> {

  /** Called for every key found. */
  interface Found<T> {
    /** Characters {@code [start, end)} of the text are a key that carries {@code payload}. */
    void found(int start, int end, T payload);
  }

  private static final int ROOT = 0;
  private static final long NONE = -1L;
  private static final long EMPTY = -1L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int WORD_STRIDE = 4;
  private static final int CHAR_STRIDE = 2;

  private final char[] compared;
  private final boolean[] wordChar;
  private final Object[] payloads;
  /**
   * Word steps from every node but the root, {@value #WORD_STRIDE} longs each, by hash: the hash of node and word, the node,
   * the {@link #target} of the step, and where the word is in {@link #wordText} (offset in the
   * high half, length in the low).
   */
  private final long[] wordSteps;
  private final int wordShift;
  private final char[] wordText;
  /** Steps on one character outside a word, {@value #CHAR_STRIDE} longs each: node and character, {@link #target}. */
  private final long[] charSteps;
  private final int charShift;
  /**
   * The first words of keys, the steps from the root, kept apart from {@link #wordSteps} in half
   * the room, so that the table every word of a text is looked up in is small: pairs of word hash
   * and {@link #target} (high half) with the word's place in
   * {@link #firstWordText} (low half), where its length is written in two characters before it.
   */
  private final long[] firstWords;
  private final int firstWordShift;
  private final char[] firstWordText;

  private FormTrie(Builder<T> b) {
    this.compared = b.compared;
    this.wordChar = b.wordChar;
    this.payloads = b.payloads.toArray();
    int wordCapacity = capacity((int) b.wordSteps.keySet().stream().filter(step -> step.node() != ROOT).count());
    this.wordSteps = new long[WORD_STRIDE * wordCapacity];
    this.wordShift = shift(wordCapacity);
    Arrays.fill(wordSteps, EMPTY);
    StringBuilder text = new StringBuilder();
    StringBuilder firstText = new StringBuilder();
    int firstCount = (int) b.wordSteps.keySet().stream().filter(step -> step.node() == ROOT).count();
    int firstCapacity = capacity(firstCount);
    this.firstWords = new long[2 * firstCapacity];
    this.firstWordShift = shift(firstCapacity);
    Arrays.fill(firstWords, EMPTY);
    b.wordSteps.forEach((step, child) -> {
      long hash = FNV_OFFSET;
      for (int i = 0; i < step.word().length(); i++) {
        hash = (hash ^ step.word().charAt(i)) * FNV_PRIME;
      }
      hash = wordKey(step.node(), hash);
      if (step.node() == ROOT) {
        int slot = free(firstWords, hash, firstWordShift, 2);
        firstWords[slot] = hash;
        firstWords[slot + 1] = target(child) << 32 | firstText.length();
        int length = step.word().length();
        firstText.append((char) (length >>> 16)).append((char) length).append(step.word());
        return;
      }
      int slot = free(wordSteps, hash, wordShift, WORD_STRIDE);
      wordSteps[slot] = hash;
      wordSteps[slot + 1] = step.node();
      wordSteps[slot + 2] = target(child);
      wordSteps[slot + 3] = (long) text.length() << 32 | step.word().length();
      text.append(step.word());
    });
    this.wordText = text.toString().toCharArray();
    this.firstWordText = firstText.toString().toCharArray();
    int charCapacity = capacity(b.charSteps.size());
    this.charSteps = new long[CHAR_STRIDE * charCapacity];
    this.charShift = shift(charCapacity);
    Arrays.fill(charSteps, EMPTY);
    b.charSteps.forEach((step, child) -> {
      int slot = free(charSteps, mix(step), charShift, CHAR_STRIDE);
      charSteps[slot] = step;
      charSteps[slot + 1] = target(child);
    });
  }

  /** Reports every key in {@code sought} that starts where a token starts and ends where no word goes on, by start, then by end. */
  @SuppressWarnings("unchecked")
  void scan(String sought, Found<T> found) {
    char[] text = sought.toCharArray();
    int length = text.length;
    int start = 0;
    while (start < length) {
      int firstEnd = tokenEnd(text, start, length);
      long target = step(ROOT, text, start, firstEnd);
      int at = firstEnd;
      while (target != NONE) {
        if ((target & 1) != 0 && (at == length || !wordChar[text[at]])) {
          found.found(start, at, (T) payloads[(int) (target >>> 1)]);
        }
        if (at == length) {
          break;
        }
        int next = tokenEnd(text, at, length);
        target = step((int) (target >>> 1), text, at, next);
        at = next;
      }
      start = wordChar[text[start]] ? firstEnd + 1 : firstEnd;
    }
  }

  /** The end of the token that starts at {@code start}. */
  private int tokenEnd(char[] text, int start, int length) {
    if (!wordChar[text[start]]) {
      return start + 1;
    }
    int end = start + 1;
    while (end < length && wordChar[text[end]]) {
      end++;
    }
    return end;
  }

  /** The {@link #target} of the step from {@code node} along the token {@code text[start, end)}, or {@link #NONE}. */
  private long step(int node, char[] text, int start, int end) {
    char first = compared[text[start]];
    if (!wordChar[first]) {
      long key = (long) node << 16 | first;
      int slot = (int) (mix(key) >>> charShift) * CHAR_STRIDE;
      while (true) {
        long k = charSteps[slot];
        if (k == key) {
          return charSteps[slot + 1];
        }
        if (k == EMPTY) {
          return NONE;
        }
        slot = (slot + CHAR_STRIDE) & (charSteps.length - 1);
      }
    }
    long hash = FNV_OFFSET;
    for (int i = start; i < end; i++) {
      hash = (hash ^ compared[text[i]]) * FNV_PRIME;
    }
    hash = wordKey(node, hash);
    if (node == ROOT) {
      return firstWord(hash, text, start, end);
    }
    int slot = (int) (hash >>> wordShift) * WORD_STRIDE;
    while (true) {
      long h = wordSteps[slot];
      if (h == EMPTY) {
        return NONE;
      }
      if (h == hash && wordSteps[slot + 1] == node && sameWord(wordSteps[slot + 3], text, start, end)) {
        return wordSteps[slot + 2];
      }
      slot = (slot + WORD_STRIDE) & (wordSteps.length - 1);
    }
  }

  /** The {@link #target} of the first word {@code text[start, end)} of hash {@code hash}, or {@link #NONE}. */
  private long firstWord(long hash, char[] text, int start, int end) {
    int slot = (int) (hash >>> firstWordShift) * 2;
    while (true) {
      long h = firstWords[slot];
      if (h == EMPTY) {
        return NONE;
      }
      if (h == hash) {
        int at = (int) firstWords[slot + 1];
        int length = firstWordText[at] << 16 | firstWordText[at + 1];
        if (length == end - start && sameChars(firstWordText, at + 2, text, start, end)) {
          return firstWords[slot + 1] >>> 32;
        }
      }
      slot = (slot + 2) & (firstWords.length - 1);
    }
  }

  private boolean sameWord(long place, char[] text, int start, int end) {
    return (int) place == end - start && sameChars(wordText, (int) (place >>> 32), text, start, end);
  }

  /** True when {@code chars} from {@code at} hold {@code text[start, end)} as compared. */
  private boolean sameChars(char[] chars, int at, char[] text, int start, int end) {
    for (int i = start; i < end; i++, at++) {
      if (chars[at] != compared[text[i]]) {
        return false;
      }
    }
    return true;
  }

  /** A node and, in its lowest bit, whether a key ends there. */
  private long target(int node) {
    return (long) node << 1 | (payloads[node] != null ? 1 : 0);
  }

  private static long wordKey(int node, long wordHash) {
    return mix(wordHash + node * 0xC2B2AE3D27D4EB4FL);
  }

  /** Spreads the bits of {@code key} to the top, where slots are taken from; never {@link #EMPTY}. */
  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h == EMPTY ? 0 : h;
  }

  /** A power of two from twice to four times {@code entries}. */
  private static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(2, entries)) * 4;
  }

  private static int shift(int capacity) {
    return Long.numberOfLeadingZeros(capacity) + 1;
  }

  /** The first free slot of {@code slots} for {@code hash}. */
  private static int free(long[] slots, long hash, int shift, int stride) {
    int slot = (int) (hash >>> shift) * stride;
    while (slots[slot] != EMPTY) {
      slot = (slot + stride) & (slots.length - 1);
    }
    return slot;
  }

  /** A step along a word, while building. */
  private record WordStep(int node, String word) {}

  /** Collects keys and their payloads; {@link #build} freezes them. */
  static final class Builder<T> {
    private final char[] compared;
    private final boolean[] wordChar;
    private final Map<WordStep, Integer> wordSteps = new HashMap<>();
    private final Map<Long, Integer> charSteps = new HashMap<>();
    private final List<T> payloads = new ArrayList<>();

    /**
     * A builder for a text compared through {@code compared}, whose words are runs of the
     * characters {@code wordChar} marks; both are indexed by character, and {@code wordChar} must
     * say the same of a character and of what {@code compared} makes of it, so that a text and a
     * key are cut into the same tokens.
     */
    Builder(char[] compared, boolean[] wordChar) {
      if (compared.length <= Character.MAX_VALUE || wordChar.length <= Character.MAX_VALUE) {
        throw new IllegalArgumentException("the tables must cover every character");
      }
      this.compared = compared;
      this.wordChar = wordChar;
      payloads.add(null);
    }

    /**
     * Adds {@code key}, each of its characters taken as {@code compared} maps it, carrying
     * {@code payload}; a later payload for the same key replaces it.
     */
    Builder<T> add(String key, T payload) {
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty key");
      }
      char[] chars = new char[key.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = compared[key.charAt(i)];
      }
      int node = ROOT;
      int start = 0;
      while (start < chars.length) {
        int end = start + 1;
        if (wordChar[chars[start]]) {
          while (end < chars.length && wordChar[chars[end]]) {
            end++;
          }
          node = wordSteps.computeIfAbsent(new WordStep(node, new String(chars, start, end - start)), s -> next());
        } else {
          node = charSteps.computeIfAbsent((long) node << 16 | chars[start], s -> next());
        }
        start = end;
      }
      payloads.set(node, payload);
      return this;
    }

    private int next() {
      payloads.add(null);
      return payloads.size() - 1;
    }

    FormTrie<T> build() {
      return new FormTrie<>(this);
    }
  }
}
