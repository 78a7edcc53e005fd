package org.claimscore.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.NameMatcher;
import org.claimscore.text.NumberRun;

/**
 * Event keys from the lexicon's places and actors (as {@link NameMatcher} normalises them), plus
 * salient terms: capitalised names of two or more words that the lexicon does not know, and
 * figures with the word that follows them ("48 people"). One pass over the text, no regular
 * expressions; safe to share between threads.
 */
public final class LexiconKeyExtractor implements KeyExtractor {

  /** Capitalised words that start sentences or name times, not things: they never begin or join a name. */
  private static final Set<String> NOT_NAMES = Set.of(
      "a", "an", "the", "in", "on", "at", "as", "and", "but", "or", "if", "by", "for", "from", "to", "of", "with",
      "after", "before", "when", "while", "since", "during", "according", "however", "meanwhile", "also", "this",
      "that", "these", "those", "there", "it", "its", "he", "she", "they", "we", "his", "her", "their", "our", "my",
      "i", "you", "mr", "ms", "mrs", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "new", "year", "day", "am", "pm");
  /** Lower-case words allowed inside a name between capitalised words: "Institute for the Study of War". */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "du", "del", "der", "von", "al", "el");
  /** Words after a number that are not what it counts. */
  private static final Set<String> NOT_UNITS = Set.of(
      "a", "an", "the", "of", "in", "on", "at", "and", "or", "to", "by", "for", "from", "with", "as", "was", "were",
      "is", "are", "had", "has", "have", "than", "that", "p", "m", "pm", "am", "jan", "feb", "mar", "apr", "may",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december");
  private static final Set<String> MONTHS = Set.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
      "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

  private final NameMatcher names;

  public LexiconKeyExtractor(Lexicon lexicon) {
    this.names = new NameMatcher(lexicon);
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
    TreeSet<String> terms = new TreeSet<>();
    salientTerms(text, covered, terms);
    return new ArticleKeys(article.id(), article.published(), List.copyOf(places), List.copyOf(actors),
        List.copyOf(terms));
  }

  /** A word of the text: letters with inner hyphens or apostrophes, or a number. */
  private record Word(int start, int end, boolean number, boolean capitalised) {

    /** The word in lower case; a number as written. */
    String lower(String text) {
      String word = text.substring(start, end);
      return number ? word : word.toLowerCase(Locale.ROOT);
    }
  }

  private static void salientTerms(String text, boolean[] covered, Set<String> out) {
    List<Word> words = words(text);
    List<String> run = new ArrayList<>();
    int pendingConnectors = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean adjacent = i > 0 && onlySpaces(text, words.get(i - 1).end(), w.start());
      if (!adjacent) {
        flush(run, pendingConnectors, out);
        pendingConnectors = 0;
      }
      if (w.number()) {
        flush(run, pendingConnectors, out);
        pendingConnectors = 0;
        figure(text, words, i, out);
        continue;
      }
      String name = w.capitalised() && !covered[w.start()] ? w.lower(text) : null;
      String connector = name == null && !run.isEmpty() && !w.capitalised() ? w.lower(text) : null;
      if (name != null && !NOT_NAMES.contains(name)) {
        pendingConnectors = 0;
        run.add(name);
      } else if (connector != null && CONNECTORS.contains(connector)) {
        run.add(connector);
        pendingConnectors++;
      } else {
        flush(run, pendingConnectors, out);
        pendingConnectors = 0;
      }
    }
    flush(run, pendingConnectors, out);
  }

  /**
   * Adds the run of words without its trailing connectors when it holds two or more names, and,
   * when connectors join it, each stretch of two or more names between them ("Toshitaka Katada of
   * the University of Tokyo" gives that and "toshitaka katada").
   */
  private static void flush(List<String> run, int trailingConnectors, Set<String> out) {
    List<String> kept = run.subList(0, run.size() - trailingConnectors);
    if (kept.size() >= 2) {
      out.add(String.join(" ", kept));
      int from = 0;
      for (int k = 0; k <= kept.size(); k++) {
        if (k == kept.size() || CONNECTORS.contains(kept.get(k))) {
          if (k - from >= 2 && k - from < kept.size()) {
            out.add(String.join(" ", kept.subList(from, k)));
          }
          from = k + 1;
        }
      }
    }
    run.clear();
  }

  /** "48 people", "1,300 homes": the number without separators and the singular of the word after it. */
  private static void figure(String text, List<Word> words, int i, Set<String> out) {
    Word n = words.get(i);
    String digits = n.lower(text).replace(",", "");
    boolean afterMonth = i > 0 && MONTHS.contains(words.get(i - 1).lower(text));
    boolean yearLike = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    if (afterMonth || yearLike || i + 1 >= words.size()) {
      return;
    }
    Word unit = words.get(i + 1);
    if (unit.number() || !onlySpaces(text, n.end(), unit.start())) {
      return;
    }
    String lower = unit.lower(text);
    if (NOT_UNITS.contains(lower)) {
      return;
    }
    out.add(digits + " " + singular(lower));
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

  private static boolean onlySpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetter(d)) {
            j++;
          } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        int stop = j;
        if (j - i > 2 && text.charAt(j - 1) == 's' && (text.charAt(j - 2) == '\'' || text.charAt(j - 2) == '’')) {
          String word = text.substring(i, j);
          stop = Math.max(word.indexOf("'s"), word.indexOf("’s")) == word.length() - 2 ? j - 2 : j;
        }
        out.add(new Word(i, stop, false, Character.isUpperCase(c)));
        i = j;
      } else if (NumberRun.isDigit(c)) {
        int j = NumberRun.end(text, i);
        out.add(new Word(i, j, true, false));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }
}
