package org.claimscore.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem report prints as one {@code FILE:LINE: message} line and sorts as an editor fixes files. */
class DiagnosticTest {

  @Test
  void printsAsFileLineMessage() {
    assertEquals("rules/patterns.drl:42: unknown field 'speakr' on ClaimFacts",
        new Diagnostic("rules/patterns.drl", 42, "unknown field 'speakr' on ClaimFacts").toString());
  }

  @Test
  void aLineBreakInTheFileOrMessageCannotStartASecondLine() {
    String printed = new Diagnostic("rules/a\nb.drl", 3, "rule \"x\ny\" is\tbad\u001b[31m").toString();
    assertEquals("rules/a\\nb.drl:3: rule \"x\\ny\" is\\tbad\\u001b[31m", printed);
  }

  @Test
  void aFileALineOfZeroOrMoreAndAMessageAreRequired() {
    assertThrows(IllegalArgumentException.class, () -> new Diagnostic("", 1, "m"));
    assertThrows(IllegalArgumentException.class, () -> new Diagnostic(null, 1, "m"));
    assertThrows(IllegalArgumentException.class, () -> new Diagnostic("f", -1, "m"));
    assertThrows(IllegalArgumentException.class, () -> new Diagnostic("f", 1, " "));
    assertEquals(0, new Diagnostic("f", 0, "m").line());
  }

  @Test
  void sortsByFileThenNumericLineThenMessage() {
    Diagnostic a9 = new Diagnostic("rules/a.drl", 9, "z");
    Diagnostic a10 = new Diagnostic("rules/a.drl", 10, "a");
    Diagnostic a10b = new Diagnostic("rules/a.drl", 10, "b");
    Diagnostic b1 = new Diagnostic("rules/b.drl", 1, "a");
    assertEquals(List.of(a9, a10, a10b, b1),
        List.of(b1, a10b, a10, a9).stream().sorted(Diagnostic.BY_PLACE).toList());
  }

  @Test
  void aSetupExceptionHoldsItsProblemsOnceEachInOrder() {
    Diagnostic late = new Diagnostic("rules/a.drl", 12, "late");
    Diagnostic early = new Diagnostic("rules/a.drl", 2, "early");
    SetupException e = new SetupException(List.of(late, early, late));
    assertEquals(List.of(early, late), e.diagnostics());
    assertEquals(List.of("rules/a.drl:2: early", "rules/a.drl:12: late"), e.lines());
    assertThrows(IllegalArgumentException.class, () -> new SetupException(List.of()));
  }

  @Test
  void anUnreadableFileSaysWhy() {
    assertEquals("rules/lexicon/actors.csv:0: cannot read: permission denied",
        Diagnostic.cannotRead("rules/lexicon/actors.csv", new AccessDeniedException("/x/actors.csv")).toString());
  }

  @Test
  void aCsvParserComplaintBecomesALineAndPlainWords() {
    Diagnostic unbalanced = CsvProblem.of("rules/lexicon/places.csv", new UncheckedIOException(
        new IOException("(startline 5) EOF reached before encapsulated token finished")));
    assertEquals(5, unbalanced.line());
    assertEquals("unbalanced quote: a field opened with \" on this line is never closed"
        + " (write a quote inside a quoted field as \"\")", unbalanced.message());
    Diagnostic other = CsvProblem.of("f.csv", new IllegalArgumentException("A header name is missing in [a, ]"));
    assertEquals("f.csv:1: cannot read as CSV: A header name is missing in [a, ]", other.toString());
  }
}
