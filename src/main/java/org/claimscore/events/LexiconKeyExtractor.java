package org.claimscore.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.ingest.Article;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.NameMatcher;
import org.claimscore.text.NumberRun;

/**
 * Event keys from the lexicon's places and actors (as {@link NameMatcher} normalises them), plus
 * salient terms, numbers and the dates the text refers to. One pass over the text, no regular
 * expressions; safe to share between threads.
 *
 * <h2>Design decision: what counts as a name</h2>
 *
 * <p>A run of two or more capitalised words the lexicon does not know is a name ("Iwan Budi
 * Hartono"), and so is each stretch of two or more of them between connectors ("Toshitaka Katada of
 * the University of Tokyo" gives that and "toshitaka katada"). Each word of such a run is also a
 * key, so that "Hartono said" later in a follow-up still matches, but for the words that only build
 * names of many things ({@code name-parts.txt}: "United", "National", "Minister"), which are a key
 * inside a whole name and never alone: in a small batch every key is rare, and "United" alone
 * would join a story on the United Kingdom to one on the United States. A lone capitalised word is a key
 * when it does not open a sentence (where every word is capitalised) and the text never writes it
 * in lower case ("Police" beside "police" is a common noun). Figures keep the word after them ("48
 * people"); every other number is a key as written, without separators ("6.1", "230000"). Dates
 * are keys of their own: a day of a month ({@code --07-02} for "July 2" or "2 July"), a year
 * ({@code 2013}, written as four digits), and, in an article without a publication date, a weekday
 * ("on Sunday").
 */
public final class LexiconKeyExtractor implements KeyExtractor {

  /** Characters between two words that end a sentence, so the next word is capitalised anyway. */
  private static final String SENTENCE_BREAKS = ".!?:;\n\"“”";

  private final NameMatcher names;
  /** Country names, aliases, demonyms and capitals in lower case: too broad to tell one event from another. */
  private final Set<String> countryWords;
  private final KeyWords keyWords;

  /**
   * Keys with the names of {@code lexicon} and the words of {@code language}: function words, time
   * words, weekdays, months, titles ({@code abbreviations.txt}), name connectors and name parts.
   */
  public LexiconKeyExtractor(Lexicon lexicon, Language language) {
    this.keyWords = new KeyWords(language);
    this.names = new NameMatcher(lexicon);
    Set<String> words = new HashSet<>();
    for (org.claimscore.lexicon.Country c : lexicon.countries()) {
      List<String> forms = new ArrayList<>(List.of(c.name()));
      forms.addAll(c.aliases());
      forms.addAll(c.capitals());
      for (String demonym : c.demonyms()) {
        forms.add(demonym);
        forms.add(demonym + "s");
      }
      forms.forEach(f -> words.add(f.toLowerCase(java.util.Locale.ROOT)));
    }
    this.countryWords = Set.copyOf(words);
  }

  @Override
  public ArticleKeys keys(Article article) {
    String title = article.title();
    String text = title == null || title.isBlank() || article.text().startsWith(title)
        ? article.text()
        : title + "\n" + article.text();
    TreeSet<String> places = new TreeSet<>();
    TreeSet<String> actors = new TreeSet<>();
    boolean[] covered = new boolean[text.length()];
    for (NameMatcher.Hit hit : names.find(text)) {
      (hit.kind() == NameMatcher.Kind.PLACE ? places : actors).add(hit.name());
      for (int k = hit.start(); k < hit.end(); k++) {
        covered[k] = true;
      }
    }
    List<String> terms = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    new Scan(keyWords, text, covered, article.published(), terms, dates).run();
    terms.removeIf(countryWords::contains);
    return new ArticleKeys(article.id(), article.published(), List.copyOf(places), List.copyOf(actors),
        sortedDistinct(terms), sortedDistinct(dates));
  }

  /**
   * A word of the text: letters with inner hyphens or apostrophes, or a number; {@code lowerHash}
   * is the hash code of the word in lower case (ASCII letters folded, others as they are).
   */
  private record Word(int start, int end, boolean number, boolean capitalised, int lowerHash) {

    /** The word in lower case; a number as written. */
    String lower(String text) {
      String word = text.substring(start, end);
      return number ? word : word.toLowerCase(Locale.ROOT);
    }
  }

  /** One article's pass: names, figures, numbers and dates into the two lists. */
  private static final class Scan {
    private final KeyWords vocabulary;
    private final String text;
    private final boolean[] covered;
    private final LocalDate published;
    private final List<String> terms;
    private final List<String> dates;
    private final List<Word> words;
    /** Hash codes of the words the text writes in lower case, as a table for {@link #holds}. */
    private final int[] lowerCaseHashes;
    private final List<String> run = new ArrayList<>();
    private int pendingConnectors;
    private boolean runOpensSentence;

