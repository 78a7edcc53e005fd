package org.claimscore.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the lexicon's places and actors in running text, under the normalised names the claim
 * extractor reports: whole words, case-insensitive, longest phrase first, left to right; place
 * names also fold io and yo to e (Tiotkino is Tetkino); an actor inside a hyphenated word
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

  private record Phrase(String[] words, String name) {}

  private final Map<String, Phrase[]> places;
  private final Map<String, Phrase[]> actors;

  public NameMatcher(Lexicon lexicon) {
    Map<String, List<Phrase>> p = new HashMap<>();
    for (Place place : lexicon.places()) {
      add(p, place.name(), place.name(), true);
      place.variants().forEach(v -> add(p, v, place.name(), true));
    }
    Map<String, List<Phrase>> a = new HashMap<>();
    for (Actor actor : lexicon.actors()) {
      add(a, actor.name(), actor.name(), false);
      actor.aliases().forEach(alias -> add(a, alias, actor.name(), false));
    }
    this.places = freeze(p);
    this.actors = freeze(a);
  }

  /** Every place and actor named in {@code text}, places first, each in text order. */
  public List<Hit> find(String text) {
    Words w = Words.of(text);
    List<Hit> out = new ArrayList<>();
    scan(w, places, Kind.PLACE, true, out);
    scan(w, actors, Kind.ACTOR, false, out);
    return out;
  }

  private static void scan(Words w, Map<String, Phrase[]> index, Kind kind, boolean fold, List<Hit> out) {
    int i = 0;
    while (i < w.size) {
      Phrase found = null;
      Phrase[] candidates = index.get(fold ? foldTransliteration(w.norm[i]) : w.norm[i]);
      if (candidates != null) {
        for (Phrase ph : candidates) {
          if (matches(w, i, ph.words(), fold) && (kind == Kind.PLACE || !hyphenated(w, i, i + ph.words().length))) {
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

  private static boolean matches(Words w, int i, String[] words, boolean fold) {
    if (i + words.length > w.size) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      String norm = fold ? foldTransliteration(w.norm[i + k]) : w.norm[i + k];
      if (!norm.equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** "anti-Putin", "Kyiv-loyal": a name inside a compound word. */
  private static boolean hyphenated(Words w, int from, int to) {
    boolean before = from > 0 && w.norm[from - 1].equals("-") && w.end[from - 1] == w.start[from];
    boolean after = to < w.size && w.norm[to].equals("-") && w.start[to] == w.end[to - 1];
    return before || after;
  }

  private static void add(Map<String, List<Phrase>> index, String phrase, String name, boolean fold) {
    Words w = Words.of(phrase);
    if (w.size == 0) {
      return;
    }
    String[] words = Arrays.copyOf(w.norm, w.size);
    if (fold) {
      for (int k = 0; k < words.length; k++) {
        words[k] = foldTransliteration(words[k]);
      }
    }
    List<Phrase> list = index.computeIfAbsent(words[0], k -> new ArrayList<>());
    for (Phrase existing : list) {
      if (Arrays.equals(existing.words(), words)) {
        return;
      }
    }
    list.add(new Phrase(words, name));
  }

  private static Map<String, Phrase[]> freeze(Map<String, List<Phrase>> index) {
    Map<String, Phrase[]> out = new HashMap<>();
    index.forEach((first, list) -> {
      List<Phrase> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingInt((Phrase ph) -> -ph.words().length));
      out.put(first, sorted.toArray(new Phrase[0]));
    });
    return Map.copyOf(out);
  }

  /** Folds io and yo to e inside a word, as the claim extractor does for places. */
  private static String foldTransliteration(String word) {
    return word.indexOf('o') < 0 ? word : word.replace("io", "e").replace("yo", "e");
  }

  /**
   * Text cut as the claim extractor cuts it: runs of letters, runs of digits (with {@code ,} or
   * {@code .} between digits), and every other non-space character alone; lower case, curly
   * quotes and dashes folded to straight ones.
   */
  static final class Words {
    final int size;
    final int[] start;
    final int[] end;
    final String[] norm;

    private Words(int size, int[] start, int[] end, String[] norm) {
      this.size = size;
      this.start = start;
      this.end = end;
      this.norm = norm;
    }

    static Words of(String text) {
      int n = text.length();
      int cap = Math.max(4, n / 4);
      int[] start = new int[cap];
      int[] end = new int[cap];
      String[] norm = new String[cap];
      int size = 0;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          i++;
          continue;
        }
        int j = i + 1;
        String word;
        if (Character.isLetter(c)) {
          while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
          }
          word = text.substring(i, j).toLowerCase(Locale.ROOT);
        } else if (c >= '0' && c <= '9') {
          while (j < n) {
            char d = text.charAt(j);
            if (d >= '0' && d <= '9') {
              j++;
            } else if ((d == ',' || d == '.') && j + 1 < n && text.charAt(j + 1) >= '0' && text.charAt(j + 1) <= '9') {
              j += 2;
            } else {
              break;
            }
          }
          word = text.substring(i, j);
        } else {
          word = foldMark(c);
        }
        if (size == start.length) {
          start = Arrays.copyOf(start, size * 2);
          end = Arrays.copyOf(end, size * 2);
          norm = Arrays.copyOf(norm, size * 2);
        }
        start[size] = i;
        end[size] = j;
        norm[size] = word;
        size++;
        i = j;
      }
      return new Words(size, start, end, norm);
    }

    private static String foldMark(char c) {
      return switch (c) {
        case '’', '‘', '`', '´' -> "'";
        case '“', '”', '„', '«', '»' -> "\"";
        case '–', '—' -> "-";
        default -> String.valueOf(c);
      };
    }
  }
}
