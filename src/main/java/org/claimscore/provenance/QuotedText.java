package org.claimscore.provenance;

import java.util.Arrays;
import java.util.List;

/**
 * The quoted parts of an article (words it reports others saying), blanked so that provenance
 * compares only the article's own sentences.
 *
 * <p>Read from the start; outside a quote:
 *
 * <ul>
 *   <li>{@code “} opens a double quote, and so does {@code "} unless it follows a character other
 *       than a space and comes before a space, punctuation or the end: that one, like a {@code ”}
 *       outside a quote, closes a quote whose opening mark is missing and is skipped, which puts
 *       the reading back in step. A double quote closes after the first {@code ”} or {@code "}, or
 *       {@code “} before a space, punctuation or the end (a misturned closing mark).
 *   <li>{@code «} opens a quote that closes after the next {@code »}.
 *   <li>A quote is left open when, before its closing mark, it meets another opening mark of its
 *       kind, a line break or the end, or when its closing mark is not among its first
 *       {@value #MAX_DOUBLE} characters. One left open at a
 *       line break before a paragraph that opens with a quote mark runs to the break (a quote
 *       that goes on in the next paragraph); any other runs to the end of its first sentence
 *       ({@code . ! ?} before a space or the end), or to where it was left open if sooner, since
 *       its opening mark may be a stray one.
 *   <li>Single quotes where unambiguous: a {@code ‘} or {@code '} that starts a word (after the
 *       start, a space or one of {@code ( [ { / - – —}, before a letter) opens one when, within
 *       {@value #MAX_SINGLE} characters and before any line break, double quote mark, guillemet or
 *       other word-starting single mark, a {@code ’} or {@code '} follows a letter, digit or
 *       {@code . , ! ?} and comes before no letter or digit. An apostrophe inside a word is neither.
 *   <li>Statements as issued: a colon whose clause (back to the last {@code . ! ? :}, line break,
 *       double quote mark or guillemet, at most {@value #CLAUSE} characters) holds one of {@link #STATEMENT_CUES}
 *       as whole words, in any ASCII case, and that is followed, after spaces and line breaks, by
 *       something other than a quote mark, introduces a statement: from after the colon to the end
 *       of the statement's first paragraph, at most {@value #MAX_STATEMENT} characters from its start.
 * </ul>
 *
 * <p>Quote marks are part of what they enclose.
 */
final class QuotedText {

  /** Characters, opening mark included, among which a double quote or guillemet quote must close. */
  static final int MAX_DOUBLE = 1000;
  /** Characters a single-quoted quote runs over at most, its closing mark included. */
  static final int MAX_SINGLE = 200;
  /** Characters a statement introduced by a colon runs over at most. */
  static final int MAX_STATEMENT = 1500;
  /** Characters before a colon searched for the word that makes it introduce a statement. */
  static final int CLAUSE = 100;

  /** Words that, in the clause before a colon, say that a statement as issued follows. */
  static final List<String> STATEMENT_CUES =
      List.of("statement", "press release", "news release", "official release");

  private QuotedText() {}

