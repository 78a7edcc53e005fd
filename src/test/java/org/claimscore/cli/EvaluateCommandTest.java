package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void theFixtureMeetsTheTargetsOfIssue3() {
    assertEquals(0, run("evaluate", "fixtures/kursk-raid-2024"));
    String report = out.toString();
    assertTrue(report.contains("party_to_conflict      1.000     1.000     1.000"), report);
    assertTrue(report.contains("figures                1.000     1.000     1.000"), report);
    assertTrue(report.contains("claim                  1.000     1.000     1.000"), report);
  }

  @Test
  void aMalformedGoldFileIsFileLineAndExitTwo() throws Exception {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, "article_id,start,end,text,type,speaker,speaker_kind,party_to_conflict,hedges,figures\n"
        + "000_ff52ee658b83113a,83,x,text,statement,,none,false,,\n");
    assertEquals(2, run("evaluate", "--gold", gold.toString(), "fixtures/kursk-raid-2024"));
    assertEquals(gold + ":2: end must be a whole number, got 'x'", err.toString().strip());
  }

  @Test
  void onlyTheArticlesTheGoldNamesAreScoredButEveryArticleIsWrittenOut() throws Exception {
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, "article_id,start,end,text,type,speaker,speaker_kind,party_to_conflict,hedges,figures\n"
        + "000_ff52ee658b83113a,83,153,,statement,Russian government,government,true,,\n");
    Path written = dir.resolve("extracted.csv");
    assertEquals(0, run("evaluate", "--gold", gold.toString(), "--write-extracted", written.toString(),
        "fixtures/kursk-raid-2024"));
    assertTrue(out.toString().startsWith("1 articles, 1 gold claims, 26 extracted"), out.toString());
    java.util.Set<String> articles = new java.util.TreeSet<>();
    Files.readAllLines(written).stream().skip(1).forEach(l -> articles.add(l.substring(0, l.indexOf(','))));
    assertEquals(5, articles.size(), "the rows of all five articles, a start for annotating them: " + articles);
  }
}
