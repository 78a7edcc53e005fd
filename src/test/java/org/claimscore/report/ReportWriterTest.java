package org.claimscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Interest;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.scoring.ArticleStanding;
import org.claimscore.scoring.Firing;
import org.claimscore.scoring.Score;
import org.claimscore.scoring.ScoredClaim;
import org.claimscore.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir Path tmp;

  private static final String TEXT = "Title\n\n=cmd|' /C calc'!A0 said <script>alert(1)</script> 5 tanks.";

  static ScoredBatch batch() {
    Article a = new Article("a1", "unknown", null, null, "Title", TEXT, "in/a1.txt");
    Span span = new Span(7, TEXT.length());
    Claim claim = new Claim("a1#1", "a1", 1, ClaimType.MATERIEL_LOSS, span, span.of(TEXT), Attribution.NONE,
        Interest.NEUTRAL, List.of(), List.of(), List.of(), List.of(), List.of());
    Score score = new Score("a1#1", 35, "F4", List.of(
        new Firing("Unattributed factual claim", -10, "Nobody is named as the source.", "attribution.drl", "", 0),
        new Firing("Single origin", -5, "Only one origin reports it.", "corroboration.drl", "single-origin", 0)),
        List.of("single-origin"));
    return new ScoredBatch(List.of(a), List.of(new Rejection("in/bad.json", "malformed JSON at line 1")),
        Map.of("a1", new ArticleOrigin("a1", "a1", "", 0, List.of())), Map.of("a1", "F"),
        Map.of("a1", new ArticleStanding("a1", 50, "no figure that other origins back or contradict")),
        Map.of("a1", "a1"), List.of(new ScoredClaim(claim, Corroboration.alone("a1#1"), score)), List.of());
  }

  static RunInfo run() {
    return new RunInfo("claimscore", "test", "rules", "abc", Map.of("patterns.drl", "h1"), Map.of("in/a1.txt", "h2"),
        Map.of("strict", false));
  }

  @Test
  void writesEveryReportWithTheContractColumns() throws IOException {
    Path out = tmp.resolve("r");
    new ReportWriter().write(batch(), run(), out);
    for (String f : ReportWriter.FILES) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    String claims = Files.readString(out.resolve("claims.csv"));
    assertTrue(claims.startsWith(String.join(",", ReportWriter.CLAIM_COLUMNS) + "\n"), claims);
    assertTrue(claims.contains(",'=cmd|' /C calc'!A0 said") || claims.contains(",\"'=cmd|' /C calc'!A0 said"),
        "formula text is defused: " + claims);
    assertTrue(claims.contains("Unattributed factual claim (-10): Nobody is named as the source.; "
        + "Single origin (-5): Only one origin reports it."), claims);
    assertEquals("input,reason\nin/bad.json,malformed JSON at line 1\n", Files.readString(out.resolve("rejected.csv")));
    String firings = Files.readString(out.resolve("rule-firings.csv"));
    assertTrue(firings.contains("a1#1,Unattributed factual claim,-10,Nobody is named as the source.,attribution.drl,,"),
        "points stay numbers: " + firings);
  }

  @Test
  void articleTextIsEscapedInTheHtmlReport() throws IOException {
    Path out = tmp.resolve("r");
    new ReportWriter().write(batch(), run(), out);
    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.contains("<script>alert(1)"), "article markup must not run");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("data-claim=\"a1#1\""));
    assertFalse(html.contains("http://") || html.contains("https://"), "the page loads nothing from the network");
  }

  @Test
  void aFailedWriteLeavesThePreviousReportUntouched() throws IOException {
    Path out = tmp.resolve("r");
    new ReportWriter().write(batch(), run(), out);
    String before = Files.readString(out.resolve("claims.csv"));
    ScoredBatch broken = new ScoredBatch(batch().articles(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        batch().claims(), List.of());
    assertThrows(NullPointerException.class, () -> new ReportWriter().write(broken, run(), out));
    assertEquals(before, Files.readString(out.resolve("claims.csv")));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(out), files.toList(), "no staging folder is left behind");
    }
  }

  @Test
  void runJsonRecordsHashesAndOptionsInStableOrder() throws IOException {
    Path out = tmp.resolve("r");
    new ReportWriter().write(batch(), run(), out);
    RunInfo back = new ReportFolder(out).run();
    assertEquals(run().ruleFiles(), back.ruleFiles());
    assertEquals(run().inputs(), back.inputs());
    assertEquals("rules", back.rulesDir());
    assertEquals(Boolean.FALSE, back.options().get("strict"));
  }
}
