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
 * <p>Design decision: the tables are large and each look-up in them is a likely cache miss, so
 * most misses are answered without one. Each step's target carries a 32-bit filter of the tokens
 * that may follow its node (one bit per word hash or character, set for every child), and the
 * first words and first characters of keys have filters of their own that stay in the cache; a
 * token whose bit is clear cannot step, and is not looked up.
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
  private static final int FIRST_STRIDE = 3;
  /** Bits of {@link #firstWordFilter}: a power of two, far more than there are first words. */
  private static final int FIRST_FILTER_BITS = 1 << 17;

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
   * The first words of keys, the steps from the root, kept apart from {@link #wordSteps}, so that
   * the table every word of a text is looked up in is small: {@value #FIRST_STRIDE} longs each,
   * the word's hash, its {@link #target}, and its place in {@link #firstWordText}, where its
   * length is written in two characters before it.
   */
  private final long[] firstWords;
  private final int firstWordShift;
  private final char[] firstWordText;
  /** A bit for the hash of every first word ({@link #firstWordBit}): a word whose bit is clear begins no key. */
  private final long[] firstWordFilter = new long[FIRST_FILTER_BITS / Long.SIZE];
  /** A bit for every character a key begins with: a character whose bit is clear begins none. */
  private final long[] firstCharFilter = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
  /** For each node, the {@link #wordBit} or {@link #charBit} of every token that steps from it. */
  private final int[] childFilter;

  private FormTrie(Builder<T> b) {
    this.compared = b.compared;
    this.wordChar = b.wordChar;
    this.payloads = b.payloads.toArray();
    this.childFilter = new int[payloads.length];
    b.wordSteps.forEach((step, child) -> childFilter[step.node()] |= wordBit(wordHash(step.word())));
    b.charSteps.forEach((step, child) -> childFilter[(int) (step >>> 16)] |= charBit((char) (long) step));
    int wordCapacity = capacity((int) b.wordSteps.keySet().stream().filter(step -> step.node() != ROOT).count());
    this.wordSteps = new long[WORD_STRIDE * wordCapacity];
    this.wordShift = shift(wordCapacity);
    Arrays.fill(wordSteps, EMPTY);
    StringBuilder text = new StringBuilder();
    StringBuilder firstText = new StringBuilder();
    int firstCount = (int) b.wordSteps.keySet().stream().filter(step -> step.node() == ROOT).count();
    int firstCapacity = capacity(firstCount);
    this.firstWords = new long[FIRST_STRIDE * firstCapacity];
    this.firstWordShift = shift(firstCapacity);
    Arrays.fill(firstWords, EMPTY);
    b.wordSteps.forEach((step, child) -> {
      long wordHash = wordHash(step.word());
      long hash = wordKey(step.node(), wordHash);
      if (step.node() == ROOT) {
        int bit = firstWordBit(wordHash);
        firstWordFilter[bit >>> 6] |= 1L << bit;
        int slot = free(firstWords, hash, firstWordShift, FIRST_STRIDE);
        firstWords[slot] = hash;
        firstWords[slot + 1] = target(child);
        firstWords[slot + 2] = firstText.length();
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
      if (step >>> 16 == ROOT) {
        char c = (char) (long) step;
        firstCharFilter[c >>> 6] |= 1L << c;
      }
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
    int[] scanned = new int[1];
    while (start < length) {
      long target = first(text, start, length, scanned);
      int firstEnd = scanned[0];
      int at = firstEnd;
      while (target != NONE) {
        if ((target & 1) != 0 && (at == length || !wordChar[text[at]])) {
          found.found(start, at, (T) payloads[node(target)]);
        }
        if (at == length) {
          break;
        }
        target = step(target, text, at, length, scanned);
        at = scanned[0];
      }
      start = wordChar[text[start]] ? firstEnd + 1 : firstEnd;
    }
  }

  /** The {@link #target} of the step from the root along the token that starts at {@code start}, or {@link #NONE}; the token's end is left in {@code scanned[0]}. */
  private long first(char[] text, int start, int length, int[] scanned) {
    char first = compared[text[start]];
    if (!wordChar[first]) {
      scanned[0] = start + 1;
      return (firstCharFilter[first >>> 6] & 1L << first) == 0 ? NONE : charStep(ROOT, first);
    }
    long wordHash = wordHash(text, start, length, scanned);
    int end = scanned[0];
    int bit = firstWordBit(wordHash);
    if ((firstWordFilter[bit >>> 6] & 1L << bit) == 0) {
      return NONE;
    }
    return firstWord(wordKey(ROOT, wordHash), text, start, end);
  }

  /**
   * The {@link #target} of the step from the node of {@code from}, a target, along the token that
   * starts at {@code start}, or {@link #NONE}; the token's end is left in {@code scanned[0]}.
   */
  private long step(long from, char[] text, int start, int length, int[] scanned) {
    int filter = (int) (from >>> 32);
    int node = node(from);
    char first = compared[text[start]];
    if (!wordChar[first]) {
      scanned[0] = start + 1;
      return (filter & charBit(first)) == 0 ? NONE : charStep(node, first);
    }
    long wordHash = wordHash(text, start, length, scanned);
    int end = scanned[0];
    if ((filter & wordBit(wordHash)) == 0) {
      return NONE;
    }
    long hash = wordKey(node, wordHash);
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

  /** The {@link #target} of the step from {@code node} on the character {@code c}, as compared, or {@link #NONE}. */
  private long charStep(int node, char c) {
    long key = (long) node << 16 | c;
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

  /**
   * The FNV-1a hash, as compared, of the word that starts at {@code start}, cut and hashed in one
   * pass; its end is left in {@code scanned[0]}.
   */
  private long wordHash(char[] text, int start, int length, int[] scanned) {
    long hash = FNV_OFFSET;
    int end = start;
    do {
      hash = (hash ^ compared[text[end]]) * FNV_PRIME;
      end++;
    } while (end < length && wordChar[text[end]]);
    scanned[0] = end;
    return hash;
  }

  /** The FNV-1a hash of a word already compared, as {@link #wordHash(char[], int, int)} gives it for the text. */
  private static long wordHash(String word) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      hash = (hash ^ word.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }

  /** The bit of {@link #childFilter} a word of hash {@code wordHash} sets. */
  private static int wordBit(long wordHash) {
    return 1 << (int) (wordHash >>> 59);
  }

  /** The bit of {@link #childFilter} a character sets. */
  private static int charBit(char c) {
    return 1 << (c & 31);
  }

  /** The place in {@link #firstWordFilter} of a first word of hash {@code wordHash}. */
  private static int firstWordBit(long wordHash) {
    return (int) (wordHash >>> 40) & (FIRST_FILTER_BITS - 1);
  }

  /** The {@link #target} of the first word {@code text[start, end)} of hash {@code hash}, or {@link #NONE}. */
  private long firstWord(long hash, char[] text, int start, int end) {
    int slot = (int) (hash >>> firstWordShift) * FIRST_STRIDE;
    while (true) {
      long h = firstWords[slot];
      if (h == EMPTY) {
        return NONE;
      }
      if (h == hash) {
        int at = (int) firstWords[slot + 2];
        int length = firstWordText[at] << 16 | firstWordText[at + 1];
        if (length == end - start && sameChars(firstWordText, at + 2, text, start, end)) {
          return firstWords[slot + 1];
        }
      }
      slot = slot + FIRST_STRIDE;
      if (slot == firstWords.length) {
        slot = 0;
      }
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

  /**
   * A node: in the lowest bit whether a key ends there, the node in the rest of the low half, and
   * its {@link #childFilter} in the high half.
   */
  private long target(int node) {
    return (long) childFilter[node] << 32 | (long) node << 1 | (payloads[node] != null ? 1 : 0);
  }

  /** The node of a {@link #target}. */
  private static int node(long target) {
    return (int) target >>> 1;
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
      slot += stride;
      if (slot == slots.length) {
        slot = 0;
      }
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