  /** The text with every quoted character made a space: same length, same offsets. */
  static String ownText(String text) {
    if (!mayQuote(text)) {
      return text;
    }
    int n = text.length();
    char[] own = null;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = switch (c) {
        case '“' -> doubleQuoteEnd(text, i);
        case '"' -> closingShape(text, i) ? -1 : doubleQuoteEnd(text, i);
        case '«' -> guillemetEnd(text, i);
        case '‘', '\'' -> singleQuoteEnd(text, i);
        case ':' -> statementEnd(text, i);
        default -> -1;
      };
      if (end < 0) {
        i++;
        continue;
      }
      if (own == null) {
        own = text.toCharArray();
      }
      Arrays.fill(own, c == ':' ? i + 1 : i, end, ' ');
      i = Math.max(end, i + 1);
    }
    return own == null ? text : new String(own);
  }

  /** True when the text holds a character that can start a quote or statement. */
  private static boolean mayQuote(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('«') >= 0 || text.indexOf('‘') >= 0
        || text.indexOf('\'') >= 0 || text.indexOf(':') >= 0;
  }

  /**
   * End (exclusive) of the double quote opening at {@code open}: after its closing mark; else, when
   * the quote is left open, see {@link #leftOpenEnd}.
   */
  private static int doubleQuoteEnd(String text, int open) {
    int n = Math.min(text.length(), open + MAX_DOUBLE);
    for (int i = open + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '”' || c == '"' || (c == '“' && followedByBreak(text, i))) {
        return i + 1;
      }
      if (c == '“' || c == '\n' || c == '\r') {
        return leftOpenEnd(text, open, i);
      }
    }
    return leftOpenEnd(text, open, n);
  }

  /** End (exclusive) of the guillemet quote opening at {@code open}, as {@link #doubleQuoteEnd}. */
  private static int guillemetEnd(String text, int open) {
    int n = Math.min(text.length(), open + MAX_DOUBLE);
    for (int i = open + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '»') {
        return i + 1;
      }
      if (c == '«' || c == '\n' || c == '\r') {
        return leftOpenEnd(text, open, i);
      }
    }
    return leftOpenEnd(text, open, n);
  }

  /**
   * End (exclusive) of a quote opening at {@code open} that meets no closing mark before {@code stop}
   * (a line break, another opening mark or the end of the text). A quote that goes on in the next
   * paragraph (a line break, then a paragraph that opens with a quote mark) runs to the break;
   * otherwise its opening mark may be a stray one, so it runs only to the end of its sentence.
   */
  private static int leftOpenEnd(String text, int open, int stop) {
    int n = text.length();
    if (stop < n && (text.charAt(stop) == '\n' || text.charAt(stop) == '\r')) {
      int next = stop;
      while (next < n && (isSpace(text.charAt(next)))) {
        next++;
      }
      if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '"' || text.charAt(next) == '«')) {
        return stop;
      }
    }
    for (int i = open + 1; i < stop; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || isSpace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return stop;
  }

  /** End (exclusive) of the single-quoted quote opening at {@code open}, or -1 when it is none. */
  private static int singleQuoteEnd(String text, int open) {
    int n = text.length();
    if (!opensSingle(text, open)) {
      return -1;
    }
    int last = Math.min(n, open + MAX_SINGLE);
    for (int i = open + 1; i < last; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || isDoubleMark(c) || ((c == '‘' || c == '\'') && opensSingle(text, i))) {
        return -1;
      }
      if ((c == '’' || c == '\'') && closesSingle(text, i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** True when the single quote mark at {@code at} starts a word: after the start, a space or an opening sign, before a letter. */
  private static boolean opensSingle(String text, int at) {
    if (at + 1 >= text.length() || !Character.isLetter(text.codePointAt(at + 1))) {
      return false;
    }
    char before = at == 0 ? ' ' : text.charAt(at - 1);
    return isSpace(before) || "([{/-–—".indexOf(before) >= 0;
  }

  private static boolean closesSingle(String text, int at) {
    int before = text.codePointBefore(at);
    boolean after = at + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(at + 1));
    return !after && (Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0);
  }

  private static boolean isDoubleMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
  }

  /**
   * End (exclusive) of the statement a colon at {@code colon} introduces, or -1 when its clause names
   * no statement or release, or a quote mark follows it.
   */
  private static int statementEnd(String text, int colon) {
    if (!clauseNamesStatement(text, colon)) {
      return -1;
    }
    int n = text.length();
    int start = colon + 1;
    while (start < n && isSpace(text.charAt(start))) {
      start++;
    }
    if (start == n || isDoubleMark(text.charAt(start)) || text.charAt(start) == '‘' || text.charAt(start) == '\'') {
      return -1;
    }
    int last = Math.min(n, start + MAX_STATEMENT);
    for (int i = start; i < last; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return last;
  }

  private static boolean clauseNamesStatement(String text, int colon) {
    int from = colon;
    int stop = Math.max(0, colon - CLAUSE);
    while (from > stop && ".!?:\n\r\"“”«»".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    for (String cue : STATEMENT_CUES) {
      if (containsWord(text, from, colon, cue)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text[from, to)} holds {@code word} (lower-case ASCII) between non-letters, ignoring ASCII case. */
  private static boolean containsWord(String text, int from, int to, String word) {
    for (int at = from; at + word.length() <= to; at++) {
      if ((at == from || !Character.isLetterOrDigit(text.codePointBefore(at)))
          && matchesIgnoringAsciiCase(text, at, word)
          && (at + word.length() == to || !Character.isLetterOrDigit(text.codePointAt(at + word.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesIgnoringAsciiCase(String text, int at, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = text.charAt(at + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when the mark at {@code i} follows a character other than a space and comes before a break. */
  private static boolean closingShape(String text, int i) {
    return i > 0 && !isSpace(text.charAt(i - 1))
        && followedByBreak(text, i);
  }

  /** True when the end, a space or punctuation follows {@code i}. */
  private static boolean followedByBreak(String text, int i) {
    if (i + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(i + 1);
    return isSpace(next) || ".,;:!?)]}…–—-'’".indexOf(next) >= 0;
  }

  /** A space: white space or a space separator (the no-break spaces too). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
