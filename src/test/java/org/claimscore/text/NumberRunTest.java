package org.claimscore.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a number cut from text ends. */
class NumberRunTest {

  @Test
  void separatorsBetweenDigitsBelongToTheNumberAndNoneAfterIt() {
    assertEquals("1,300", cut("1,300 homes", 0));
    assertEquals("18.5", cut("18.5 km", 0));
    assertEquals("2024", cut("2024. Then", 0));
    assertEquals("12", cut("12,", 0));
    assertEquals("7", cut("up to 7-8", 6));
  }

  private static String cut(String text, int from) {
    return text.substring(from, NumberRun.end(text, from));
  }
}
