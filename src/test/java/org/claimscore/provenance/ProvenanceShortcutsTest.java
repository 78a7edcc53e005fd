package org.claimscore.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The shortcuts of the provenance stage give what the plain definitions give: content word hashes
 * as {@link ContentWords#of} hashed word by word, names and numbers and quotes as the regular
 * expressions that define them, the longest common subsequence as the full table.
 */
class ProvenanceShortcutsTest {

  private static final Pattern NAME_OR_NUMBER = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}'’-]*|\\d[\\d,.]*\\d|\\d)");
  private static final Pattern QUOTE = Pattern.compile("[“\"]([^“”\"]{12,600})[”\"]");

  /** Pieces that stress case folding, word boundaries, plurals, listed words and quote marks. */
  private static final List<String> PIECES = List.of(
      "\"", "“", "”", "‘", "’", "'", "-", "_", ".", ",", " ", "  ", "\t", "\n", "\u00a0", "\u2007", "\u202f",
      "1,300", "3.5", "1,", "2.", "12,5.", "0", "The", "THE", "Armoured", "defences", "Organisations", "stories",
      "cities", "ties", "bus", "boss", "crisis", "claims", "Mr", "S", "a", "İstanbul", "ΣΟΦΙΑ", "ὈΔΥΣΣΕΎΣ", "K",
      "\u212a", "ſ", "ı", "e\u0301", "\u0301", "Ǆ", "ǅ", "µ", "ÿ", "ß", "Ⅻ", "Ⓐ", "𝐀𝐁", "\ud835", "\udc00", "😀",
      "Москва", "Київ", "北京", "٣", "Zhelabrai’s", "so-called", "O'Brien", "Mc-Donald", "\"A quote of some length here\"",
      "“Another quote, with more than twelve words in it”");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> words = Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha();
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(6, piece), Tuple.of(3, words), Tuple.of(1, anything));
    Arbitrary<String> spaced = token.list().ofMaxSize(300).map(l -> String.join(" ", l));
    Arbitrary<String> glued = token.list().ofMaxSize(200).map(l -> String.join("", l));
    Arbitrary<String> longQuotes = Arbitraries.strings().withChars("abcdefg  \"“”").ofMaxLength(2000);
    return Arbitraries.oneOf(spaced, glued, longQuotes, Arbitraries.strings().all().ofMaxLength(300));
  }

  @Property(tries = 500)
  void wordHashesAreTheHashesOfTheContentWords(@ForAll("texts") String text, @ForAll @IntRange(max = 50) int cut) {
    int from = Math.min(cut, text.length());
    int to = Math.max(from, text.length() - cut);
    int[] expected = ContentWords.of(text.substring(from, to)).stream().mapToInt(String::hashCode).toArray();
    assertArrayEquals(expected, ContentWords.hashes(text, from, to));
  }

  @Property(tries = 500)
  void namesAreTheNormalisedMatchesOfTheNamePattern(@ForAll("texts") String text) {
    List<String> names = new ArrayList<>();
    Matcher m = NAME_OR_NUMBER.matcher(text);
    while (m.find()) {
      String item = ContentWords.normalise(m.group().toLowerCase(Locale.ROOT).replace(",", ""));
      if (!item.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).equals(item))) {
        names.add(item);
      }
    }
    assertArrayEquals(names.stream().mapToInt(String::hashCode).toArray(), TextProvenanceAnalyzer.names(text));
  }

  @Property(tries = 500)
  void quotesAreTheMatchesOfTheQuotePattern(@ForAll("texts") String text) {
    List<long[]> expected = new ArrayList<>();
    Matcher q = QUOTE.matcher(text);
    while (q.find()) {
      long[] words = ContentWords.of(q.group(1)).stream().mapToLong(String::hashCode).sorted().distinct().toArray();
      if (words.length >= 3) {
        expected.add(words);
      }
    }
    List<long[]> actual = TextProvenanceAnalyzer.quotes(text);
    assertEquals(expected.size(), actual.size(), "quotes found");
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "quote " + i);
    }
  }

  @Provide
  Arbitrary<int[]> nameSequences() {
    Arbitrary<int[]> random = Arbitraries.integers().between(0, 5).array(int[].class).ofMaxSize(40);
    Arbitrary<int[]> common = Arbitraries.integers().between(0, 5).array(int[].class).ofMaxSize(15);
    return Arbitraries.oneOf(random, Combinators.combine(common, random, common).as((c, r, d) -> concat(c, r, d)));
  }

  @Property(tries = 2000)
  void longestCommonSubsequenceIsTheFullTablesAnswer(
      @ForAll("nameSequences") int[] a, @ForAll("nameSequences") int[] b) {
    int[][] table = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    assertEquals(table[a.length][b.length], TextProvenanceAnalyzer.lcs(a, b));
  }

  private static int[] concat(int[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
  }
}
