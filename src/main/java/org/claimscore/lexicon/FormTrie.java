package org.claimscore.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/**
 * Keys found as whole words in a text: a trie over characters, its transitions and the first
 * word of every key held in flat arrays of primitives. Immutable once built; safe to share
 * between threads.
 *
 * <p>The text is compared through a table that maps each character to the form the keys are
 * written in (folded, lower case), and a word is a run of characters the word table marks. A key
 * is found where it starts at a word's start and ends at a word's end. A place where a word starts
 * costs one hash of that word and one look-up of it among the keys' first words; only a word that
 * begins a key is followed further, one character at a time.
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
  private static final int NONE = -1;
  private static final long EMPTY = -1L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private final char[] compared;
  private final boolean[] wordChar;
  private final Object[] payloads;
  /** Pairs of (node, character) edge and {@link #target} of the child, by hash of the edge. */
  private final long[] edges;
  private final int edgeShift;
  /** Pairs of word hash and {@link #target} of the node the word leads to, with its place in {@link #wordText}. */
  private final long[] firstWords;
  private final int wordShift;
  /** The first words, each as its length and then its characters. */
  private final char[] wordText;

  private FormTrie(Builder<T> b) {
    this.compared = b.compared;
    this.wordChar = b.wordChar;
    this.payloads = b.payloads.toArray();
    int edgeCapacity = capacity(b.edges.size());
    this.edges = new long[2 * edgeCapacity];
    this.edgeShift = shift(edgeCapacity);
    Arrays.fill(edges, EMPTY);
    b.edges.forEach((edge, child) -> {
      int slot = free(edges, mix(edge), edgeShift);
      edges[slot] = edge;
      edges[slot + 1] = target(child);
    });
    int wordCapacity = capacity(b.firstWords.size());
    this.firstWords = new long[2 * wordCapacity];
    this.wordShift = shift(wordCapacity);
    Arrays.fill(firstWords, EMPTY);
    StringBuilder text = new StringBuilder();
    b.firstWords.forEach((word, node) -> {
      long hash = FNV_OFFSET;
      for (int i = 0; i < word.length(); i++) {
        hash = hashStep(hash, word.charAt(i));
      }
      hash = mix(hash);
      int slot = free(firstWords, hash, wordShift);
      firstWords[slot] = hash;
      firstWords[slot + 1] = target(node) << 32 | text.length();
      text.append((char) word.length()).append(word);
    });
    this.wordText = text.toString().toCharArray();
  }

  /** Reports every key in {@code text} that starts and ends at a word's edge, by start, then by end. */
  @SuppressWarnings("unchecked")
  void scan(String text, Found<T> found) {
    int length = text.length();
    int start = 0;
    while (start < length) {
      int at = start;
      long hash = FNV_OFFSET;
      for (char c; at < length && wordChar[c = text.charAt(at)]; at++) {
        hash = hashStep(hash, compared[c]);
      }
      long target = at == start ? target(ROOT) : firstWord(text, start, at, mix(hash));
      if (target != NONE && at > start && (target & 1) != 0) {
        found.found(start, at, (T) payloads[(int) (target >>> 1)]);
      }
      int wordEnd = at;
      while (target != NONE && at < length) {
        target = child((int) (target >>> 1), compared[text.charAt(at)]);
        at++;
        if (target != NONE && (target & 1) != 0 && (at == length || !wordChar[text.charAt(at)])) {
          found.found(start, at, (T) payloads[(int) (target >>> 1)]);
        }
      }
      start = wordEnd + 1;
    }
  }

  /** The {@link #target} of the word {@code text[start, end)}, or {@link #NONE} when no key begins with it. */
  private long firstWord(String text, int start, int end, long hash) {
    int slot = (int) (hash >>> wordShift) << 1;
    while (true) {
      long h = firstWords[slot];
      if (h == EMPTY) {
        return NONE;
      }
      if (h == hash) {
        long value = firstWords[slot + 1];
        if (sameWord((int) value, text, start, end)) {
          return value >>> 32;
        }
      }
      slot = (slot + 2) & (firstWords.length - 1);
    }
  }

  private boolean sameWord(int at, String text, int start, int end) {
    if (wordText[at] != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (wordText[++at] != compared[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }

  /** The {@link #target} of the child of {@code node} along {@code c}, or {@link #NONE}. */
  private long child(int node, char c) {
    long edge = edge(node, c);
    int slot = (int) (mix(edge) >>> edgeShift) << 1;
    while (true) {
      long k = edges[slot];
      if (k == edge) {
        return edges[slot + 1];
      }
      if (k == EMPTY) {
        return NONE;
      }
      slot = (slot + 2) & (edges.length - 1);
    }
  }

  /** A node and, in its lowest bit, whether a key ends there. */
  private long target(int node) {
    return (long) node << 1 | (payloads[node] != null ? 1 : 0);
  }

  /** One step of FNV-1a. */
  private static long hashStep(long hash, char c) {
    return (hash ^ c) * 0x100000001b3L;
  }

  /** Spreads the bits of {@code key} to the top, where slots are taken from; never {@link #EMPTY}. */
  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h == EMPTY ? 0 : h;
  }

  private static long edge(int node, char c) {
    return ((long) node << 16) | c;
  }

  /** A power of two from twice to four times {@code entries}. */
  private static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(2, entries)) * 4;
  }

  private static int shift(int capacity) {
    return Long.numberOfLeadingZeros(capacity) + 1;
  }

  /** The first free pair of {@code slots} for {@code hash}. */
  private static int free(long[] slots, long hash, int shift) {
    int slot = (int) (hash >>> shift) << 1;
    while (slots[slot] != EMPTY) {
      slot = (slot + 2) & (slots.length - 1);
    }
    return slot;
  }

  /** Collects keys and their payloads; {@link #build} freezes them. */
  static final class Builder<T> {
    private final char[] compared;
    private final boolean[] wordChar;
    private final Map<Long, Integer> edges = new HashMap<>();
    private final Map<String, Integer> firstWords = new HashMap<>();
    private final List<T> payloads = new ArrayList<>();

    /**
     * A builder for a text compared through {@code compared}, whose words are runs of the
     * characters {@code wordChar} marks; both are indexed by character.
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
      int firstWord = -1;
      for (int i = 0; i < chars.length; i++) {
        chars[i] = compared[key.charAt(i)];
        if (firstWord < 0 && !wordChar[chars[i]]) {
          firstWord = i;
        }
      }
      firstWord = firstWord < 0 ? chars.length : firstWord;
      int node = ROOT;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        node = edges.computeIfAbsent(edge(node, c), e -> {
          payloads.add(null);
          return payloads.size() - 1;
        });
        if (i + 1 == firstWord) {
          firstWords.put(new String(chars, 0, firstWord), node);
        }
      }
      payloads.set(node, payload);
      return this;
    }

    FormTrie<T> build() {
      return new FormTrie<>(this);
    }
  }
}
