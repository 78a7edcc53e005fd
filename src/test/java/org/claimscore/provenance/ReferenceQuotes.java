package org.claimscore.provenance;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link QuotedText}'s rules written again with a regular expression for each shape, as a plain
 * definition to check the scanner against. What comes before a mark is read by code point apart
 * where it may be a letter, since a look-behind for a character class does not see a letter
 * outside the Basic Multilingual Plane.
 */
final class ReferenceQuotes {

  private static final String SPACE = "[\\p{javaWhitespace}\\p{javaSpaceChar}]";
  private static final String BREAK_AFTER = "(?=" + SPACE + "|[.,;:!?)\\]}…–—\\-'’]|\\z)";
  private static final Pattern STRAY_STRAIGHT =
      Pattern.compile("(?<=[^\\p{javaWhitespace}\\p{javaSpaceChar}])\"" + BREAK_AFTER);
  private static final Pattern DOUBLE_STOP = Pattern.compile("[”\"“\\n\\r]");
  private static final Pattern MISTURNED_CLOSE = Pattern.compile("“" + BREAK_AFTER);
  private static final Pattern GUILLEMET_STOP = Pattern.compile("[«»\\n\\r]");
  private static final Pattern CONTINUED = Pattern.compile(SPACE + "*[“\"«]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=" + SPACE + "|\\z)");
  private static final String OPEN_SINGLE = "(?<![^\\p{javaWhitespace}\\p{javaSpaceChar}(\\[{/\\-–—])['‘](?=\\p{javaLetter})";
  private static final Pattern SINGLE_OPENS = Pattern.compile(OPEN_SINGLE);
  /** A stop (group 1), or a mark that closes a single quote when a letter, digit or {@code . , ! ?} is before it. */
  private static final Pattern SINGLE_STOP = Pattern.compile(
      "([\\n\\r\"“”«»]|" + OPEN_SINGLE + ")|['’](?![\\p{javaLetterOrDigit}])");
  private static final Pattern CLAUSE_START = Pattern.compile("[.!?:\\n\\r\"“”«»][^.!?:\\n\\r\"“”«»]*\\z");
  /** A cue before no letter or digit; the character before it is checked apart, by code point. */
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?:statement|press release|news release|official release)(?![\\p{javaLetterOrDigit}])");
  private static final Pattern SPACES = Pattern.compile(SPACE + "*");
  private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r]");

  private ReferenceQuotes() {}

  static String ownText(String text) {
    int n = text.length();
    boolean[] quoted = new boolean[n];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int from = i;
      int end = -1;
      if (c == '“' || (c == '"' && !at(STRAY_STRAIGHT, text, i))) {
        end = doubleEnd(text, i);
      } else if (c == '«') {
        end = guillemetEnd(text, i);
      } else if ((c == '\'' || c == '‘') && at(SINGLE_OPENS, text, i)) {
        end = singleEnd(text, i);
      } else if (c == ':') {
        end = statementEnd(text, i);
        from = i + 1;
      }
      if (end < 0) {
        i++;
        continue;
      }
      Arrays.fill(quoted, from, end, true);
      i = Math.max(end, i + 1);
    }
    char[] out = text.toCharArray();
    for (int k = 0; k < n; k++) {
      out[k] = quoted[k] ? ' ' : out[k];
    }
    return new String(out);
  }

  private static int doubleEnd(String text, int open) {
    Matcher stop = within(DOUBLE_STOP, text, open + 1, Math.min(text.length(), open + QuotedText.MAX_DOUBLE));
    if (!stop.find()) {
      return leftOpen(text, open, stop.regionEnd());
    }
    char c = stop.group().charAt(0);
    if (c == '”' || c == '"' || (c == '“' && at(MISTURNED_CLOSE, text, stop.start()))) {
      return stop.end();
    }
    return leftOpen(text, open, stop.start());
  }

  private static int guillemetEnd(String text, int open) {
    Matcher stop = within(GUILLEMET_STOP, text, open + 1, Math.min(text.length(), open + QuotedText.MAX_DOUBLE));
    if (!stop.find()) {
      return leftOpen(text, open, stop.regionEnd());
    }
    return stop.group().equals("»") ? stop.end() : leftOpen(text, open, stop.start());
  }

  private static int leftOpen(String text, int open, int stop) {
    if (stop < text.length() && (text.charAt(stop) == '\n' || text.charAt(stop) == '\r')
        && at(CONTINUED, text, stop)) {
      return stop;
    }
    Matcher end = within(SENTENCE_END, text, open + 1, stop);
    return end.find() ? end.end() : stop;
  }

  private static int singleEnd(String text, int open) {
    Matcher stop = within(SINGLE_STOP, text, open + 1, Math.min(text.length(), open + QuotedText.MAX_SINGLE));
    while (stop.find()) {
      if (stop.group(1) != null) {
        return -1;
      }
      int before = text.codePointBefore(stop.start());
      if (Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0) {
        return stop.end();
      }
    }
    return -1;
  }

  private static int statementEnd(String text, int colon) {
    int lo = Math.max(0, colon - QuotedText.CLAUSE);
    String before = text.substring(lo, colon);
    Matcher start = CLAUSE_START.matcher(before);
    String clause = start.find() ? before.substring(start.start() + 1) : before;
    Matcher cue = CUE.matcher(clause);
    boolean named = false;
    while (!named && cue.find()) {
      named = cue.start() == 0 || !Character.isLetterOrDigit(clause.codePointBefore(cue.start()));
    }
    if (!named) {
      return -1;
    }
    Matcher spaces = within(SPACES, text, colon + 1, text.length());
    spaces.lookingAt();
    int from = spaces.end();
    if (from == text.length() || "\"“”«»‘'".indexOf(text.charAt(from)) >= 0) {
      return -1;
    }
    Matcher lineBreak = within(LINE_BREAK, text, from, Math.min(text.length(), from + QuotedText.MAX_STATEMENT));
    return lineBreak.find() ? lineBreak.start() : lineBreak.regionEnd();
  }

  private static boolean at(Pattern pattern, String text, int i) {
    return within(pattern, text, i, text.length()).lookingAt();
  }

  private static Matcher within(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text);
    m.region(from, Math.max(from, to));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }
}
