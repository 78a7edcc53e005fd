package org.claimscore.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds listed phrases in tokenised text: whole words, case-insensitive, longest match first,
 * left to right, without overlaps. Built once; safe to share between threads.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {

  /** One phrase found: tokens {@code [from, to)} and what it stands for. */
  record Match<T>(int from, int to, T value) {}

  private record Entry<T>(String[] words, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord;
  private final UnaryOperator<String> fold;

  private PhraseMatcher(Map<String, List<Entry<T>>> byFirstWord, UnaryOperator<String> fold) {
    this.byFirstWord = byFirstWord;
    this.fold = fold;
  }

  /** Collects phrases; the first value given for a phrase wins. */
  static final class Builder<T> {
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final UnaryOperator<String> fold;

    Builder(UnaryOperator<String> fold) {
      this.fold = fold;
    }

    Builder<T> add(String phrase, T value) {
      String[] words = Tokens.normsOf(phrase);
      if (words.length == 0) {
        return this;
      }
      for (int i = 0; i < words.length; i++) {
        words[i] = fold.apply(words[i]);
      }
      List<Entry<T>> entries = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
      for (Entry<T> e : entries) {
        if (java.util.Arrays.equals(e.words, words)) {
          return this;
        }
      }
      entries.add(new Entry<>(words, value));
      return this;
    }

    PhraseMatcher<T> build() {
      Map<String, List<Entry<T>>> frozen = new HashMap<>();
      for (Map.Entry<String, List<Entry<T>>> e : byFirstWord.entrySet()) {
        List<Entry<T>> sorted = new ArrayList<>(e.getValue());
        sorted.sort(Comparator.comparingInt((Entry<T> x) -> -x.words.length));
        frozen.put(e.getKey(), List.copyOf(sorted));
      }
      return new PhraseMatcher<>(frozen, fold);
    }
  }

  static <T> Builder<T> builder() {
    return new Builder<>(UnaryOperator.identity());
  }

  static <T> Builder<T> builder(UnaryOperator<String> fold) {
    return new Builder<>(fold);
  }

  /** All matches in text order. */
  List<Match<T>> find(Tokens t) {
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      Match<T> m = matchAt(t, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.to;
      }
    }
    return out;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<T> matchAt(Tokens t, int i) {
    List<Entry<T>> entries = byFirstWord.get(fold.apply(t.norm[i]));
    if (entries == null) {
      return null;
    }
    for (Entry<T> e : entries) {
      int len = e.words.length;
      if (i + len > t.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < len && ok; k++) {
        ok = fold.apply(t.norm[i + k]).equals(e.words[k]);
      }
      if (ok) {
        return new Match<>(i, i + len, e.value);
      }
    }
    return null;
  }
}
