package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claimscore.ingest.Article;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.sentences.Sentence;
import org.claimscore.text.Span;

/** Sentence splitting and claim extraction never throw, and every offset they give stays sane. */
class ExtractionPropertiesTest {

  private static RuleBasedClaimExtractor extractor;
  private static final RuleBasedSentenceSplitter SPLITTER = new RuleBasedSentenceSplitter(TestLanguage.shipped());

  /** Pieces of hostile text: quotes of every kind, breaks, control characters, other scripts. */
  private static final List<String> PIECES = List.of(
      "\"", "“", "”", "‘", "’", "'", "«", "»", ".", ". ", "...", "…", "?", "!", ",", ";", ":", "-", "–", "—",
      "\n", "\n\n", "\r\n", "\t", "\u0000", "\u0007", "\u001b", "\u200b", "\ufeff", "\u00a0", " ",
      "Mr.", "U.S.", "St.", "3.5", "1,300", "500-1,300", "more than 70", "at least 195", "up to", "dozens of",
      "said", "says", "claimed", "according to", "reportedly", "seem", "he said:", "He continued:",
      "Russian defence ministry", "Sim Tack", "Aliyev", "the Legion", "Tiotkino", "Kursk", "officials",
      "killed", "tanks", "armoured vehicles", "drones", "civilians", "the", "and", "or", "it",
      "Москва", "Київ", "北京", "مرحبا", "😀", "\ud83d", "\udc00", "Ω", "ß");

  @BeforeContainer
  static void load() throws Exception {
    extractor = new RuleBasedClaimExtractor(org.claimscore.lexicon.TestLexicons.kursk(),
        TestLanguage.shipped());
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> words = Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha();
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, piece), net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(1, anything));
    Arbitrary<String> mixed = token.list().ofMaxSize(400).map(l -> String.join(" ", l));
    Arbitrary<String> glued = token.list().ofMaxSize(200).map(l -> String.join("", l));
    Arbitrary<String> oneLongSentence = words.list().ofMinSize(300).ofMaxSize(3000).map(l -> String.join(" ", l));
    Arbitrary<String> onlyQuotes = Arbitraries.of("\"", "“", "”", "'", " ").list().ofMaxSize(300)
        .map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, glued, oneLongSentence, onlyQuotes, Arbitraries.strings().all().ofMaxLength(500));
  }

  @Property(tries = 300)
  void extractionKeepsEveryOffsetInsideTheText(@ForAll("hostile") String text) {
    Article article = new Article("p", "unknown", null, null, null, text, "p");
    List<Sentence> sentences = SPLITTER.split(article);
    List<Claim> claims = extractor.extract(article, sentences);
    int previousEnd = 0;
    for (Sentence s : sentences) {
      inside(s.span(), text);
      assertTrue(s.span().start() >= previousEnd, "sentences overlap or go backwards at " + s.span());
      assertTrue(s.span().length() > 0, "empty sentence at " + s.span());
      assertEquals(s.span().of(text), s.text());
      previousEnd = s.span().end();
    }
    for (Claim c : claims) {
      inside(c.span(), text);
      Sentence s = sentences.get(c.sentenceIndex());
      assertEquals(s.span(), c.span(), "a claim's span is its sentence's");
      assertEquals(c.span().of(text), c.text());
      if (c.attribution().speakerSpan() != null) {
        inside(c.attribution().speakerSpan(), text);
      }
      for (Quantity q : c.numbers()) {
        inside(q.span(), text);
        assertTrue(c.span().contains(q.span()), "figure " + q.span() + " outside its claim " + c.span());
      }
    }
  }

  private static void inside(Span span, String text) {
    assertTrue(span.end() <= text.length(), span + " runs past the text (" + text.length() + " characters)");
  }
}
