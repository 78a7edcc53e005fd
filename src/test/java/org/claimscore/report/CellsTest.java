package org.claimscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Spreadsheet guards on report cells, and taking them off again. */
class CellsTest {

  @Test
  void textThatASpreadsheetWouldRunIsPrefixed() {
    assertEquals("'=HYPERLINK(\"x\")", Cells.text("=HYPERLINK(\"x\")"));
    assertEquals("'+1", Cells.text("+1"));
    assertEquals("'-1+2", Cells.text("-1+2"));
    assertEquals("'@SUM(A1)", Cells.text("@SUM(A1)"));
    assertEquals("'\tx", Cells.text("\tx"));
  }

  @Test
  void aCellThatBeginsWithTheGuardGetsASecondOneSoTheGuardCanAlwaysBeUndone() {
    assertEquals("''=1+1", Cells.text("'=1+1"));
    assertEquals("''quoted'", Cells.text("'quoted'"));
    assertEquals("'=1+1", Cells.original(Cells.text("'=1+1")));
    assertEquals("=1+1", Cells.original(Cells.text("=1+1")));
    assertEquals("'\n=1+1", Cells.text("\n=1+1"));
    assertEquals("'\0x", Cells.text("\0x"));
  }

  @Property(tries = 500)
  void theOriginalOfAGuardedCellIsTheText(@ForAll String text) {
    assertEquals(text, Cells.original(Cells.text(text)));
  }

  @Test
  void ordinaryTextIsUnchanged() {
    assertEquals("Russia said 234 were killed", Cells.text("Russia said 234 were killed"));
    assertEquals("a=b", Cells.text("a=b"));
    assertEquals("", Cells.text(null));
  }

  @Test
  void listsAreJoinedAndEscapedAsOneCell() {
    assertEquals("reportedly; seem", Cells.list(List.of("reportedly", "seem")));
    assertEquals("'-x; y", Cells.list(List.of("-x", "y")));
  }

  @Test
  void decimalsUseADotWhateverTheLocale() {
    assertEquals("0.667", Cells.decimal(2.0 / 3, 3));
  }
}
