package org.claimscore.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pairwise scores of event groupings on tiny cases worked out by hand. */
class EventEvaluationTest {

  @Test
  void aPerfectGroupingScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    EventEvaluation e = EventEvaluation.compare(Map.of("a", "a", "b", "a", "c", "c", "d", "c"), gold);
    assertEquals(new EventEvaluation.PairScore(2, 2, 2), e.pairs());
    assertEquals(1.0, e.pairs().f1());
    assertEquals(List.of(), e.merges());
    assertEquals(List.of(), e.splits());
    assertEquals(2, e.events());
    assertEquals(0, e.singletons());
  }

  @Test
  void oneEventForEverythingHasFullRecallAndThePrecisionOfItsRightPairs() {
    // Gold {a,b,c} and {d}: 3 gold pairs. One predicted event of 4: 6 pairs, 3 of them right.
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
    EventEvaluation e = EventEvaluation.compare(Map.of("a", "a", "b", "a", "c", "a", "d", "a"), gold);
    assertEquals(new EventEvaluation.PairScore(3, 6, 3), e.pairs());
    assertEquals(0.5, e.pairs().precision());
    assertEquals(1.0, e.pairs().recall());
    assertEquals(2.0 / 3, e.pairs().f1(), 1e-12);
    assertEquals(List.of(new EventEvaluation.Merge("a", 3,
        List.of(new EventEvaluation.Part("x", 3), new EventEvaluation.Part("y", 1)))), e.merges());
  }

  @Test
  void singletonsHavePrecisionOneAndNoRecall() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x");
    EventEvaluation e = EventEvaluation.compare(Map.of("a", "a", "b", "b", "c", "c"), gold);
    assertEquals(new EventEvaluation.PairScore(0, 0, 3), e.pairs());
    assertEquals(1.0, e.pairs().precision());
    assertEquals(0.0, e.pairs().recall());
    assertEquals(0.0, e.pairs().f1());
    assertEquals(3, e.singletons());
    assertEquals(List.of(new EventEvaluation.Split("x", 3, List.of(new EventEvaluation.Part("a", 1),
        new EventEvaluation.Part("b", 1), new EventEvaluation.Part("c", 1)))), e.splits());
  }

  @Test
  void mergesAndSplitsComeWorstFirstAndArticlesWithoutGoldAreLeftOut() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "y", "f", "z", "g", "z");
    // p1 = {a,b,e}: a-e, b-e are 2 wrong pairs. p2 = {c,d,f,g}: c-f, c-g, d-f, d-g are 4 wrong pairs.
    Map<String, String> predicted = Map.of("a", "p1", "b", "p1", "e", "p1", "c", "p2", "d", "p2", "f", "p2",
        "g", "p2", "unknown", "p3");
    EventEvaluation e = EventEvaluation.compare(predicted, gold);
    assertEquals(7, e.articles());
    assertEquals(2, e.events());
    assertEquals(List.of("p2", "p1"), e.merges().stream().map(EventEvaluation.Merge::event).toList());
    assertEquals(List.of(4L, 2L), e.merges().stream().map(EventEvaluation.Merge::wrongPairs).toList());
    // x = {a,b | c,d}: 4 missed pairs; y and z are whole.
    assertEquals(List.of(new EventEvaluation.Split("x", 4,
        List.of(new EventEvaluation.Part("p1", 2), new EventEvaluation.Part("p2", 2)))), e.splits());
    // right pairs a-b, c-d, f-g; predicted 3 + 6; gold 6 + 0 + 1.
    assertEquals(new EventEvaluation.PairScore(3, 9, 7), e.pairs());
  }

  @Test
  void theLinesGiveScoresAndTheWorstCases() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    List<String> lines = EventEvaluation.compare(Map.of("a", "a", "b", "b", "c", "b"), gold).lines(10);
    assertEquals(List.of(
        "3 articles, 2 gold events, 2 events, 1 singletons",
        "pairwise precision 0.000 recall 0.000 F1 0.000 (0 right pairs, 1 grouped, 1 gold)",
        "1 merges (an event holding articles of several gold events), worst first:",
        "  b: 1 wrong pairs; x 1, y 1",
        "1 splits (a gold event over several events), worst first:",
        "  x: 1 missed pairs; a 1, b 1"), lines);
  }

  @Test
  void pairCountsDoNotOverflowOnLargeEvents() {
    Map<String, String> predicted = new java.util.HashMap<>();
    Map<String, String> gold = new java.util.HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      predicted.put("a" + i, "e");
      gold.put("a" + i, "g");
    }
    assertEquals(new EventEvaluation.PairScore(4_999_950_000L, 4_999_950_000L, 4_999_950_000L),
        EventEvaluation.compare(predicted, gold).pairs());
  }
}
