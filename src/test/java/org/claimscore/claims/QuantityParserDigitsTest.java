package org.claimscore.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscore.language.TestLanguage;
import org.claimscore.text.Tokens;
import org.claimscore.text.Vocabulary;
import org.junit.jupiter.api.Test;

/** Figures written in digits: thousands separators are read, decimals stand alone, and runs too long for a count are none. */
class QuantityParserDigitsTest {

  private static final QuantityParser PARSER = new QuantityParser(TestLanguage.shipped());
  private static final Vocabulary WORDS = new Vocabulary(PARSER.words());

  private static List<Long> values(String sentence) {
    return PARSER.parse(Tokens.of(sentence, WORDS), 0).stream().map(Quantity::value).toList();
  }

  @Test
  void separatorsAreReadAndLongRunsAreNoCount() {
    assertEquals(List.of(1300L), values("At least 1,300 people were killed in the floods."));
    assertEquals(List.of(123456789012345L), values("The ministry said 123,456,789,012,345 people were counted."));
    assertEquals(List.of(), values("The ministry said 1234567890123456 people were counted."));
    assertEquals(List.of(), values("The ministry said 1,234.5 people were counted."));
  }
}
