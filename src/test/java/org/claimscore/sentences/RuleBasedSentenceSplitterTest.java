package org.claimscore.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class RuleBasedSentenceSplitterTest {

  private static final Path SEEDS = Path.of("fixtures/kursk-raid-2024");

  private final SentenceSplitter splitter = new RuleBasedSentenceSplitter(TestLanguage.shipped());

  private List<String> texts(String text) {
    return split(text).stream().map(Sentence::text).toList();
  }

  private List<Sentence> split(String text) {
    List<Sentence> sentences = splitter.split(new Article("t", null, null, null, null, text, null));
    assertWellFormed(text, sentences);
    return sentences;
  }

  private List<Sentence> seed(String prefix) throws IOException {
    try (var files = Files.list(SEEDS)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      Article article = new ArticleReader(Lexicon.empty(), TestLanguage.shipped())
          .readText(prefix, Files.readString(file), file.toString());
      List<Sentence> sentences = splitter.split(article);
      assertWellFormed(article.text(), sentences);
      return sentences;
    }
  }

  private static Sentence containing(List<Sentence> sentences, String fragment) {
    return sentences.stream().filter(s -> s.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no sentence contains: " + fragment));
  }

  @Test
  void aHeadlineAndDatelineRunIntoTheLeadAreNotPartOfIt() {
    String text = "Five dead, dozens injured in Indonesia quake Tuesday, July 2nd, 2013 A powerful earthquake in"
        + " Indonesia's Aceh province flattened buildings, killing at least five people. Rescuers dug on.";
    List<Sentence> s = split(text);
    assertEquals(List.of("Five dead, dozens injured in Indonesia quake", "Tuesday, July 2nd, 2013",
        "A powerful earthquake in Indonesia's Aceh province flattened buildings, killing at least five people.",
        "Rescuers dug on."), s.stream().map(Sentence::text).toList());
    assertEquals(List.of(true, true, false, false), s.stream().map(Sentence::heading).toList());
    assertEquals(List.of("6.1-magnitude quake strikes Indonesia's Aceh province", "Tue Jul 2, 2013 1:28PM GMT",
        "A powerful 6.1-magnitude earthquake strikes the northern Indonesian province of Aceh."),
        texts("6.1-magnitude quake strikes Indonesia's Aceh province Tue Jul 2, 2013 1:28PM GMT A powerful"
            + " 6.1-magnitude earthquake strikes the northern Indonesian province of Aceh."));
    assertEquals(List.of("Indonesia earthquake: 24 dead and over 200 injured", "WEDNESDAY 03 JULY 2013",
        "Soldiers and police are leading rescue operations in Indonesia."),
        texts("Indonesia earthquake: 24 dead and over 200 injured WEDNESDAY 03 JULY 2013 Soldiers and police are"
            + " leading rescue operations in Indonesia."));
  }

  @Test
  void aDateInsideTheLeadSentenceStaysInIt() {
    List<String> lead = List.of("The bank was bombed on Friday, December 12, 2008 Oregon State Police said in a"
        + " statement issued that night.");
    assertEquals(lead, texts(lead.get(0)));
    List<String> second = List.of("Rescuers worked all night.", "Officials said it struck on July 2, 2013 Local"
        + " time was early morning and many were asleep.");
    assertEquals(second, texts(String.join(" ", second)));
    List<String> shortLead = List.of("Quake hits Aceh province July 2, 2013 Five dead.");
    assertEquals(shortLead, texts(shortLead.get(0)));
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \n\r\n\t \u00a0"));
  }

  @Test
  void splitsOnTerminalPunctuationAndTrimsSpans() {
    List<Sentence> s = split("  One thing happened.  Did it?   Yes!\n");
    assertEquals(List.of("One thing happened.", "Did it?", "Yes!"), s.stream().map(Sentence::text).toList());
    assertEquals(2, s.get(0).span().start());
    assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
  }

  @Test
  void abbreviationsInitialsAndNumbersDoNotSplit() {
    assertEquals(List.of("Mr. Putin met Gen. Gerasimov and Dr. J. Smith on Jan. 5 in St. Petersburg."),
        texts("Mr. Putin met Gen. Gerasimov and Dr. J. Smith on Jan. 5 in St. Petersburg."));
    assertEquals(List.of("The U.S. government and the U.N. said 3.5 tanks, i.e. about 1,300 tonnes, etc. were lost."),
        texts("The U.S. government and the U.N. said 3.5 tanks, i.e. about 1,300 tonnes, etc. were lost."));
    assertEquals(List.of("Lt. Col. Ivanov spoke.", "He left."), texts("Lt. Col. Ivanov spoke. He left."));
  }

  @Test
  void abbreviationAtTheEndOfASentenceSplitsBeforeATypicalOpener() {
    assertEquals(List.of("Aid came from the U.S.", "The rest came later."),
        texts("Aid came from the U.S. The rest came later."));
    assertEquals(List.of("They took tanks, drones, etc.", "But they left."),
        texts("They took tanks, drones, etc. But they left."));
    assertEquals(List.of("Item No. 5 was found."), texts("Item No. 5 was found."));
  }

  @Test
  void ellipsisSplitsOnlyBeforeACapital() {
    assertEquals(List.of("We waited… and then it came."), texts("We waited… and then it came."));
    assertEquals(List.of("We waited... and then it came."), texts("We waited... and then it came."));
    assertEquals(List.of("We waited…", "Then it came."), texts("We waited… Then it came."));
  }

  @Test
  void quotationStaysWithItsAttribution() {
    assertEquals(List.of("He said: \"A. B.\"", "Then he left."), texts("He said: \"A. B.\" Then he left."));
    assertEquals(List.of("He said: “We came. We saw.”", "Then he left."), texts("He said: “We came. We saw.” Then he left."));
    assertEquals(List.of("“Why?” he asked.", "Nobody knew."), texts("“Why?” he asked. Nobody knew."));
    assertEquals(List.of("It is “under control”.", "Russia said so."), texts("It is “under control”. Russia said so."));
  }

  @Test
  void unbalancedQuotationFallsBackToPlainSplitting() {
    assertEquals(List.of("He said: “We came.", "We saw.", "We left."), texts("He said: “We came. We saw. We left."));
  }

  @Test
  void linesWithoutFinalPunctuationAreSentencesAndShortOnesHeadings() {
    List<Sentence> s = split("Big Raid Into Russia\r\n\r\nThe raid began. It ended.\r\nTags\r\nRussia\r\n");
    assertEquals(List.of("Big Raid Into Russia", "The raid began.", "It ended.", "Tags", "Russia"),
        s.stream().map(Sentence::text).toList());
    assertEquals(List.of(true, false, false, true, true), s.stream().map(Sentence::heading).toList());
  }

  @Test
  void hardWrappedLinesContinueTheSentence() {
    assertEquals(List.of("Sim Tack, an analyst,\nsaid that the battles\ncontinue.", "Next."),
        texts("Sim Tack, an analyst,\nsaid that the battles\ncontinue. Next."));
  }

  @Test
  void seed004KeepsLongSentenceAndTitleAbbreviationWhole() throws IOException {
    List<Sentence> s = seed("004");
    Sentence may = containing(s, "In May 2023, Russian officials alleged");
    assertTrue(may.text().startsWith("In May 2023, Russian officials alleged that dozens of Ukrainian militants crossed"));
    assertTrue(may.text().endsWith("were killed or pushed back."), may.text());
    Sentence putin = containing(s, "Mr. Putin’s long-running narrative");
    assertTrue(putin.text().startsWith("Tuesday’s multiple attacks on Russian soil"), putin.text());
    assertEquals("A version of this story appeared in the daily Threat Status newsletter from The Washington Times.",
        s.get(0).text());
    assertFalse(s.stream().anyMatch(Sentence::heading), "004 has no title or sub-headings");
  }

  @Test
  void seed003KeepsAbbreviationsAndQuotedEllipsesSensible() throws IOException {
    List<Sentence> s = seed("003");
    Sentence us = containing(s, "the U.S. government has not approved");
    assertTrue(us.text().startsWith("The Pentagon said"), us.text());
    assertTrue(us.text().endsWith("Nor has the Ukrainian government requested any such transfers.”"), us.text());
    Sentence quote = containing(s, "We decided to exercise our constitutional right to vote…");
    assertTrue(quote.text().startsWith("He said: “We decided"), quote.text());
    assertTrue(quote.text().endsWith("from Putin’s dictatorship.”"), quote.text());
    Sentence continued = containing(s, "as we speak… we are still in full control");
    assertTrue(continued.text().startsWith("He continued:"), continued.text());
    assertTrue(s.get(0).text().endsWith("“Putin’s dictatorship”."), s.get(0).text());
    assertFalse(s.get(0).heading());
  }

  @Test
  void seedTitlesAndSubHeadingsAreHeadings() throws IOException {
    List<Sentence> s000 = seed("000");
    assertTrue(s000.get(0).heading());
    assertEquals("Pro-Ukraine Exiled Russian Fighters Claim Cross-Border Attacks in Southern Russia", s000.get(0).text());
    assertTrue(containing(s000, "Russian-Ukraine War Expert Compares Past, Current Incursions").heading());
    assertEquals(List.of("Tags", "Russia", "Real Time Analytics"),
        s000.subList(s000.size() - 3, s000.size()).stream().filter(Sentence::heading).map(Sentence::text).toList());
    Sentence quote = containing(s000, "The village captured is not behind the defensive line.");
    assertTrue(quote.text().endsWith("Aliyev said."), quote.text());

    List<Sentence> s001 = seed("001");
    assertTrue(s001.get(0).heading());
    assertEquals("ICARO Media Group", s001.get(1).text());

    List<Sentence> s002 = seed("002");
    assertTrue(s002.get(0).heading());
    assertTrue(containing(s002, "An attempt to influence the Russian election?").heading());
    assertFalse(containing(s002, "The situation today is very different.").heading());
    assertEquals("The situation today is very different.", containing(s002, "The situation today").text());
  }

  @Test
  void neverThrowsOnRandomOrHostileText() {
    Random random = new Random(20240312L);
    String alphabet = "aZ .....!?…\"“”‘’'«»()[]\n\r\t\u00a0\u2028\u0000\u0007\ufeffU.S.Mr.3.5,1,300 Ж中ا\ud83d\ude00\ud800";
    for (int round = 0; round < 3000; round++) {
      int length = random.nextInt(200);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      split(sb.toString());
    }
    split("a".repeat(100_000) + ".");
    split("\"".repeat(5_000) + " “".repeat(5_000));
    split("no punctuation at all and no line breaks ".repeat(2_500));
  }

  @Test
  void splitsLargeHostileInputCorrectly() {
    assertEquals(300_000, split("Xy. ".repeat(300_000)).size());
    assertFalse(split("“A. ".repeat(200_000)).isEmpty());
    assertEquals(1, split("a.".repeat(500_000) + " ").size());
  }

  /** Offsets inside the text, increasing, non-overlapping, trimmed, and text equal to its span. */
  private static void assertWellFormed(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int start = s.span().start();
      int end = s.span().end();
      if (s.index() != i || start < previousEnd || end > text.length() || end == start
          || !text.regionMatches(start, s.text(), 0, s.text().length())
          || Character.isWhitespace(text.charAt(start)) || Character.isWhitespace(text.charAt(end - 1))) {
        throw new AssertionError("malformed sentence " + i + " at " + s.span() + " after " + previousEnd
            + " in a text of " + text.length() + " chars");
      }
      previousEnd = end;
    }
  }

  @Test
  void anEditorAddsAnAbbreviationWithoutJava(@org.junit.jupiter.api.io.TempDir Path rules) throws Exception {
    String text = "Det. Brown said the road was closed. Traffic was diverted.";
    assertEquals(3, texts(text).size(), "'Det.' is not a shipped abbreviation");
    Path to = TestLanguage.copyInto(rules);
    Files.writeString(to.resolve("abbreviations.txt"), "det\n", java.nio.file.StandardOpenOption.APPEND);
    SentenceSplitter edited = new RuleBasedSentenceSplitter(org.claimscore.language.Language.load(rules, "rules"));
    assertEquals(List.of("Det. Brown said the road was closed.", "Traffic was diverted."),
        edited.split(new Article("t", null, null, null, null, text, null)).stream().map(Sentence::text).toList());
  }

  @Test
  void aMonthAbbreviationOfTheMonthsFileEndsNoSentence() {
    assertEquals(1, texts("The vote was held on Sept. 12 in the capital.").size());
    assertEquals(2, texts("The vote was held in May. The count began at once.").size());
  }
}
