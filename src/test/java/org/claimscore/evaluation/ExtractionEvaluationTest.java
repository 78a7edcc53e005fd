package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscore.ingest.Article;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

  private static final String HEADER = String.join(",", GoldFile.COLUMNS) + "\n";
  private static final String TEXT = "Officials said 5 tanks were destroyed. The weather was cold today.";
  private static final Map<String, Article> ARTICLES =
      Map.of("a", new Article("a", "unknown", null, null, null, TEXT, "a"));

  @TempDir Path dir;

  private static GoldRow row(int start, int end, String type, String speaker, String kind, List<String> figures) {
    return new GoldRow("a", new Span(start, end), TEXT.substring(start, end), type, speaker, kind, false, List.of(),
        figures, 0);
  }

  @Test
  void scoresAlignedFieldsAndListsEveryDisagreement() {
    List<GoldRow> gold = List.of(row(0, 38, "materiel_loss", "Unnamed officials", "anonymous", List.of("5 tank")),
        row(39, 66, "background", "", "none", List.of()));
    List<GoldRow> predicted = List.of(row(0, 38, "materiel_loss", "Officials", "unknown", List.of("5 tank")));
    ExtractionEvaluation e = ExtractionEvaluation.compare(gold, predicted);
    assertEquals(new ExtractionEvaluation.Score("claim", 1, 1, 2), e.score("claim"));
    assertEquals(new ExtractionEvaluation.Score("speaker", 0, 1, 1), e.score("speaker"));
    assertEquals(new ExtractionEvaluation.Score("figures", 1, 1, 1), e.score("figures"));
    assertEquals(0.5, e.score("claim").recall());
    assertEquals(List.of(
        new ExtractionEvaluation.Disagreement("a", 0, "speaker", "Unnamed officials", "Officials"),
        new ExtractionEvaluation.Disagreement("a", 0, "speaker_kind", "anonymous", "unknown"),
        new ExtractionEvaluation.Disagreement("a", 39, "claim", "The weather was cold today.", "")),
        e.disagreements());
  }

  @Test
  void speakerHeadCreditsTheSameSpeakerNamedShorterButNeverAnotherOne() {
    java.util.Set<String> titles = java.util.Set.of("mr", "spokesman");
    assertTrue(ExtractionEvaluation.sameHead("Sutopo Purwo Nugroho", "Nugroho", titles));
    assertTrue(ExtractionEvaluation.sameHead("Vassilios Saraliotis", "Mr Saraliotis", titles));
    assertTrue(ExtractionEvaluation.sameHead("police", "Greek police", titles));
    assertTrue(ExtractionEvaluation.sameHead("Indonesia's National Disaster Agency", "National Disaster Agency", titles));
    assertTrue(ExtractionEvaluation.sameHead("the government of Chile", "government of Chile", titles));
    assertFalse(ExtractionEvaluation.sameHead("Indonesian government", "South Korean government", titles));
    assertFalse(ExtractionEvaluation.sameHead("Rusli M. Saleh", "Rusli M", titles));
    assertFalse(ExtractionEvaluation.sameHead("Frances Harrison", "Mr Alishbandi", titles));
    assertFalse(ExtractionEvaluation.sameHead("government of Chile", "government of Peru", titles));
    assertFalse(ExtractionEvaluation.sameHead("", "police", titles));
  }

  @Test
  void speakerHeadIsScoredBesideTheStrictSpeaker() {
    List<GoldRow> gold = List.of(row(0, 38, "materiel_loss", "Unnamed officials", "anonymous", List.of("5 tank")));
    List<GoldRow> predicted = List.of(row(0, 38, "materiel_loss", "Officials", "unknown", List.of("5 tank")));
    ExtractionEvaluation e = ExtractionEvaluation.compare(gold, predicted);
    assertEquals(new ExtractionEvaluation.Score("speaker", 0, 1, 1), e.score("speaker"));
    assertEquals(new ExtractionEvaluation.Score("speaker_head", 1, 1, 1), e.score("speaker_head"));
  }

  @Test
  void readsAGoldFileAndChecksItsSpansAgainstTheArticle() throws Exception {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, HEADER + "a,0,38,Officials said 5 tanks were destroyed.,materiel_loss,Unnamed officials,"
        + "anonymous,false,,5 tank\n");
    List<GoldRow> rows = GoldFile.read(gold, "gold.csv", ARTICLES);
    assertEquals(List.of("5 tank"), rows.get(0).figures());
    assertEquals(2, rows.get(0).line());
  }

  @Test
  void anEmptyTextCellTakesTheSentenceFromTheArticle() throws Exception {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, HEADER + "a,0,38,,materiel_loss,Unnamed officials,anonymous,false,,5 tank\n");
    List<GoldRow> rows = GoldFile.read(gold, "gold.csv", ARTICLES);
    assertEquals("Officials said 5 tanks were destroyed.", rows.get(0).text());
  }

  @Test
  void aMalformedRowIsNamedByFileAndLine() throws Exception {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, HEADER + "a,0,38,Officials said 5 tanks were destroyed.,materiel_loss,,none,false,,\n"
        + "a,0,10,Something else,event,,none,false,,\n");
    SetupException e = assertThrows(SetupException.class, () -> GoldFile.read(gold, "x/gold.csv", ARTICLES));
    assertEquals("x/gold.csv:3: text does not match article a at 0-10: the article has \"Officials\"", e.getMessage());
    Files.writeString(gold, HEADER + "a,0,38,Officials said 5 tanks were destroyed.,rumour,,none,false,,\n");
    String message = assertThrows(SetupException.class, () -> GoldFile.read(gold, "x/gold.csv", ARTICLES))
        .getMessage();
    assertTrue(message.startsWith("x/gold.csv:2: unknown type 'rumour', expected one of [analysis,"), message);
  }
}
