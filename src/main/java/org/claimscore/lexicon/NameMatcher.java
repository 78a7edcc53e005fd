package org.claimscore.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimscore.text.NumberRun;
import org.claimscore.text.Vocabulary;

/**
 * Finds the lexicon's places and actors in running text, under the normalised names the claim
 * extractor reports: whole words, case-insensitive, longest phrase first, left to right; place
 * names also fold io and yo to e (Tiotkino is Tetkino). Actors are read with the one automaton
 * of {@link ArticleReading} (acronyms only where the context supports them, a country's name as
 * its government and generic bodies are left out: event keys name actors by their own names); an actor inside a hyphenated word
 * ("anti-Putin") is not a mention. Built once; safe to share between threads.
 */
public final class NameMatcher {

  /** What a name stands for. */
  public enum Kind {
    PLACE,
    ACTOR
  }

  /**
   * One name found.
   *
   * @param start offset of its first character in the text
   * @param end offset after its last character
   * @param kind place or actor
   * @param name the normalised name from the lexicon
   */
  public record Hit(int start, int end, Kind kind, String name) {
    public Hit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad hit offsets " + start + ".." + end);
      }
    }
  }

  /** A name's phrase as the words of its normal form, then as their ids. */
  private record Named(String[] words, String name) {}

  private record Phrase(int[] words, String name) {}

  /** Every word of every name; words of the text are looked up here. */
  private final Vocabulary vocabulary;
  /** Phrases by the id of their first word, longest first; places with their words folded. */
  private final Phrase[][] places;
  private final ArticleReading actors;

  public NameMatcher(Lexicon lexicon) {
    Map<String, List<Named>> p = new HashMap<>();
    for (Place place : lexicon.places()) {
      add(p, place.name(), place.name(), true);
      place.variants().forEach(v -> add(p, v, place.name(), true));
    }
    Set<String> words = new LinkedHashSet<>();
    p.values().forEach(list -> list.forEach(named -> words.addAll(Arrays.asList(named.words()))));
    this.vocabulary = new Vocabulary(words);
    this.places = freeze(p);
    this.actors = ArticleReading.of(lexicon);
  }

  /** Every place and actor named in {@code text}, places first, each in text order. */
  public List<Hit> find(String text) {
    Words w = Words.of(text);
    int[] plain = new int[w.size];
    int[] folded = new int[w.size];
    for (int k = 0; k < w.size; k++) {
      plain[k] = vocabulary.idOfAscii(text, w.start[k], w.end[k]);
      if (plain[k] == Vocabulary.NOT_ASCII) {
        plain[k] = vocabulary.id(w.norm(text, k));
      }
      folded[k] = plain[k];
      if (w.mightFold(text, k)) {
        folded[k] = vocabulary.id(foldTransliteration(w.norm(text, k)));
      }
    }
    List<Hit> out = new ArrayList<>();
    scan(w, folded, places, Kind.PLACE, out);
    for (ArticleReading.Named n : actors.read(text).named()) {
      if (n.direct()) {
          out.add(new Hit(n.start(), n.end(), Kind.ACTOR, n.actor().name()));
      }
    }
    return out;
  }

  private static void scan(Words w, int[] word, Phrase[][] index, Kind kind, List<Hit> out) {
    int i = 0;
    while (i < w.size) {
      Phrase found = null;
      Phrase[] candidates = word[i] < 0 ? null : index[word[i]];
      if (candidates != null) {
        for (Phrase ph : candidates) {
          if (matches(word, w.size, i, ph.words())) {
            found = ph;
            break;
          }
        }
      }
      if (found == null) {
        i++;
      } else {
        int to = i + found.words().length;
        out.add(new Hit(w.start[i], w.end[to - 1], kind, found.name()));
        i = to;
      }
    }
  }

  private static boolean matches(int[] word, int size, int i, int[] words) {
    if (i + words.length > size) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (word[i + k] != words[k]) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, List<Named>> index, String phrase, String name, boolean fold) {
    Words w = Words.of(phrase);
    if (w.size == 0) {
      return;
    }
    String[] words = new String[w.size];
    for (int k = 0; k < words.length; k++) {
      words[k] = fold ? foldTransliteration(w.norm(phrase, k)) : w.norm(phrase, k);
    }
    List<Named> list = index.computeIfAbsent(words[0], k -> new ArrayList<>());
    for (Named existing : list) {
      if (Arrays.equals(existing.words(), words)) {
        return;
      }
    }
    list.add(new Named(words, name));
  }

  private Phrase[][] freeze(Map<String, List<Named>> index) {
    Phrase[][] out = new Phrase[vocabulary.size()][];
    index.forEach((first, list) -> {
      List<Named> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingInt((Named named) -> -named.words().length));
      out[vocabulary.id(first)] = sorted.stream()
          .map(named -> new Phrase(Arrays.stream(named.words()).mapToInt(vocabulary::id).toArray(), named.name()))
          .toArray(Phrase[]::new);
    });
    return out;
  }

  /** Folds io and yo to e inside a word, as the claim extractor does for places. */
  private static String foldTransliteration(String word) {
    return word.indexOf('o') < 0 ? word : word.replace("io", "e").replace("yo", "e");
  }

  /**
   * Text cut as the claim extractor cuts it: runs of letters, runs of digits (with {@code ,} or
   * {@code .} between digits), and every other non-space character alone. A word's normal form
   * is lower case, with curly quotes and dashes folded to straight ones.
   */
  static final class Words {
    final int size;
    final int[] start;
    final int[] end;
    /** True for a word that is a dash of any kind. */
    final boolean[] dash;

    private Words(int size, int[] start, int[] end, boolean[] dash) {
      this.size = size;
      this.start = start;
      this.end = end;
      this.dash = dash;
    }

    static Words of(String text) {
      int n = text.length();
      int cap = Math.max(4, n / 4);
      int[] start = new int[cap];
      int[] end = new int[cap];
      boolean[] dash = new boolean[cap];
      int size = 0;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          i++;
          continue;
        }
        int j = i + 1;
        if (Character.isLetter(c)) {
          while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
          }
        } else if (NumberRun.isDigit(c)) {
          j = NumberRun.end(text, i);
        }
        if (size == start.length) {
          start = Arrays.copyOf(start, size * 2);
          end = Arrays.copyOf(end, size * 2);
          dash = Arrays.copyOf(dash, size * 2);
        }
        start[size] = i;
        end[size] = j;
        dash[size] = c == '-' || c == '–' || c == '—';
        size++;
        i = j;
      }
      return new Words(size, start, end, dash);
    }

    /** The normal form of word {@code k} of {@code text}. */
    String norm(String text, int k) {
      char c = text.charAt(start[k]);
      if (Character.isLetter(c)) {
        return text.substring(start[k], end[k]).toLowerCase(Locale.ROOT);
      }
      if (NumberRun.isDigit(c)) {
        return text.substring(start[k], end[k]);
      }
      return switch (c) {
        case '’', '‘', '`', '´' -> "'";
        case '“', '”', '„', '«', '»' -> "\"";
        case '–', '—' -> "-";
        default -> String.valueOf(c);
      };
    }

    /** False when folding cannot change word {@code k}: it has no "io" or "yo" in any case. */
    boolean mightFold(String text, int k) {
      for (int p = start[k] + 1; p < end[k]; p++) {
        char c = text.charAt(p);
        if (c == 'o' || c == 'O' || c > 0x7f) {
          char b = text.charAt(p - 1);
          if (c > 0x7f || b == 'i' || b == 'I' || b == 'y' || b == 'Y' || b > 0x7f) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