    Scan(KeyWords vocabulary, String text, boolean[] covered, LocalDate published, List<String> terms,
        List<String> dates) {
      this.vocabulary = vocabulary;
      this.text = text;
      this.covered = covered;
      this.published = published;
      this.terms = terms;
      this.dates = dates;
      this.words = words(text);
      this.lowerCaseHashes = lowerCaseHashes(words);
    }

    void run() {
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        boolean adjacent = i > 0 && onlySpaces(text, words.get(i - 1).end(), w.start(), false);
        if (!adjacent) {
          flush();
        }
        if (w.number()) {
          flush();
          number(i);
          continue;
        }
        String lower = w.capitalised() || !run.isEmpty() ? w.lower(text) : null;
        if (w.capitalised()) {
          date(lower);
        }
        String name = w.capitalised() && !covered[w.start()] ? lower : null;
        if (name != null && !vocabulary.notNames().contains(name)) {
          if (run.isEmpty()) {
            runOpensSentence = opensSentence(i);
          }
          pendingConnectors = 0;
          run.add(name);
        } else if (name == null && lower != null && !w.capitalised() && vocabulary.connectors().contains(lower)) {
          run.add(lower);
          pendingConnectors++;
        } else {
          flush();
        }
      }
      flush();
    }

    /** True when word {@code i} opens the text or a sentence. */
    private boolean opensSentence(int i) {
      if (i == 0) {
        return true;
      }
      for (int k = words.get(i - 1).end(); k < words.get(i).start(); k++) {
        if (SENTENCE_BREAKS.indexOf(text.charAt(k)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * A lone capitalised word is a key unless the text also writes it in lower case or it only
     * builds names ({@code name-parts.txt}).
     */
    private void single(String name) {
      if (name.length() >= 2 && !holds(lowerCaseHashes, name.hashCode()) && !vocabulary.nameParts().contains(name)) {
        terms.add(name);
      }
    }

    /**
     * Adds the run of words without its trailing connectors when it holds two or more names, each
     * stretch of two or more names between connectors, and each name of the run on its own; a run
     * of one name gives it only when the run does not open a sentence.
     */
    private void flush() {
      List<String> kept = run.subList(0, run.size() - pendingConnectors);
      int names = 0;
      for (String w : kept) {
        names += vocabulary.connectors().contains(w) ? 0 : 1;
      }
      if (names >= 2) {
        terms.add(String.join(" ", kept));
        int from = 0;
        for (int k = 0; k <= kept.size(); k++) {
          if (k == kept.size() || vocabulary.connectors().contains(kept.get(k))) {
            if (k - from >= 2 && k - from < kept.size()) {
              terms.add(String.join(" ", kept.subList(from, k)));
            }
            from = k + 1;
          }
        }
        for (String w : kept) {
          if (!vocabulary.connectors().contains(w)) {
            single(w);
          }
        }
      } else if (names == 1 && !runOpensSentence) {
        single(kept.get(0));
      }
      run.clear();
      pendingConnectors = 0;
    }

    /**
     * A number: a year, the day of a month before or after its name, a figure with the word after
     * it ("48 people", "1,300 homes"), or else the number itself.
     */
    private void number(int i) {
      Word n = words.get(i);
      String written = n.lower(text);
      String digits = written.replace(",", "");
      if (written.length() == 4 && (written.startsWith("19") || written.startsWith("20")) && allDigits(written)) {
        dates.add(digits);
        return;
      }
      int day = dayOfMonth(digits);
      if (day > 0 && i > 0 && month(i - 1) > 0 && onlySpaces(text, words.get(i - 1).end(), n.start(), true)) {
        dates.add(monthDay(month(i - 1), day));
        return;
      }
      if (day > 0 && i + 1 < words.size() && month(i + 1) > 0 && onlySpaces(text, n.end(), words.get(i + 1).start(),
          false)) {
        dates.add(monthDay(month(i + 1), day));
        return;
      }
      if (i + 1 < words.size()) {
        Word unit = words.get(i + 1);
        if (!unit.number() && unit.start() > n.end() && onlySpaces(text, n.end(), unit.start(), false)) {
          String lower = unit.lower(text);
          if (!vocabulary.notUnits().contains(lower)) {
            terms.add(digits + " " + singular(lower));
            return;
          }
        }
      }
      terms.add(digits);
    }

    /**
     * A weekday, as a key of an undated article. In a dated one it says little beyond the
     * publication date, which the grouper already weighs, and every article of that week that
     * names the same weekday would share it.
     */
    private void date(String lower) {
      if (published == null && vocabulary.weekdays().contains(lower)) {
        dates.add(lower);
      }
    }

    /** The month word {@code i} names, or 0. */
    private int month(int i) {
      Word w = words.get(i);
      if (w.number() || !w.capitalised()) {
        return 0;
      }
      return vocabulary.months().getOrDefault(w.lower(text), 0);
    }
  }

  /** {@code keys} sorted, each once. */
  private static List<String> sortedDistinct(List<String> keys) {
    String[] sorted = keys.toArray(new String[0]);
    Arrays.sort(sorted);
    int n = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (n == 0 || !sorted[k].equals(sorted[n - 1])) {
        sorted[n++] = sorted[k];
      }
    }
    return List.of(Arrays.copyOf(sorted, n));
  }

  /** {@code --MM-DD}, as ISO 8601 writes a day of a month without its year. */
  private static String monthDay(int month, int day) {
    return "--" + (month < 10 ? "0" : "") + month + (day < 10 ? "-0" : "-") + day;
  }

  /** 1 to 31 written as one or two digits, or 0. */
  private static int dayOfMonth(String digits) {
    if (digits.isEmpty() || digits.length() > 2 || !allDigits(digits)) {
      return 0;
    }
    int day = Integer.parseInt(digits);
    return day <= 31 ? day : 0;
  }

  private static boolean allDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!NumberRun.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** True when {@code text[from, to)} holds only spaces, and a full stop too when {@code dot} ("Jan. 4"). */
  private static boolean onlySpaces(String text, int from, int to, boolean dot) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0' && !(dot && c == '.' && k == from)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash table of the hash codes of the words the text writes in lower case (open addressing, 0
   * for an empty slot, so a hash code of 0 is stored as 1). A name whose hash is here is taken for a
   * common noun; a rare collision only loses a key.
   */
  private static int[] lowerCaseHashes(List<Word> words) {
    int[] table = new int[Integer.highestOneBit(Math.max(8, words.size() * 2)) * 2];
    int mask = table.length - 1;
    for (Word w : words) {
      if (w.number() || w.capitalised()) {
        continue;
      }
      int stored = w.lowerHash() == 0 ? 1 : w.lowerHash();
      int slot = (stored ^ stored >>> 16) & mask;
      while (table[slot] != 0 && table[slot] != stored) {
        slot = slot + 1 & mask;
      }
      table[slot] = stored;
    }
    return table;
  }

  private static boolean holds(int[] table, int hash) {
    int stored = hash == 0 ? 1 : hash;
    int mask = table.length - 1;
    for (int slot = (stored ^ stored >>> 16) & mask; table[slot] != 0; slot = slot + 1 & mask) {
      if (table[slot] == stored) {
        return true;
      }
    }
    return false;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int hash = lower(c);
        int j = i + 1;
        int stop = j;
        int hashAtStop = hash;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetter(d)) {
            hash = 31 * hash + lower(d);
            j++;
          } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
            if (possessive(text, j)) {
              stop = j;
              hashAtStop = hash;
              j += 2;
              break;
            }
            hash = 31 * (31 * hash + d) + lower(text.charAt(j + 1));
            j += 2;
          } else {
            break;
          }
          stop = j;
          hashAtStop = hash;
        }
        out.add(new Word(i, stop, false, Character.isUpperCase(c), hashAtStop));
        i = j;
      } else if (NumberRun.isDigit(c)) {
        int j = NumberRun.end(text, i);
        out.add(new Word(i, j, true, false, 0));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** True when {@code text} has a possessive {@code 's} at {@code at}: the word ends before it. */
  private static boolean possessive(String text, int at) {
    char c = text.charAt(at);
    return (c == '\'' || c == '’') && text.charAt(at + 1) == 's'
        && (at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2)));
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c < 0x80 ? c : Character.toLowerCase(c);
  }

  /**
   * The words of {@code rules/language/en/} the scan compares with, in lower case.
   *
   * @param notNames capitalised words that open sentences or name times: never in a name
   * @param connectors lower-case words allowed between the capitalised words of a name
   * @param nameParts words that build names of many things: a key inside a whole name, never alone
   * @param notUnits words after a number that are not what it counts
   * @param weekdays weekday names
   * @param months month names and abbreviations, to the month's number
   */
  private record KeyWords(Set<String> notNames, Set<String> connectors, Set<String> nameParts, Set<String> notUnits,
      Set<String> weekdays, Map<String, Integer> months) {

    KeyWords {
      notNames = Set.copyOf(notNames);
      connectors = Set.copyOf(connectors);
      nameParts = Set.copyOf(nameParts);
      notUnits = Set.copyOf(notUnits);
      weekdays = Set.copyOf(weekdays);
      months = Map.copyOf(months);
    }

    KeyWords(Language language) {
      this(union(language.list("function-words.txt"), language.list("time-words.txt"),
              language.list("weekdays.txt"), language.table("months.csv").keySet(),
              language.list("abbreviations.txt")),
          Set.copyOf(language.list("name-connectors.txt")), Set.copyOf(language.list("name-parts.txt")),
          union(language.list("function-words.txt"), language.list("time-words.txt"),
              language.table("months.csv").keySet()),
          Set.copyOf(language.list("weekdays.txt")), language.monthNumbers());
    }

    @SafeVarargs
    private static Set<String> union(Collection<String>... lists) {
      Set<String> all = new HashSet<>();
      for (Collection<String> l : lists) {
        all.addAll(l);
      }
      return all;
    }
  }
}
