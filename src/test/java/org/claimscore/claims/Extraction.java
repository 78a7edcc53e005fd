package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.language.TestLanguage;
import org.claimscore.sentences.RuleBasedSentenceSplitter;

/** The extractor with the project's lexicon, and the look-ups extraction tests share. */
final class Extraction {

  private static RuleBasedClaimExtractor extractor;

  private Extraction() {}

  /** The claims of {@code article}, split and extracted as the pipeline does. */
  static synchronized List<Claim> claims(Article article) {
    if (extractor == null) {
      extractor = new RuleBasedClaimExtractor(org.claimscore.lexicon.TestLexicons.kursk(), TestLanguage.shipped());
    }
    return extractor.extract(article, new RuleBasedSentenceSplitter(TestLanguage.shipped()).split(article));
  }

  /** The claims of a text given as an article of its own. */
  static List<Claim> text(String text) {
    return claims(new Article("t", "unknown", null, null, null, text, "t"));
  }

  /** The first claim whose text contains {@code fragment}; fails the test when there is none. */
  static Claim find(List<Claim> claims, String fragment) {
    return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim contains: " + fragment));
  }

  /** The speaker of the first claim of {@code sentence}, extracted as an article of its own. */
  static Attribution speakerOf(String sentence) {
    return text(sentence).get(0).attribution();
  }

  /** Asserts the speaker's name, kind and the sieve that found it, showing the whole attribution on failure. */
  static void assertSpeaker(String speaker, SpeakerKind kind, String sieve, Attribution a) {
    assertEquals(speaker, a.speaker(), a.toString());
    assertEquals(kind, a.kind(), a.toString());
    assertEquals(sieve, a.attributedBy(), a.toString());
  }

  /** A claim's figures as the reports show them. */
  static List<String> numbers(Claim c) {
    return c.numbers().stream().map(Quantity::display).toList();
  }
}
