package org.claimscore.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final Path SEEDS = Path.of("fixtures/kursk-raid-2024");
  private static final Path DATA = Path.of("src/test/resources/ingest");

  private static ArticleReader reader;

  @TempDir Path tmp;

  @BeforeAll
  static void loadLexicon() throws SetupException {
    reader = new ArticleReader(org.claimscore.lexicon.TestLexicons.kursk(), TestLanguage.shipped());
  }

  @Test
  void seedArticlesGetTheirTitlesAndOutlets() {
    IngestResult result = reader.read(List.of(SEEDS));

    assertEquals(List.of(), result.rejected());
    assertEquals(
        List.of("000_ff52ee658b83113a", "001_159d6d3fb7c6ebe6", "002_f871c10e5ad88397",
            "003_eeea51c4231d646a", "004_6a2b5a429b439ddd"),
        result.articles().stream().map(Article::id).toList());
    Map<String, Article> byId = new TreeMap<>();
    result.articles().forEach(a -> byId.put(a.id().substring(0, 3), a));

    assertEquals("Pro-Ukraine Exiled Russian Fighters Claim Cross-Border Attacks in Southern Russia",
        byId.get("000").title());
    assertEquals("Pro-Ukrainian Forces Launch Cross-Border Raids into Russia, Seize Village in Kursk Region",
        byId.get("001").title());
    assertEquals("Anti-Putin Russian groups stage new cross-border raids into Russia", byId.get("002").title());
    assertNull(byId.get("003").title());
    assertNull(byId.get("004").title());

    assertEquals(Article.UNKNOWN_OUTLET, byId.get("000").outlet());
    assertEquals("ICARO Media Group", byId.get("001").outlet());
    assertEquals(Article.UNKNOWN_OUTLET, byId.get("002").outlet(), "002 only cites the Moscow Times");
    assertEquals(Article.UNKNOWN_OUTLET, byId.get("003").outlet(), "003 only cites the New York Times");
    assertEquals("The Washington Times", byId.get("004").outlet());

    Article first = byId.get("000");
    assertEquals("fixtures/kursk-raid-2024/000_ff52ee658b83113a.txt", first.input());
    assertNull(first.url());
    assertNull(first.published());
  }

  @Test
  void folderWalkReadsOnlyArticleFilesInSortedOrder() throws IOException {
    write("b.txt", "Second article.\nIt has two lines.");
    write("a.txt", "First article.");
    write("gold.csv", "claim,label\n");
    write("README.md", "# notes\n");
    write("expected/claims.txt", "Not an article.");
    write(".hidden/x.txt", "Not an article either.");
    write("sub/c.json", "{\"text\": \"Third article.\"}");
    write("sub/d.jsonl", "{\"text\": \"Fourth.\"}\n{\"id\": \"z\", \"text\": \"Fifth.\"}\n");

    IngestResult result = reader.read(List.of(tmp));

    assertEquals(List.of(), result.rejected());
    assertEquals(List.of("a", "b", "c", "d-1", "z"), result.articles().stream().map(Article::id).toList());
    assertEquals(tmp.resolve("sub/d.jsonl") + ":2", result.articles().get(4).input());
  }

  @Test
  void explicitUnsupportedOrMissingInputsAreRejected() throws IOException {
    Path csv = write("gold.csv", "claim,label\n");
    Path missing = tmp.resolve("nowhere.txt");

    IngestResult result = reader.read(List.of(csv, missing));

    assertEquals(List.of(), result.articles());
    assertEquals(List.of(
        new Rejection(csv.toString(), "unsupported file type; expected .txt, .json or .jsonl"),
        new Rejection(missing.toString(), "no such file or directory")), result.rejected());
  }

  @Test
  void jsonArticleKeepsItsFieldsAndNamesTheOutletAsTheLexiconDoes() {
    IngestResult result = reader.read(List.of(DATA.resolve("article.json")));

    assertEquals(List.of(), result.rejected());
    Article a = result.articles().get(0);
    assertEquals("wt-kursk", a.id());
    assertEquals("The Washington Times", a.outlet());
    assertEquals("https://example.org/kursk", a.url());
    assertEquals(LocalDate.of(2024, 3, 12), a.published(), "the date as written, not shifted to UTC");
    assertEquals("Pro-Ukraine groups claim raids into Russia", a.title());
    assertTrue(a.text().startsWith("Shadowy pro-Ukraine groups"));
    assertEquals("src/test/resources/ingest/article.json", a.input());
  }

  @Test
  void jsonLinesReadsGoodLinesAndRejectsEachBadOneWithItsLineNumber() {
    IngestResult result = reader.read(List.of(DATA.resolve("records.jsonl")));
    String file = "src/test/resources/ingest/records.jsonl";

    assertEquals(List.of("r1", "records-5"), result.articles().stream().map(Article::id).toList());
    Article r1 = result.articles().get(0);
    assertEquals("Reuters", r1.outlet());
    assertEquals(LocalDate.of(2024, 3, 13), r1.published());
    assertEquals(file + ":1", r1.input());
    Article fifth = result.articles().get(1);
    assertNull(fifth.published(), "an unparseable date is kept as unknown, not rejected");
    assertEquals(Article.UNKNOWN_OUTLET, fifth.outlet());

    List<String> inputs = result.rejected().stream().map(Rejection::input).toList();
    assertEquals(List.of(file + ":3", file + ":4", file + ":6", file + ":7"), inputs);
    String malformed = result.rejected().get(0).reason();
    assertTrue(malformed.startsWith("malformed JSON at column "), malformed);
    assertFalse(malformed.contains("\n") || malformed.contains("Source"), malformed);
    assertEquals("missing \"text\" field", result.rejected().get(1).reason());
    assertEquals("expected a JSON object with a \"text\" field", result.rejected().get(2).reason());
    assertEquals("duplicate article id 'r1', already read from " + file + ":1", result.rejected().get(3).reason());
  }

  @Test
  void unusableFilesAreRejectedWithAReason() throws IOException {
    write("empty.txt", "");
    write("blank.txt", "  \n\t\r\n ");
    Files.write(tmp.resolve("binary.txt"), new byte[] {'a', 'b', 0, 'c'});
    Files.write(tmp.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
    write("broken.json", "{\"text\": \"a\",}");
    write("blanktext.json", "{\"id\": \"x\", \"text\": \"   \"}");
    write("numbertext.json", "{\"text\": 42}");
    write("two.json", "{\"text\": \"a\"} {\"text\": \"b\"}");

    Map<String, String> reasons = new TreeMap<>();
    reader.read(List.of(tmp)).rejected().forEach(r -> reasons.put(tmp.relativize(Path.of(r.input())).toString(), r.reason()));

    assertEquals("empty file", reasons.get("empty.txt"));
    assertEquals("empty file", reasons.get("blank.txt"));
    assertEquals("binary file (contains NUL bytes)", reasons.get("binary.txt"));
    assertEquals("not valid UTF-8 (bad byte at offset 3)", reasons.get("latin1.txt"));
    assertTrue(reasons.get("broken.json").startsWith("malformed JSON at line 1, column "), reasons.get("broken.json"));
    assertEquals("empty \"text\" field", reasons.get("blanktext.json"));
    assertEquals("\"text\" must be a string", reasons.get("numbertext.json"));
    assertTrue(reasons.get("two.json").startsWith("malformed JSON"), reasons.get("two.json"));
    assertEquals(8, reasons.size());
  }

  @Test
  void byteOrderMarkIsDroppedAndLineEndingsAreKept() throws IOException {
    byte[] text = "Headline here\r\n\r\nBody text.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(tmp.resolve("bom.txt"), withBom);

    IngestResult result = reader.read(List.of(tmp.resolve("bom.txt")));

    assertEquals(List.of(), result.rejected());
    Article a = result.articles().get(0);
    assertEquals("Headline here\r\n\r\nBody text.\r\n", a.text());
    assertEquals("Headline here", a.title());
  }

  @Test
  void duplicateIdAcrossFilesRejectsTheSecondAndNamesTheFirst() throws IOException {
    Path txt = write("story.txt", "Some text.");
    Path json = write("other.json", "{\"id\": \"story\", \"text\": \"Other text.\"}");

    IngestResult result = reader.read(List.of(txt, json));

    assertEquals(1, result.articles().size());
    assertEquals(txt.toString(), result.articles().get(0).input());
    assertEquals(List.of(new Rejection(json.toString(), "duplicate article id 'story', already read from " + txt)),
        result.rejected());
  }

  @Test
  void rejectionsSortByFileThenLineNumber() {
    List<String> inputs = new ArrayList<>(List.of("b.jsonl:10", "a.txt", "b.jsonl:2", "b.jsonl", "a.jsonl:3"));
    inputs.sort(ArticleReader::compareInputs);
    assertEquals(List.of("a.jsonl:3", "a.txt", "b.jsonl", "b.jsonl:2", "b.jsonl:10"), inputs);
  }

  @Test
  void outletCitedInTheBodyIsNotTheArticlesOutlet() {
    Article a = reader.readText("x", "Raid on Tetkino\n\nThe group said so, according to the Moscow Times.\n"
        + "Ukrainian officials denied it, The Associated Press reported.\n", "x.txt");
    assertEquals(Article.UNKNOWN_OUTLET, a.outlet());
    assertEquals("Raid on Tetkino", a.title());
  }

  @Test
  void shortLineAfterTheTitleNamesAnUnknownOutlet() {
    Article a = reader.readText("x", "Raid on Tetkino\nKharkiv Evening News\nThe group said so.\n", "x.txt");
    assertEquals("Kharkiv Evening News", a.outlet());
  }

  @Test
  void bylineOrFooterNoteNamesAKnownOutlet() {
    Article a = reader.readText("x", "The group said so.\nOfficials denied it.\n\u00a9 2024 Reuters. All rights reserved.\n", "x");
    assertEquals("Reuters", a.outlet());
    assertNull(a.title(), "a first line ending in a period is prose, not a headline");
  }

  @Test
  void publishedDatesAcceptDatesAndDateTimes() {
    assertEquals(LocalDate.of(2024, 3, 12), ArticleReader.date("2024-03-12"));
    assertEquals(LocalDate.of(2024, 3, 12), ArticleReader.date("2024-03-12T23:59:00Z"));
    assertEquals(LocalDate.of(2024, 3, 12), ArticleReader.date("2024-03-12T10:00:00"));
    assertNull(ArticleReader.date("12/03/2024"));
    assertNull(ArticleReader.date(null));
    assertEquals(LocalDate.of(2024, 2, 29), ArticleReader.date("2024-02-29"));
    assertNull(ArticleReader.date("2023-02-29"), "not a real day");
    assertNull(ArticleReader.date("2024-13-01"), "not a real month");
  }

  @Test
  void aReplacementCharacterInTheInputIsTextButAMalformedByteIsNot() throws Exception {
    assertEquals("broken \ufffd sign", ArticleReader.decode("broken \ufffd sign".getBytes(StandardCharsets.UTF_8)));
    byte[] overlong = {'a', (byte) 0xc0, (byte) 0xaf, 'b'};
    assertThrows(ArticleReader.BadInput.class, () -> ArticleReader.decode(overlong));
    assertEquals("text", ArticleReader.decode("\ufefftext".getBytes(StandardCharsets.UTF_8)));
  }

  private Path write(String relative, String content) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
