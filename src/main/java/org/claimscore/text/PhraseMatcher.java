package org.claimscore.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds listed phrases in tokenised text: whole words, case-insensitive, longest match first,
 * left to right, without overlaps. Built once; safe to share between threads.
 *
 * <p>The phrases form a word trie, so a match costs one map look-up per word it walks, however
 * many phrases share their first word.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

  /** One phrase found: tokens {@code [from, to)} and what it stands for. */
  public record Match<T>(int from, int to, T value) {}

  /** A trie node: whether a phrase ends here and what it stands for, and the words that may follow. */
  private static final class Node<T> {
    boolean end;
    T value;
    Map<String, Node<T>> next = new HashMap<>();

    Node<T> frozen() {
      Node<T> copy = new Node<>();
      copy.end = end;
      copy.value = value;
      Map<String, Node<T>> children = new HashMap<>();
      next.forEach((w, n) -> children.put(w, n.frozen()));
      copy.next = children.isEmpty() ? Map.of() : children;
      return copy;
    }
  }

  private final Node<T> root;
  private final UnaryOperator<String> fold;
  /**
   * The last vocabulary found to hold every word of this matcher: a token cut with it that is
   * not in it can be no word of any phrase here.
   */
  private volatile Vocabulary covering;

  private final Set<String> words;

  private PhraseMatcher(Node<T> root, UnaryOperator<String> fold) {
    this.root = root;
    this.fold = fold;
    Set<String> all = new HashSet<>();
    collectWords(root, all);
    this.words = Set.copyOf(all);
  }

  /** Collects phrases; the first value given for a phrase wins. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private final UnaryOperator<String> fold;

    Builder(UnaryOperator<String> fold) {
      this.fold = fold;
    }

    public Builder<T> add(String phrase, T value) {
      String[] words = Tokens.normsOf(phrase);
      if (words.length == 0) {
        return this;
      }
      Node<T> node = root;
      for (String word : words) {
        String w = fold == null ? word : fold.apply(word);
        node = node.next.computeIfAbsent(w, k -> new Node<>());
      }
      if (!node.end) {
        node.end = true;
        node.value = value;
      }
      return this;
    }

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root.frozen(), fold);
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>(null);
  }

  public static <T> Builder<T> builder(UnaryOperator<String> fold) {
    return new Builder<>(fold);
  }

  /** The words a phrase can start with, as tokens normalise them and then {@link #fold()} folds them. */
  public Set<String> firstWords() {
    return root.next.keySet();
  }

  /** True when {@code vocabulary} holds every word of every phrase. */
  private boolean covers(Vocabulary vocabulary) {
    if (vocabulary == covering) {
      return true;
    }
    for (String w : words) {
      if (vocabulary.id(w) < 0) {
        return false;
      }
    }
    covering = vocabulary;
    return true;
  }

  /** Every word of every phrase, as {@link #firstWords()} gives the first ones. */
  public Set<String> words() {
    return words;
  }

  private static void collectWords(Node<?> node, Set<String> out) {
    node.next.forEach((w, n) -> {
      out.add(w);
      collectWords(n, out);
    });
  }

  /** How this matcher folds each normal form before comparing it; null when it does not. */
  public UnaryOperator<String> fold() {
    return fold;
  }

  /** All matches in text order. */
  public List<Match<T>> find(Tokens t) {
    return find(t, null, 0);
  }

  /**
   * All matches in text order, trying only tokens whose {@code starts} entry has {@code bit} set
   * (a bit per phrase list, set where a token may start one of its phrases); a null {@code starts} tries every token.
   */
  public List<Match<T>> find(Tokens t, int[] starts, int bit) {
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      Match<T> m = starts == null || (starts[i] & bit) != 0 ? matchAt(t, i) : null;
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
  public Match<T> matchAt(Tokens t, int i) {
    Node<T> node = root;
    int to = -1;
    T value = null;
    boolean unknownEnds = fold == null && covers(t.vocabulary);
    for (int k = i; k < t.size; k++) {
      if (unknownEnds && !t.known(k)) {
        break;
      }
      node = node.next.get(fold == null ? t.norm[k] : fold.apply(t.norm[k]));
      if (node == null) {
        break;
      }
      if (node.end) {
        to = k + 1;
        value = node.value;
      }
    }
    return to < 0 ? null : new Match<>(i, to, value);
  }
}
