package org.claimscore.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What {@link QuotedText} blanks as quoted, shown as the words left of the article's own text. */
class QuotedTextTest {

  /** The own text with its runs of space made one space and trimmed, for reading. */
  private static String own(String text) {
    String own = QuotedText.ownText(text);
    assertEquals(text.length(), own.length(), "offsets kept");
    return own.trim().replaceAll("\\s+", " ");
  }

  @Test
  void textWithoutQuotesIsReturnedAsItIs() {
    String text = "The minister spoke on Monday. Nobody was hurt.";
    assertSame(text, QuotedText.ownText(text));
  }

  @Test
  void straightAndCurlyDoubleQuotesAndGuillemetsAreQuoted() {
    assertEquals("The minister said . Then he left.",
        own("The minister said \"we will rebuild every school\". Then he left."));
    assertEquals("The minister said . Then he left.",
        own("The minister said “we will rebuild every school” . Then he left."));
    assertEquals("Le ministre a dit . Puis il est parti.",
        own("Le ministre a dit « nous reconstruirons chaque école » . Puis il est parti."));
  }

  @Test
  void aMisturnedOpeningMarkBeforePunctuationClosesTheQuote() {
    assertEquals("He wrote , the comedian said.", own("He wrote “there goes the orchestra “, the comedian said."));
  }

  @Test
  void aStrayClosingMarkOutsideAQuoteIsSkipped() {
    assertEquals("Moffat added the actor had briefly flicked through my\" the last time. He said .",
        own("Moffat added the actor had briefly flicked through my\" the last time. He said \"yes\"."));
    assertEquals("They added to their” 15 Most Wanted list.", own("They added to their” 15 Most Wanted list."));
  }

  @Test
  void aQuoteLeftOpenRunsToTheEndOfItsSentence() {
    assertEquals("Police said Officers searched the house. Nobody was hurt.",
        own("Police said \"the suspect fled on foot. Officers searched the house. Nobody was hurt."));
    assertEquals("He said .",
        own("He said “the first one never closes “The second quote opens here and closes” ."));
  }

  @Test
  void aQuoteGoesOnInTheNextParagraphOnlyWhenThatParagraphOpensWithAQuoteMark() {
    assertEquals("The mayor said:",
        QuotedText.ownText("The mayor said: \"We will rebuild. Every school.\n\n\"Every road too,\" he said.")
            .split("\n")[0].trim());
    assertEquals("The mayor said: he said.",
        own("The mayor said: \"We will rebuild. Every school.\n\n\"Every road too,\" he said."));
    assertEquals("The mayor said: Every school. Reporters left.",
        own("The mayor said: \"We will rebuild. Every school.\nReporters left."));
  }

  @Test
  void singleQuotesAreQuotedWhereUnambiguous() {
    assertEquals("Mob boss Vincent Gigante dies, dubbed the by the press",
        own("Mob boss Vincent 'The Chin' Gigante dies, dubbed the ‘Oddfather’ by the press"));
    assertEquals("It's the players' union and Gigante's lawyers, rock 'n roll",
        own("It's the players' union and Gigante's lawyers, rock 'n roll"));
    assertEquals("He wrote the players' union and that is all.",
        own("He wrote the players' union and that is all."));
  }

  @Test
  void aStatementIntroducedByAColonIsQuotedToTheEndOfItsParagraph() {
    assertEquals("The ministry said in a statement:\nReporters were not allowed in.",
        QuotedText.ownText("The ministry said in a statement: The minister regrets the loss of life.\n"
            + "Reporters were not allowed in.").replaceAll(" +", " ").replace(": \n", ":\n"));
    assertEquals("Here's the Academy's official release:",
        own("Here's the Academy's official release: Television icon Ellen DeGeneres will return to host."));
  }

  @Test
  void aColonThatIntroducesNoStatementOrIsFollowedByAQuoteIsLeftToTheQuoteRules() {
    assertEquals("For immediate release: July 13, 2009 The association is delighted.",
        own("For immediate release: July 13, 2009 The association is delighted."));
    assertEquals("Prosecutors release new video Published: Friday",
        own("Prosecutors release new video Published: Friday"));
    assertEquals("He said in a statement: and left.", own("He said in a statement: \"We regret it.\" and left."));
    assertEquals("Statement follows. Time: 10:30 GMT.", own("Statement follows. Time: 10:30 GMT."));
  }
}
