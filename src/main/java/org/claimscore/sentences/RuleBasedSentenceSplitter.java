package org.claimscore.sentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscore.ingest.Article;
import org.claimscore.language.Language;
import org.claimscore.text.Span;

/**
 * Splits text into sentences with one left-to-right character scan: line breaks, terminal
 * punctuation, abbreviations, decimals, ellipses and quotations.
 *
 * <p>Design decision: a quotation is kept whole with its attribution ({@code He said: "A. B."} is
 * one sentence), because a claim and its speaker must stay together. A paragraph whose quotation
 * marks do not balance is split again as if there were no quotation marks, so one stray quote
 * cannot swallow a paragraph; a curly opening quote glued to the end of a word inside a quotation
 * is read as its closing quote, a common typesetting slip. A single line break followed by a
 * lower-case letter, or after a comma or semicolon, continues the sentence (hard-wrapped text);
 * any other line break ends it.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

  /** Longest line still taken for a heading. */
  static final int MAX_HEADING = 160;

  /** Abbreviations that never end a sentence (before a digit or a name), month abbreviations among them. */
  private final Set<String> alwaysAbbreviations;
  /** Abbreviations that end a sentence only when a typical sentence opener follows. */
  private final Set<String> softAbbreviations;
  /** Words that often open a sentence and seldom follow an abbreviation inside one. */
  private final Set<String> openers;

  /**
   * Splits with the words of {@code abbreviations.txt}, {@code soft-abbreviations.txt} and {@code
   * sentence-openers.txt}, and the month abbreviations of {@code months.csv}: a month word shorter
   * than the longest word of its month ("sept" beside "september").
   */
  public RuleBasedSentenceSplitter(Language language) {
    Set<String> always = new HashSet<>(language.list("abbreviations.txt"));
    Map<String, String> months = language.table("months.csv");
    Map<String, Integer> longest = new HashMap<>();
    months.forEach((word, month) -> longest.merge(month, word.length(), Math::max));
    months.forEach((word, month) -> {
      if (word.length() < longest.get(month)) {
        always.add(word);
      }
    });
    this.alwaysAbbreviations = Set.copyOf(always);
    this.softAbbreviations = Set.copyOf(language.list("soft-abbreviations.txt"));
    this.openers = Set.copyOf(language.list("sentence-openers.txt"));
  }

  @Override
  public List<Sentence> split(Article article) {
    String text = article.text();
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int blockStart = -1;
    int lines = 0;
    int pos = 0;
    // When every line break is a line feed, String.indexOf finds the next one fastest.
    boolean onlyLineFeeds = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    while (pos < n) {
      int lineEnd = onlyLineFeeds ? text.indexOf('\n', pos) : pos;
      if (lineEnd < 0) {
        lineEnd = n;
      }
      while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int next = lineEnd;
      if (next < n) {
        next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
      }
      boolean blank = isBlank(text, pos, lineEnd);
      if (!blank) {
        if (blockStart < 0) {
          blockStart = pos;
          lines = 0;
        }
        lines++;
        boolean continues = next < n && continuesOnNextLine(text, pos, lineEnd, next);
        if (!continues) {
          splitBlock(article, blockStart, lineEnd, lines == 1, out);
          blockStart = -1;
        }
      } else if (blockStart >= 0) {
        splitBlock(article, blockStart, pos, lines == 1, out);
        blockStart = -1;
      }
      pos = next;
    }
    if (blockStart >= 0) {
      splitBlock(article, blockStart, n, lines == 1, out);
    }
    return out;
  }

  private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd, int next) {
    int last = lineEnd - 1;
    while (last >= lineStart && isSpace(text.charAt(last))) {
      last--;
    }
    char end = text.charAt(last);
    if (isTerminal(end) || isCloser(end)) {
      return false;
    }
    int n = text.length();
    int first = next;
    while (first < n && !isLineBreak(text.charAt(first)) && isSpace(text.charAt(first))) {
      first++;
    }
    if (first >= n || isLineBreak(text.charAt(first))) {
      return false;
    }
    return end == ',' || end == ';' || Character.isLowerCase(text.charAt(first));
  }

  private void splitBlock(Article article, int start, int end, boolean oneLine, List<Sentence> out) {
    String text = article.text();
    List<Integer> ends = boundaries(text, start, end, true);
    if (ends == null) {
      ends = boundaries(text, start, end, false);
    }
    int from = start;
    for (int to : ends) {
      emit(article, from, to, oneLine && ends.size() == 1, out);
      from = to;
    }
  }

  /**
   * Sentence ends within {@code [start, end)}, the last one {@code end}; null when quotation marks
   * were tracked and do not balance.
   */
  private List<Integer> boundaries(String text, int start, int end, boolean quotes) {
    List<Integer> ends = new ArrayList<>();
    int depth = 0;
    boolean straight = false;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\u201c' && depth > 0 && i > start && !isSpace(text.charAt(i - 1)) && !isOpener(text.charAt(i - 1))) {
        depth--;
      } else if (c == '\u201c' || c == '\u00ab' || c == '\u201e') {
        depth++;
      } else if ((c == '\u201d' || c == '\u00bb') && depth > 0) {
        depth--;
      } else if (c == '"') {
        straight = !straight;
      } else if (isTerminal(c)) {
        int runEnd = i;
        while (runEnd < end && isTerminal(text.charAt(runEnd))) {
          runEnd++;
        }
        int k = runEnd;
        while (k < end && isCloser(text.charAt(k))) {
          char q = text.charAt(k);
          if (q == '"') {
            if (!straight) {
              break;
            }
            straight = false;
          } else if ((q == '\u201d' || q == '\u00bb') && depth > 0) {
            depth--;
          }
          k++;
        }
        boolean atGap = k == end || isSpace(text.charAt(k));
        boolean quoted = quotes && (depth > 0 || straight);
        if (atGap && !quoted && k < end && endsSentence(text, start, i, runEnd, k, end)) {
          ends.add(k);
        }
        i = k;
        continue;
      }
      i++;
    }
    if (quotes && (depth > 0 || straight)) {
      return null;
    }
    ends.add(end);
    return ends;
  }

  /** Whether the terminal run {@code [at, runEnd)}, closed at {@code k}, ends a sentence. */
  private boolean endsSentence(String text, int start, int at, int runEnd, int k, int end) {
    int next = k;
    while (next < end && (isSpace(text.charAt(next)) || isOpener(text.charAt(next)))) {
      next++;
    }
    if (next == end) {
      return false;
    }
    char following = text.charAt(next);
    if (Character.isLowerCase(following)) {
      return false;
    }
    boolean ellipsis = text.charAt(at) == '\u2026' || runEnd - at > 1 && text.charAt(at) == '.'
        && text.charAt(at + 1) == '.';
    if (ellipsis) {
      return Character.isUpperCase(following) || Character.isTitleCase(following);
    }
    if (text.charAt(at) != '.' || runEnd - at > 1) {
      return true;
    }
    int wordStart = at;
    while (wordStart > start && at - wordStart < 24
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    if (wordStart == at || wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
      return true;
    }
    String word = text.substring(wordStart, at);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return opensSentence(text, next, end);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.indexOf('.') >= 0) {
      return isDottedAbbreviation(word) ? opensSentence(text, next, end) : true;
    }
    if (alwaysAbbreviations.contains(lower)) {
      return false;
    }
    if (softAbbreviations.contains(lower)) {
      return lower.startsWith("no") ? !Character.isDigit(following) && opensSentence(text, next, end)
          : opensSentence(text, next, end);
    }
    return true;
  }

  /** Letters separated by dots, each part at most two letters: U.S, U.K, e.g, i.e, a.m. */
  private static boolean isDottedAbbreviation(String word) {
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '.') {
        if (run == 0) {
          return false;
        }
        run = 0;
      } else if (++run > 2) {
        return false;
      }
    }
    return run > 0;
  }

  private boolean opensSentence(String text, int from, int end) {
    int to = from;
    while (to < end && Character.isLetter(text.charAt(to)) && to - from < 16) {
      to++;
    }
    return openers.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  private static void emit(Article article, int from, int to, boolean wholeLine, List<Sentence> out) {
    String text = article.text();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    if (out.isEmpty()) {
      Matcher dateline = gluedDateline(text, from, to);
      if (dateline != null) {
        addHeading(article, from, dateline.start(), out);
        addHeading(article, dateline.start(), dateline.end(), out);
        emit(article, dateline.end(), to, false, out);
        return;
      }
    }
    Span span = new Span(from, to);
    String covered = span.of(text);
    out.add(new Sentence(article.id(), out.size(), span, covered, wholeLine && isHeading(covered)));
  }

  private static void addHeading(Article article, int from, int to, List<Sentence> out) {
    String text = article.text();
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    Span span = new Span(from, to);
    out.add(new Sentence(article.id(), out.size(), span, span.of(text), true));
  }

  /**
   * A dateline inside the first sentence of a text whose headline, dateline and lead were run
   * together with no line break ("Five dead in Indonesia quake Tuesday, July 2nd, 2013 A powerful
   * earthquake ..."): a full date, with an optional weekday, "Updated:" and time, between at least
   * three words of headline and a lead that starts with a capital and runs on for at least six
   * words. A date after "on", "in", "since" and the like is part of the sentence unless a time
   * follows it. Null when there is none.
   */
  private static Matcher gluedDateline(String text, int from, int to) {
    Matcher m = DATELINE.matcher(text).region(from, to);
    while (m.find()) {
      int words = wordsIn(text, from, m.start());
      String before = lastWord(text, from, m.start()).toLowerCase(Locale.ROOT);
      boolean timed = m.group("time") != null;
      boolean capital = m.end() < to && Character.isUpperCase(text.charAt(m.end()));
      if (capital && words >= 3 && (timed || !DATE_PREPOSITIONS.contains(before)) && wordsIn(text, m.end(), to) >= 6) {
        return m;
      }
    }
    return null;
  }

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

  /** A full date with optional prefix, weekday, time and zone, and the space after it. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(?:updated|published|posted|last updated)(?:\\s+(?:on|at))?:?\\s+)?(?:" + WEEKDAY + ")?"
          + "(?:" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}|" + DAY + "\\s+" + MONTH + ",?\\s+\\d{4})"
          + "(?<time>,?\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:gmt|utc|ist|edt|est|cdt|cst|pdt|pst|bst|cet|cest|et|hrs))?)?"
          + "\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words after which a date belongs to the sentence ("killed on July 2, 2013"). */
  private static final Set<String> DATE_PREPOSITIONS =
      Set.of("on", "in", "since", "until", "till", "by", "from", "of", "before", "after", "to", "at", "and", "or");

  private static int wordsIn(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private static String lastWord(String text, int from, int to) {
    int end = to;
    while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** A short line with a letter, not ending in a period, ellipsis, comma, semicolon or colon. */
  private static boolean isHeading(String line) {
    if (line.length() > MAX_HEADING) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < line.length() && !letter; i++) {
      letter = Character.isLetter(line.charAt(i));
    }
    if (!letter) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last != '.' && last != '\u2026' && last != ',' && last != ';' && last != ':';
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == '\u00bb' || c == ')' || c == ']';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '\u00ab' || c == '(' || c == '[';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }
}
