package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys found as whole words, token by token, exactly where a character-by-character search finds them. */
class FormTrieTest {

  private static final char[] LOWER = new char[Character.MAX_VALUE + 1];
  private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      LOWER[c] = Character.toLowerCase((char) c);
      WORD[c] = Character.isLetterOrDigit((char) c);
    }
  }

  private static FormTrie<String> trie(String... keys) {
    FormTrie.Builder<String> b = new FormTrie.Builder<>(LOWER, WORD);
    for (String k : keys) {
      b.add(k, k);
    }
    return b.build();
  }

  /** Each key found, as "start-end:key". */
  private static List<String> scan(FormTrie<String> trie, String text) {
    List<String> out = new ArrayList<>();
    trie.scan(text, (start, end, key) -> out.add(start + "-" + end + ":" + key));
    return out;
  }

  /** The same, by comparing every key with the text at every place a word may start. */
  private static List<String> slowly(List<String> keys, String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (int start = 0; start < text.length(); start++) {
      if (start > 0 && WORD[text.charAt(start - 1)]) {
        continue;
      }
      for (int end = start + 1; end <= text.length(); end++) {
        if (end < text.length() && WORD[text.charAt(end)]) {
          continue;
        }
        String piece = lower.substring(start, end);
        if (keys.contains(piece)) {
          out.add(start + "-" + end + ":" + piece);
        }
      }
    }
    return out;
  }

  @Test
  void aKeyIsFoundOnlyAsWholeWords() {
    FormTrie<String> t = trie("moscow", "is");
    assertEquals(List.of("0-6:moscow"), scan(t, "Moscow said"));
    assertEquals(List.of(), scan(t, "Moscows this island"));
    assertEquals(List.of("5-7:is", "11-17:moscow"), scan(t, "This is in Moscow."));
  }

  @Test
  void keysThatShareWordsAreEachFoundByStartThenEnd() {
    FormTrie<String> t = trie("the ministry", "the ministry of health", "ministry", "health");
    assertEquals(List.of("0-12:the ministry", "0-22:the ministry of health", "4-12:ministry", "16-22:health"),
        scan(t, "The Ministry of Health said"));
  }

  @Test
  void aKeyWithMarksMustEndWhereNoWordGoesOn() {
    FormTrie<String> t = trie("u.s.", "u.s", "al-shabaab", "'ndrangheta");
    assertEquals(List.of("4-7:u.s", "4-8:u.s."), scan(t, "the U.S. said"));
    assertEquals(List.of("0-3:u.s"), scan(t, "U.S.A."));
    assertEquals(List.of("0-10:al-shabaab"), scan(t, "al-Shabaab fighters"));
    assertEquals(List.of("4-15:'ndrangheta"), scan(t, "the 'Ndrangheta clan"));
    assertEquals(List.of(), scan(t, "x'ndrangheta"));
  }

  @Test
  void aWordThatBeginsAKeyButIsNotOneFindsNothing() {
    FormTrie<String> t = trie("united nations");
    assertEquals(List.of(), scan(t, "the United States and the united  nations"));
    assertEquals(List.of("0-14:united nations"), scan(t, "United Nations"));
  }

  @Test
  void randomTextsFindWhatACharacterByCharacterSearchFinds() {
    List<String> keys = List.of("a", "a b", "ab", "a-b", "b.", "b. a", "-a", "ba b", "a  b", "é", "éa");
    FormTrie<String> t = trie(keys.toArray(String[]::new));
    Random random = new Random(7);
    String alphabet = "aAbBé .-";
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(slowly(keys, text.toString()), scan(t, text.toString()), '"' + text.toString() + '"');
    }
  }

  /** Enough keys that nodes have more children than their filters have bits, and filters collide. */
  @Test
  void manyKeysAreFoundWhereACharacterByCharacterSearchFindsThem() {
    Random random = new Random(11);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .-'&é";
    java.util.Set<String> keySet = new java.util.TreeSet<>();
    while (keySet.size() < 400) {
      StringBuilder key = new StringBuilder();
      for (int i = 1 + random.nextInt(6); i > 0; i--) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String k = key.toString();
      if (!k.isBlank() && k.equals(k.strip()) && !k.contains("  ")) {
        keySet.add(k);
      }
    }
    List<String> keys = List.copyOf(keySet);
    FormTrie<String> t = trie(keys.toArray(String[]::new));
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(random.nextInt(4) == 0 ? keys.get(random.nextInt(keys.size()))
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      assertEquals(slowly(keys, text.toString()), scan(t, text.toString()), '"' + text.toString() + '"');
    }
  }
}
