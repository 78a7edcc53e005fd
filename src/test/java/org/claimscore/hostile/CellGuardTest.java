package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article ids, file names and outlets that a spreadsheet would run as formulas: every report cell
 * that holds them is guarded, and {@code explain} and {@code report.html} show them as they were.
 */
class CellGuardTest {

  private static final Path SEED = Path.of("fixtures/kursk-raid-2024/004_6a2b5a429b439ddd.txt");
  private static final Path OTHER = Path.of("fixtures/kursk-raid-2024/000_ff52ee658b83113a.txt");

  /** A number a spreadsheet reads as a number, such as the points of a firing: never guarded. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  @TempDir static Path tmp;
  private static Path out;

  /** One batch whose ids, names and outlets all begin with something a spreadsheet runs. */
  @BeforeAll
  static void scoreHostileNames() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(SEED, in.resolve("=cmd.txt"));
    Files.copy(SEED, in.resolve("+copy.txt"));
    Files.copy(OTHER, in.resolve("-other.txt"));
    String text = json(Files.readString(OTHER));
    Files.writeString(in.resolve("quoted.json"),
        "{\"id\": \"'=quoted\", \"outlet\": \"'=Quoted Outlet\", \"text\": " + text + "}");
    Files.writeString(in.resolve("at.json"),
        "{\"id\": \"@at\", \"outlet\": \"=Formula Outlet\", \"title\": \"-Minus title\", \"text\": " + text + "}");
    out = tmp.resolve("out");
    Command run = Command.run("score", in.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void noCellOfAnyReportBeginsWithAFormulaCharacter() throws IOException {
    for (String file : List.of("claims.csv", "rule-firings.csv", "sources.csv", "clusters.csv", "rejected.csv")) {
      for (CSVRecord row : rows(out.resolve(file))) {
        for (String cell : row) {
          boolean formula = !cell.isEmpty() && "=+-@\t\r\n\0".indexOf(cell.charAt(0)) >= 0;
          assertFalse(formula && !NUMBER.matcher(cell).matches(),
              file + " line " + row.getRecordNumber() + " has an unguarded cell: " + cell);
        }
      }
    }
  }

  @Test
  void everyColumnThatHoldsAnIdHoldsItGuarded() throws IOException {
    List<CSVRecord> claims = rows(out.resolve("claims.csv"));
    assertTrue(column(claims, "claim_id").contains("'=cmd#1"), column(claims, "claim_id").toString());
    assertTrue(column(claims, "claim_id").contains("''=quoted#1"), column(claims, "claim_id").toString());
    assertTrue(column(claims, "article_id").contains("'@at"), column(claims, "article_id").toString());
    assertEquals(List.of("''=quoted"), column(claims, "event_id").stream().distinct().toList());
    assertTrue(column(claims, "cluster_id").stream().anyMatch(c -> c.startsWith("''=quoted#")),
        column(claims, "cluster_id").toString());
    assertTrue(column(rows(out.resolve("rule-firings.csv")), "claim_id").contains("'-other#1"));
    List<CSVRecord> sources = rows(out.resolve("sources.csv"));
    assertEquals(List.of("''=quoted", "'+copy", "'-other", "'=cmd", "'@at"), column(sources, "article_id"));
    assertTrue(column(sources, "origin_family").contains("'+copy"), column(sources, "origin_family").toString());
    assertTrue(column(sources, "derived_from").contains("'+copy"), column(sources, "derived_from").toString());
    assertTrue(column(sources, "outlet").contains("''=Quoted Outlet"), column(sources, "outlet").toString());
    assertTrue(column(sources, "title").contains("'-Minus title"), column(sources, "title").toString());
    assertTrue(column(rows(out.resolve("clusters.csv")), "cluster_id").stream().anyMatch(c -> c.startsWith("'")));
  }

  @Test
  void explainFindsAClaimByItsIdAndShowsTheTextWithoutTheGuard() {
    Command cmd = Command.run("explain", "--report", out.toString(), "--claim", "=cmd#1");
    assertEquals(0, cmd.exit(), cmd.err());
    assertTrue(cmd.out().startsWith("Claim =cmd#1: "), cmd.out());
    assertTrue(cmd.out().contains("in article =cmd (outlet: "), cmd.out());
    assertTrue(cmd.out().contains("Origin:       family +copy, derived from +copy"), cmd.out());
    assertFalse(cmd.out().contains("'=cmd") || cmd.out().contains("'+copy"), cmd.out());

    Command at = Command.run("explain", "--report", out.toString(), "--claim", "@at#1");
    assertEquals(0, at.exit(), at.err());
    assertTrue(at.out().contains("in article @at (outlet: =Formula Outlet)"), at.out());
  }

  @Test
  void aTextThatReallyBeginsWithTheGuardKeepsIt() {
    Command cmd = Command.run("explain", "--report", out.toString(), "--claim", "'=quoted#1");
    assertEquals(0, cmd.exit(), cmd.err());
    assertTrue(cmd.out().contains("in article '=quoted (outlet: '=Quoted Outlet)"), cmd.out());
  }

  @Test
  void explainAlsoTakesAnIdAsClaimsCsvShowsIt() {
    Command cmd = Command.run("explain", "--report", out.toString(), "--claim", "'-other#1");
    assertEquals(0, cmd.exit(), cmd.err());
    assertTrue(cmd.out().startsWith("Claim -other#1: "), cmd.out());
  }

  @Test
  void reportHtmlShowsIdsAndOutletsAsTheyWere() throws IOException {
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains(">=cmd</a>"), "article =cmd is not in the sources table");
    assertTrue(html.contains("<td>=Formula Outlet</td>"), "outlet =Formula Outlet is not in the sources table");
    assertFalse(html.contains("'=cmd") || html.contains("&#39;=cmd"), "report.html shows the spreadsheet guard");
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
  }

  private static List<String> column(List<CSVRecord> rows, String name) {
    List<String> values = new ArrayList<>();
    rows.forEach(r -> values.add(r.get(name)));
    return values;
  }

  private static String json(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
