package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.bench.CorpusGenerator;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The streamed {@code score} run, event by event, on a generated batch of many events. */
class StreamingRunTest {

  @TempDir Path tmp;

  private int score(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    assertEquals(0, exit, err.toString());
    return exit;
  }

  @Test
  void aBatchOfManyEventsGivesTheSameReportsWhateverTheThreadCount() throws IOException {
    Path corpus = tmp.resolve("corpus");
    int events = CorpusGenerator.fromFixtures(Path.of("fixtures")).generate(60, 3, corpus);
    score("score", corpus.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1");
    score("score", corpus.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2");
    for (String file : ReportWriter.FILES) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(file)),
          Files.readAllBytes(tmp.resolve("two").resolve(file)), file);
    }
    List<String> eventIds = new ReportFolder(tmp.resolve("one")).rows(ReportWriter.SOURCES).stream()
        .map(r -> r.get("event_id")).distinct().toList();
    assertTrue(eventIds.size() >= events / 2, eventIds.size() + " events found for " + events + " generated");
    assertEquals(60, new ReportFolder(tmp.resolve("one")).rows(ReportWriter.SOURCES).size());
  }

  @Test
  void claimsOfOneEventNeverCiteArticlesOfAnother() throws IOException {
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.fromFixtures(Path.of("fixtures")).generate(40, 5, corpus);
    score("score", corpus.toString(), "--out", tmp.resolve("r").toString());
    ReportFolder report = new ReportFolder(tmp.resolve("r"));
    java.util.Map<String, String> eventOf = new java.util.HashMap<>();
    report.rows(ReportWriter.SOURCES).forEach(r -> eventOf.put(r.get("article_id"), r.get("event_id")));
    for (var claim : report.rows(ReportWriter.CLAIMS)) {
      for (String column : List.of("supporting_articles", "contradicting_articles")) {
        for (String other : claim.get(column).isEmpty() ? new String[0] : claim.get(column).split("; ")) {
          assertEquals(claim.get("event_id"), eventOf.get(other), claim.get("claim_id") + " " + column);
        }
      }
    }
  }
}
