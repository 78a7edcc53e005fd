package org.claimscore.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One automaton over every name the knowledge holds: actors' names, aliases and acronyms,
 * countries' names, demonyms and capitals, places that lie in a country, generic body phrases and
 * the event vocabulary. It is a trie over folded lower-case characters, walked from each place a
 * word may begin, so the cost of a text grows with its length, not with the number of names. Built
 * once per lexicon; safe to share between threads.
 *
 * <p>Matching: case-insensitive, on whole words (a letter on either side of a match rejects it),
 * with curly quotes, dashes and white space folded to their plain forms; a name inside a
 * hyphenated compound ("anti-Putin", "pro-Kyiv") is not a hit. Acronyms, names and aliases
 * written as acronyms ({@link #acronymLike}) and one-word outlet names (a name its actor also
 * lists among its acronyms, bare of "The": "Time", "The Nation") must also match
 * case-sensitively, in name and acronym alike; whether the context supports them is the caller's
 * decision ({@link Hit#exact()}). Where names overlap, the leftmost wins, then the longest, then an
 * actor over a generic phrase over a country; of two actors with the same name, the one loaded
 * last (the editors' lists over the generated knowledge, an overlay over both). Event words are counted, not returned as hits.
 */
public final class NameIndex {

  /** What a matched form stands for. */
  public enum Kind {
    /** An actor's name, alias or acronym. */
    ACTOR,
    /** A generic body phrase, resolved by the country the text last named. */
    GENERIC,
    /** A country's name or other name: the country, and its government as a speaker. */
    COUNTRY,
    /** A demonym, a capital or a place of {@code places.csv} in the country: marks the country, names no speaker. */
    COUNTRY_MARK,
    /** A word of the event vocabulary. */
    TOPIC
  }

  /**
   * One form in the automaton.
   *
   * @param kind what it stands for
   * @param form the form as listed
   * @param exact true when it must match with its case (acronyms, one-word outlet names)
   * @param actor the actor, for {@link Kind#ACTOR}
   * @param country the country, for {@link Kind#COUNTRY} and {@link Kind#COUNTRY_MARK}
   * @param generic the generic body, for {@link Kind#GENERIC}
   * @param topic the topic, for {@link Kind#TOPIC}
   */
  public record Entry(Kind kind, String form, boolean exact, Actor actor, Country country, GenericBody generic,
      String topic) {
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(form, "form");
    }
  }

  /**
   * A form found: characters {@code [start, end)} of the text.
   *
   * @param start offset of the first character
   * @param end offset after the last character
   * @param entry what was found
   */
  public record Hit(int start, int end, Entry entry) {
    public Hit {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad hit offsets " + start + ".." + end);
      }
      Objects.requireNonNull(entry, "entry");
    }

    /** True when only the exact case matched and the context must support the hit. */
    public boolean exact() {
      return entry.exact();
    }
  }

  /**
   * What one reading of a text found.
   *
   * @param hits non-overlapping hits in text order, event words excluded
   * @param topics how many event words of each topic the text holds
   */
  public record Scan(List<Hit> hits, Map<String, Integer> topics) {
    public Scan {
      hits = List.copyOf(hits);
      topics = Map.copyOf(topics);
    }
  }

  /** Each character of a text as the automaton compares it: folded ({@link #folded}), then in lower case. */
  private static final char[] COMPARED = new char[Character.MAX_VALUE + 1];

  /** Characters that continue a word: a name must not begin or end next to one. */
  private static final boolean[] WORD_CHAR = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      COMPARED[c] = Character.toLowerCase(folded((char) c));
      WORD_CHAR[c] = Character.isLetterOrDigit((char) c);
    }
  }

  /** An entry as the automaton carries it, with its form folded once for {@link #sameCase}. */
  private record Listed(Entry entry, String folded) {}

  private final FormTrie<Listed[]> trie;
  private final int size;

  public NameIndex(Lexicon lexicon) {
    Map<String, List<Entry>> byForm = new HashMap<>();
    List<Actor> lastLoadedFirst = new ArrayList<>(lexicon.actors());
    java.util.Collections.reverse(lastLoadedFirst);
    for (Actor a : lastLoadedFirst) {
      for (String name : Lexicon.names(a)) {
        add(byForm, new Entry(Kind.ACTOR, name, acronymLike(name) || listedAsAcronym(name, a), a, null, null, null));
      }
      for (String acronym : a.acronyms()) {
        add(byForm, new Entry(Kind.ACTOR, acronym, true, a, null, null, null));
      }
    }
    for (GenericBody g : lexicon.generics()) {
      add(byForm, new Entry(Kind.GENERIC, g.phrase(), false, null, null, g, null));
    }
    for (Country c : lexicon.countries()) {
      add(byForm, new Entry(Kind.COUNTRY, c.name(), false, null, c, null, null));
      c.aliases().forEach(x -> add(byForm, new Entry(Kind.COUNTRY, x, false, null, c, null, null)));
      c.demonyms().forEach(x -> add(byForm, new Entry(Kind.COUNTRY_MARK, x, false, null, c, null, null)));
      c.capitals().forEach(x -> add(byForm, new Entry(Kind.COUNTRY_MARK, x, false, null, c, null, null)));
    }
    Map<String, Country> countryById = new HashMap<>();
    lexicon.countries().forEach(c -> countryById.put(c.id(), c));
    for (Place p : lexicon.places()) {
      Country c = countryById.get(p.country());
      if (c != null) {
        add(byForm, new Entry(Kind.COUNTRY_MARK, p.name(), false, null, c, null, null));
        p.variants().forEach(x -> add(byForm, new Entry(Kind.COUNTRY_MARK, x, false, null, c, null, null)));
      }
    }
    lexicon.eventWords().forEach((word, topic) -> add(byForm, new Entry(Kind.TOPIC, word, false, null, null, null,
        topic)));
    FormTrie.Builder<Listed[]> builder = new FormTrie.Builder<>(COMPARED, WORD_CHAR);
    byForm.keySet().stream().sorted().forEach(key -> builder.add(compared(key),
        byForm.get(key).stream().map(e -> new Listed(e, fold(e.form()))).toArray(Listed[]::new)));
    this.trie = builder.build();
    this.size = byForm.size();
  }

  /**
   * True for a name or alias written as an acronym: one word of at most 8 characters with two or
   * more capitals ("IS", "ELN", "KontraS"). It is matched as an acronym is, with its case, so
   * that "is" and "Is" never name the Islamic State.
   */
  static boolean acronymLike(String form) {
    if (form.length() > 8 || form.contains(" ")) {
      return false;
    }
    return form.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /**
   * True for a name that its actor also lists, bare of a leading "The", among the forms matched
   * with their case: a one-word outlet name ("Time", "People", "The Nation") is a common word
   * that must be written as the outlet writes it, never "at the time" or "the nation".
   */
  private static boolean listedAsAcronym(String name, Actor a) {
    String bare = name.startsWith("The ") ? name.substring(4) : name;
    return a.acronyms().contains(bare);
  }

  /** How many distinct forms the automaton holds. */
  public int size() {
    return size;
  }

  private static void add(Map<String, List<Entry>> byForm, Entry e) {
    String key = fold(e.form()).toLowerCase(Locale.ROOT);
    if (key.isBlank()) {
      return;
    }
    List<Entry> list = byForm.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Entry existing : list) {
      if (existing.kind() == e.kind() && existing.exact() == e.exact() && existing.actor() == e.actor()
          && existing.country() == e.country() && existing.generic() == e.generic()) {
        return;
      }
    }
    list.add(e);
  }

  /** A folded key as the automaton compares it: each character in lower case, as {@link #COMPARED} has the text. */
  private static String compared(String key) {
    char[] out = new char[key.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(key.charAt(i));
    }
    return new String(out);
  }

  /** Every name in {@code text}, as the class comment says. */
  public Scan find(String text) {
    List<Hit> candidates = new ArrayList<>();
    Map<String, Integer> topics = new HashMap<>();
    trie.scan(text, (start, end, listed) -> {
      for (Listed l : listed) {
        Entry e = l.entry();
        if (e.kind() == Kind.TOPIC) {
          topics.merge(e.topic(), 1, Integer::sum);
        } else if ((!e.exact() || sameCase(text, start, l.folded())) && !hyphenated(text, start, end)) {
          candidates.add(new Hit(start, end, e));
        }
      }
    });
    candidates.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> h.start() - h.end())
        .thenComparingInt(h -> h.entry().kind().ordinal()).thenComparing(h -> h.entry().exact()));
    List<Hit> hits = new ArrayList<>();
    int covered = 0;
    for (Hit h : candidates) {
      if (h.start() >= covered) {
        hits.add(h);
        covered = h.end();
      }
    }
    return new Scan(hits, topics);
  }

  /** True when {@code text} from {@code start} holds {@code folded}, a folded form, with its case. */
  private static boolean sameCase(String text, int start, String f) {
    if (text.length() < start + f.length()) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      if (folded(text.charAt(start + i)) != f.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** "anti-Putin", "Kyiv-loyal": a name joined to a word by a dash. */
  private static boolean hyphenated(String text, int start, int end) {
    boolean before = start >= 2 && isDash(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2));
    boolean after = end + 1 < text.length() && isDash(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end + 1));
    return before || after;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  /** A form with curly quotes, dashes and runs of white space folded, as the automaton compares it. */
  static String fold(String form) {
    StringBuilder sb = new StringBuilder(form.length());
    boolean space = false;
    for (int i = 0; i < form.length(); i++) {
      char c = foldChar(form.charAt(i));
      if (c == ' ') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** {@link #foldChar}, answered at once for printable ASCII. */
  private static char folded(char c) {
    return c < 0x80 && c > ' ' ? c : foldChar(c);
  }

  private static char foldChar(char c) {
    return switch (c) {
      case '’', '‘', '`', '´' -> '\'';
      case '“', '”', '„', '«', '»' -> '"';
      case '–', '—' -> '-';
      default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    };
  }
}
