package org.claimscore.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence cut into words, numbers and single punctuation marks, with offsets into the sentence.
 *
 * <p>Words are runs of letters; numbers are runs of digits that may hold {@code ,} or {@code .}
 * between digits ("1,300"); every other non-space character is a token of its own. Normal forms
 * are lower case, with curly apostrophes and quotes folded to their straight forms, so that
 * "Russia’s" and "Russia's" tokenise alike. A token whose normal form is in the {@link Vocabulary}
 * it was cut with carries that word's id and shared string; any other token has id -1.
 */
public final class Tokens {

  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte MARK = 2;

  /** One shared string per ASCII mark, so a comma costs no allocation. */
  private static final String[] ASCII_MARKS = new String[128];

  static {
    for (char c = 0; c < ASCII_MARKS.length; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
    }
  }

  public final String text;
  public final Vocabulary vocabulary;
  public final int size;
  public final int[] start;
  public final int[] end;
  public final byte[] kind;
  public final String[] norm;
  public final int[] id;
  private final boolean[] capital;

  private Tokens(String text, Vocabulary vocabulary, int size, int[] start, int[] end, byte[] kind,
      String[] norm, int[] id, boolean[] capital) {
    this.text = text;
    this.vocabulary = vocabulary;
    this.size = size;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.norm = norm;
    this.id = id;
    this.capital = capital;
  }

  public static Tokens of(String text) {
    return of(text, Vocabulary.EMPTY);
  }

  public static Tokens of(String text, Vocabulary vocabulary) {
    int n = text.length();
    int cap = Math.max(4, n / 4);
    int[] start = new int[cap];
    int[] end = new int[cap];
    byte[] kind = new byte[cap];
    String[] norm = new String[cap];
    int[] id = new int[cap];
    boolean[] capital = new boolean[cap];
    int size = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      byte k;
      boolean ascii = c < 128;
      int hash = Vocabulary.lowerAscii(c);
      boolean upperCase = c >= 'A' && c <= 'Z';
      if (isLetter(c)) {
        while (j < n) {
          char d = text.charAt(j);
          if (d < 128 ? !isAsciiLetter(d) : !Character.isLetter(d)) {
            break;
          }
          ascii &= d < 128;
          upperCase |= d >= 'A' && d <= 'Z';
          hash = 31 * hash + Vocabulary.lowerAscii(d);
          j++;
        }
        k = WORD;
      } else if (NumberRun.isDigit(c)) {
        j = NumberRun.end(text, i);
        k = NUMBER;
      } else {
        k = MARK;
        if (isDoubledQuote(text, i)) {
          j = i + 2;
          c = '"';
        }
      }
      if (size == start.length) {
        int grown = size * 2;
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
        kind = Arrays.copyOf(kind, grown);
        norm = Arrays.copyOf(norm, grown);
        id = Arrays.copyOf(id, grown);
        capital = Arrays.copyOf(capital, grown);
      }
      start[size] = i;
      end[size] = j;
      kind[size] = k;
      capital[size] = k == WORD && Character.isUpperCase(c);
      String known = null;
      if (k == MARK) {
        known = foldMark(c);
        id[size] = vocabulary.id(known.charAt(0));
      } else if (k == WORD && ascii) {
        id[size] = vocabulary.idOfAscii(text, i, j, hash, upperCase);
      } else {
        known = text.substring(i, j).toLowerCase(Locale.ROOT);
        id[size] = vocabulary.id(known);
      }
      if (id[size] >= 0) {
        norm[size] = vocabulary.word(id[size]);
      } else {
        norm[size] = known != null ? known : text.substring(i, j).toLowerCase(Locale.ROOT);
      }
      size++;
      i = j;
    }
    return new Tokens(text, vocabulary, size, start, end, kind, norm, id, capital);
  }

  /** The normal forms of a phrase from a word list, tokenised like running text. */
  public static String[] normsOf(String phrase) {
    Tokens t = of(phrase);
    return Arrays.copyOf(t.norm, t.size);
  }

  /**
   * Whether token {@code i} is in the vocabulary the tokens were cut with; when not, it is in none
   * of the word lists that vocabulary was built from, and looking it up in one can be skipped.
   */
  public boolean known(int i) {
    return id[i] >= 0;
  }

  public boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  public boolean is(int i, String normal) {
    return i >= 0 && i < size && norm[i].equals(normal);
  }

  /** Whether token {@code i} is a word whose first letter is upper case. */
  public boolean capitalised(int i) {
    return i >= 0 && i < size && capital[i];
  }

  /** The original text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String cover(int from, int to) {
    return text.substring(start[from], end[to - 1]);
  }

  public char firstChar(int i) {
    return text.charAt(start[i]);
  }

  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, answered without a table look-up for ASCII. */
  private static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link Character#isLetter}, answered without a table look-up for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return isAsciiLetter(c);
    }
    return Character.isLetter(c);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Two apostrophes or grave accents in a row (''quoted'', ``quoted'') are the quotation mark of
   * plain-text typography: one mark, folded like a double quote.
   */
  private static boolean isDoubledQuote(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c;
  }

  private static String foldMark(char c) {
    return switch (c) {
      case '’', '‘', '`', '´' -> "'";
      case '“', '”', '„', '«', '»' -> "\"";
      case '–', '—' -> "-";
      default -> c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
    };
  }
}
