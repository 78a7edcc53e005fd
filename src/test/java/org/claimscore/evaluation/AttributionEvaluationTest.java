package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.text.Span;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brat standoff attributions are read, and speakers scored against their Source spans. */
class AttributionEvaluationTest {

  private static final String TEXT = "Mayor John Smith said the bridge will reopen in May. The weather was mild. "
      + "Officials expect 300 people to attend, according to the city council.";

  @TempDir Path dir;

  @Test
  void readsSpansEventsAndDiscontinuousFragments() throws Exception {
    List<PolnearCorpus.Attribution> got = PolnearCorpus.parse(Path.of("x.ann"), List.of(
        "T1\tSource 0 9\tThe mayor",
        "T2\tCue 10 14\tsaid",
        "T3\tContent 15 44;45 47\tthe bridge ...",
        "a continuation line of a broken span",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 70 100\tx",
        "E2\tAttribution-no-source:T6 Content:T5 Cue:T2"), TEXT.length());
    assertEquals(2, got.size());
    assertEquals(List.of(new Span(0, 9)), got.get(0).source());
    assertEquals(List.of(new Span(15, 44), new Span(45, 47)), got.get(0).content());
    assertTrue(!got.get(1).hasSource());
  }

  @Test
  void aBadOffsetNamesTheFileAndLine() {
    SetupException e = assertThrows(SetupException.class,
        () -> PolnearCorpus.parse(Path.of("x.ann"), List.of("T1\tSource 0 9999\tThe"), TEXT.length()));
    assertEquals("x.ann:1: span 0-9999 outside the text", e.getMessage());
    e = assertThrows(SetupException.class,
        () -> PolnearCorpus.parse(Path.of("x.ann"), List.of("T1\tSource 0 9\tx", "E1\tContent:T9 Source:T1"), 50));
    assertEquals("x.ann:2: no span T9", e.getMessage());
  }

  @Test
  void scoresTheSpeakerSpanAgainstTheGoldSourceOfTheSentence() throws Exception {
    Path root = dir.resolve("polnear");
    Files.createDirectories(root.resolve("dev/text"));
    Files.createDirectories(root.resolve("dev/attributions"));
    Files.writeString(root.resolve("dev/text/doc.txt"), TEXT, StandardCharsets.UTF_8);
    int council = TEXT.indexOf("the city council");
    int officials = TEXT.indexOf("Officials");
    Files.writeString(root.resolve("dev/attributions/doc_ab12.ann"), String.join("\n",
        "T1\tSource 0 16\tMayor John Smith",
        "T2\tContent 22 51\tthe bridge will reopen in May",
        "E1\tContent:T2 Source:T1",
        "T3\tSource " + council + " " + (council + 16) + "\tthe city council",
        "T4\tContent " + officials + " " + (officials + 36) + "\tOfficials expect 300 people to attend",
        "E2\tSource:T3 Content:T4") + "\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("dev/attributions/doc_ff00.ann"), "", StandardCharsets.UTF_8);
    List<PolnearCorpus.Document> docs = PolnearCorpus.read(root, "dev");
    assertEquals(1, docs.size());
    assertEquals(2, docs.get(0).attributions().size(), "the first annotator's file is read");

    AttributionEvaluation e = AttributionEvaluation.run(docs, new RuleBasedSentenceSplitter(TestLanguage.shipped()),
        new RuleBasedClaimExtractor(Lexicon.loadRules(Path.of("rules"), "rules", List.of()),
            TestLanguage.shipped()));
    assertEquals(2, e.attributions());
    assertEquals(2, e.gold(), "two reported sentences with a gold source");
    assertTrue(e.scored() >= 2 && e.scored() <= e.claims());
    assertTrue(e.right() >= 1, "\"Mayor John Smith said\" points at the gold source");
    assertEquals(e.right(), e.gold() - e.misses().stream().filter(m -> !m.gold().isEmpty()).count());
  }

  @Test
  void anUnknownSplitOrFolderIsAnError() {
    assertThrows(SetupException.class, () -> PolnearCorpus.read(dir, "final"));
    assertThrows(SetupException.class, () -> PolnearCorpus.read(dir, "dev"));
  }
}
