package org.claimscore.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.sentences.Sentence;
import org.claimscore.sentences.SentenceSplitter;
import org.claimscore.text.Span;

/**
 * A plain splitter for tests only: lines, then {@code .?!} (optionally followed by a closing quote)
 * followed by white space and an upper-case letter or an opening quote.
 */
final class SimpleSplitter implements SentenceSplitter {

  @Override
  public List<Sentence> split(Article article) {
    String text = article.text();
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitLine(article.id(), text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private static void splitLine(String id, String text, int from, int to, List<Sentence> out) {
    int start = from;
    int lineSentences = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!' || c == '.' && isAbbreviation(text, from, i)) {
        continue;
      }
      int end = i + 1;
      if (end < to && isClosingQuote(text.charAt(end))) {
        end++;
      }
      int next = end;
      while (next < to && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next > end && next < to && (Character.isUpperCase(text.charAt(next)) || isOpeningQuote(text.charAt(next)))) {
        lineSentences += add(id, text, start, end, false, out);
        start = next;
        i = next - 1;
      }
    }
    int lineCount = lineSentences;
    add(id, text, start, to, lineCount == 0 && isHeading(text.substring(start, to)), out);
  }

  private static boolean isAbbreviation(String text, int from, int dot) {
    int w = dot;
    while (w > from && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    return word.equals("Mr") || word.equals("Mrs") || word.equals("Ms") || word.equals("Dr") || word.equals("St")
        || word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isHeading(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() < 100 && ".!?\"”’".indexOf(s.charAt(s.length() - 1)) < 0;
  }

  private static int add(String id, String text, int start, int end, boolean heading, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return 0;
    }
    out.add(new Sentence(id, out.size(), new Span(start, end), text.substring(start, end), heading));
    return 1;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '‘';
  }
}
