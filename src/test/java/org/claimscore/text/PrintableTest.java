package org.claimscore.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Names in one-line messages: what is escaped and what is left alone. */
class PrintableTest {

  @Test
  void lineBreaksAndControlCharactersAreEscaped() {
    assertEquals("bad\\nrejected x.txt", Printable.escape("bad\nrejected x.txt"));
    assertEquals("a\\r\\tb\\u0007\\u001b[31m", Printable.escape("a\r\tb\u0007\u001b[31m"));
    assertEquals("x\\u2028y\\u0085z", Printable.escape("x\u2028y\u0085z"));
  }

  @Test
  void invisibleFormattingAndBrokenSurrogatesAreEscaped() {
    assertEquals("evil\\u202etxt.exe", Printable.escape("evil\u202etxt.exe"));
    assertEquals("zero\\u200bwidth", Printable.escape("zero\u200bwidth"));
    assertEquals("half\\ud83d", Printable.escape("half\ud83d"));
    assertEquals("tag\\udb40\\udc41", Printable.escape("tag\udb40\udc41"));
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String name = "Über «quotes» 😀 Москва a\\b.txt";
    assertSame(name, Printable.escape(name));
  }
}
