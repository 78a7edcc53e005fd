package org.claimscore.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Outlet;

/**
 * Finds the headline and the outlet a plain-text article names itself by.
 *
 * <p>Design decision: the outlet is read only from lines where an article speaks about itself (a
 * short masthead or byline line at the top, a newsletter, byline or copyright note at the top or
 * bottom), never from running prose, so that an outlet the article merely cites ("according to the
 * Moscow Times") is not taken for its publisher.
 */
public final class Masthead {

  /** Longest first line still taken for a headline. */
  static final int MAX_TITLE = 160;

  private static final int HEAD_LINES = 3;
  private static final int FOOT_LINES = 5;
  private static final int MAX_SHORT_LINE = 80;
  private static final int MAX_NOTE_LINE = 200;

  private final List<Outlet> outlets;
  /** Words of a line where the article speaks about itself, in lower case. */
  private final List<String> noteMarkers;
  /** Last words of an outlet's name, in lower case. */
  private final Set<String> outletEndings;
  /** Month names and abbreviations in lower case, to the month's number. */
  private final Map<String, Integer> months;
  /** Weekday names in lower case. */
  private final Set<String> weekdays;

  /**
   * Reads outlets with the known {@code outlets} and the words of {@code boilerplate.csv} and
   * {@code outlet-name-endings.txt}, and datelines with {@code months.csv} and {@code weekdays.txt}.
   */
  public Masthead(List<Outlet> outlets, Language language) {
    this.outlets = List.copyOf(outlets);
    this.noteMarkers = List.copyOf(language.table("boilerplate.csv").keySet());
    this.outletEndings = Set.copyOf(language.list("outlet-name-endings.txt"));
    this.months = language.monthNumbers();
    this.weekdays = Set.copyOf(language.list("weekdays.txt"));
  }

  /**
   * The publication date a dateline gives: one of the first lines that holds only a date, with or
   * without its weekday ("Thursday, August 8, 2019", "8 August 2019", "2019-08-08"); else null.
   * A date inside a sentence is never taken: it may be any day the story mentions.
   */
  public LocalDate dateline(String text) {
    List<String> lines = nonBlankLines(text);
    for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
      LocalDate date = dateOnly(lines.get(i));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The date a line consists of, or null. */
  private LocalDate dateOnly(String line) {
    String[] words = line.trim().replaceAll("[.]$", "").split("[\\s,]+");
    int from = words.length > 0 && weekdays.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    int n = words.length - from;
    try {
      if (n == 1 && words[from].matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(words[from]);
      }
      if (n != 3 || !words[from + 2].matches("\\d{4}")) {
        return null;
      }
      int year = Integer.parseInt(words[from + 2]);
      Integer month = months.get(words[from].toLowerCase(Locale.ROOT).replace(".", ""));
      if (month != null && words[from + 1].matches("\\d{1,2}")) {
        return LocalDate.of(year, month, Integer.parseInt(words[from + 1]));
      }
      month = months.get(words[from + 1].toLowerCase(Locale.ROOT).replace(".", ""));
      if (month != null && words[from].matches("\\d{1,2}")) {
        return LocalDate.of(year, month, Integer.parseInt(words[from]));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The headline: the first non-empty line when it is short, not prose and not a note; else null. */
  public String title(String text) {
    List<String> lines = nonBlankLines(text);
    if (lines.size() < 2) {
      return null;
    }
    String first = lines.get(0);
    if (first.length() > MAX_TITLE || endsLikeProse(first) || isNote(first) || !hasLetter(first)) {
      return null;
    }
    return first;
  }

  /** The outlet the text names itself by, as the lexicon names it, or {@link Article#UNKNOWN_OUTLET}. */
  public String outlet(String text, String title) {
    List<String> lines = nonBlankLines(text);
    int head = Math.min(HEAD_LINES, lines.size());
    for (int i = 0; i < head; i++) {
      String line = lines.get(i);
      boolean isTitle = i == 0 && line.equals(title);
      boolean shortLine = line.length() <= MAX_SHORT_LINE && !endsLikeProse(line);
      if (!isTitle && (shortLine || isNoteLine(line))) {
        String found = knownOutletIn(line);
        if (found != null) {
          return found;
        }
      }
    }
    if (title != null && lines.size() > 1 && looksLikeOutletName(lines.get(1))) {
      String named = canonical(lines.get(1));
      return named != null ? named : lines.get(1);
    }
    for (int i = Math.max(head, lines.size() - FOOT_LINES); i < lines.size(); i++) {
      String line = lines.get(i);
      if (isNoteLine(line)) {
        String found = knownOutletIn(line);
        if (found != null) {
          return found;
        }
      }
    }
    return Article.UNKNOWN_OUTLET;
  }

  /**
   * The lexicon name for an outlet given as a name or pattern (case-insensitive, whole string),
   * or null when the lexicon does not know it.
   */
  public String canonical(String outlet) {
    String wanted = outlet.trim();
    for (Outlet o : outlets) {
      if (o.name().equalsIgnoreCase(wanted)) {
        return o.name();
      }
      for (String p : o.patterns()) {
        if (p.equalsIgnoreCase(wanted)) {
          return o.name();
        }
      }
    }
    return null;
  }

  /** True for a line that speaks about the article itself: newsletter, byline, copyright note. */
  boolean isNote(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String marker : noteMarkers) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNoteLine(String line) {
    return line.length() <= MAX_NOTE_LINE && isNote(line);
  }

  /** The outlet whose pattern starts earliest in the line (longest pattern on a tie), or null. */
  private String knownOutletIn(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Outlet o : outlets) {
      for (String p : o.patterns()) {
        int at = wholeWordIndex(lower, p.toLowerCase(Locale.ROOT));
        if (at >= 0 && (at < bestAt || at == bestAt && p.length() > bestLength)) {
          best = o.name();
          bestAt = at;
          bestLength = p.length();
        }
      }
    }
    return best;
  }

  private static int wholeWordIndex(String haystack, String needle) {
    if (needle.isEmpty()) {
      return -1;
    }
    int from = 0;
    while (true) {
      int at = haystack.indexOf(needle, from);
      if (at < 0) {
        return -1;
      }
      int end = at + needle.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
      boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }

  /** A short line of capitalised words ending in a word such as "News", "Times", "Media Group". */
  boolean looksLikeOutletName(String line) {
    if (line.length() > 60 || endsLikeProse(line)) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return outletEndings.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static boolean endsLikeProse(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == ',' || last == ';' || last == ':' || last == '\u2026';
  }

  private static boolean hasLetter(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetter(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Non-blank lines, trimmed (including a leading byte-order mark), split on any line break. */
  static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        String line = strip(text.substring(start, i));
        if (!line.isEmpty()) {
          lines.add(line);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }
}
