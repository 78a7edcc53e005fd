package org.claimscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
