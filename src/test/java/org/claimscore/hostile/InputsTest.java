package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.IngestResult;
import org.claimscore.ingest.Rejection;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.TestLexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a careless or hostile user hands over: links, loops, shared names, other encodings, odd names. */
class InputsTest {

  private static final Path SEED = Path.of("fixtures/kursk-raid-2024/004_6a2b5a429b439ddd.txt");
  private static final String TEXT = "Officials said 12 people were hurt.\nThe mayor said the bridge would reopen on Monday.\n";

  private static ArticleReader reader;

  @TempDir Path tmp;

  @BeforeAll
  static void load() throws Exception {
    reader = new ArticleReader(TestLexicons.shipped(), TestLanguage.shipped());
  }

  @Test
  void aLinkedFileInAFolderIsRead() throws IOException {
    Path in = write("in/a.txt", TEXT).getParent();
    Path outside = write("outside/b.txt", "Another article.");
    Files.createSymbolicLink(in.resolve("b.txt"), outside);

    IngestResult read = reader.read(List.of(in));

    assertEquals(List.of(), read.rejected());
    assertEquals(List.of("a", "b"), ids(read));
    assertEquals("Another article.", read.articles().get(1).text());
  }

  @Test
  void aLinkedFolderInAFolderIsRead() throws IOException {
    Path in = write("in/a.txt", TEXT).getParent();
    Path other = write("other/deep/c.json", "{\"text\": \"Third.\"}").getParent().getParent();
    Files.createSymbolicLink(in.resolve("more"), other);

    IngestResult read = reader.read(List.of(in));

    assertEquals(List.of(), read.rejected());
    assertEquals(List.of("a", "c"), ids(read));
  }

  @Test
  void aLinkedFolderGivenAsTheInputIsScored() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.copy(SEED, real.resolve("seed.txt"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    Path out = tmp.resolve("out");

    Command run = Command.run("score", link.toString(), "--out", out.toString(), "--threads", "1");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Scored 1 article(s)"), run.out());
    assertEquals("input,reason\n", Files.readString(out.resolve("rejected.csv")));
  }

  @Test
  void aLinkLoopIsARejectedInputAndEverythingElseIsRead() throws IOException {
    Path in = write("in/a.txt", TEXT).getParent();
    write("in/sub/b.txt", "Second.");
    Files.createSymbolicLink(in.resolve("sub/back"), Path.of(".."));
    Files.createSymbolicLink(in.resolve("self.txt"), Path.of("self.txt"));

    IngestResult read = reader.read(List.of(in));

    assertEquals(List.of("a", "b"), ids(read));
    Map<String, String> reasons = reasons(read, in);
    assertEquals(2, reasons.size(), reasons.toString());
    assertEquals("symbolic link loop (it leads back into a folder that holds it)", reasons.get("sub/back"));
    assertEquals("symbolic link loop (it leads back to itself)", reasons.get("self.txt"));
  }

  @Test
  void aLinkLoopGivenAsTheInputIsAUsageError() throws IOException {
    Path loop = Files.createSymbolicLink(tmp.resolve("loop"), Path.of("loop"));

    Command run = Command.run("score", loop.toString(), "--out", tmp.resolve("out").toString());

    assertEquals(2, run.exit(), run.err());
    assertEquals("score: a symbolic link that loops or leads nowhere: " + loop + "\n", run.err());
  }

  @Test
  void twoPathsToOneFileReadItOnce() throws IOException {
    Path in = write("in/a/x.txt", TEXT).getParent().getParent();
    Files.createSymbolicLink(in.resolve("b"), Path.of("a"));

    IngestResult read = reader.read(List.of(in));

    assertEquals(List.of("x"), ids(read));
    assertEquals(Map.of("b/x.txt", "same file as " + in.resolve("a/x.txt") + ", already read"), reasons(read, in));
  }

  @Test
  void inputsWithoutAnyArticleExitOneAndLeaveAnEarlierReportAlone() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("claims.csv"), "an earlier report\n");

    Command run = Command.run("score", in.toString(), "--out", out.toString());

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("rejected " + in.resolve("photo.txt") + ": binary file (contains NUL bytes)"),
        run.err());
    assertTrue(run.err().contains("score: no article to score: every input was rejected (1 listed above); "
        + "no reports written"), run.err());
    assertEquals("an earlier report\n", Files.readString(out.resolve("claims.csv")));

    Command empty = Command.run("score", Files.createDirectories(tmp.resolve("empty")).toString(),
        "--out", tmp.resolve("out2").toString());
    assertEquals(1, empty.exit(), empty.err());
    assertTrue(empty.err().contains("folder holds no .txt, .json or .jsonl files"), empty.err());
    assertFalse(Files.exists(tmp.resolve("out2")));
  }

  @Test
  void filesThatShareANameAreNamedByTheirPathsWhateverTheOrder() throws IOException {
    write("in/b/x.txt", "From b.");
    write("in/a/x.txt", "From a.");
    write("in/c/x.txt", "From c.");
    write("in/c/x.json", "{\"text\": \"From c, in JSON.\"}");
    write("in/y.txt", "Alone.");
    write("in/d/z.jsonl", "{\"text\": \"A record.\"}\n");
    write("in/e/z.jsonl", "{\"text\": \"Another record.\"}\n");
    Path in = tmp.resolve("in");

    IngestResult read = reader.read(List.of(in));

    assertEquals(List.of(), read.rejected());
    assertEquals(List.of("a/x", "b/x", "c/x.json", "c/x.txt", "d/z-1", "e/z-1", "y"), ids(read));
    assertEquals("From b.", read.articles().get(1).text());
    List<String> streamed = new ArrayList<>();
    for (Map.Entry<Article, ArticleLocator> e : stream(List.of(in)).entrySet()) {
      assertEquals(e.getKey(), reader.reread(e.getValue()));
      streamed.add(e.getKey().id());
    }
    assertEquals(List.of("a/x", "b/x", "c/x.json", "c/x.txt", "d/z-1", "e/z-1", "y"), streamed);
  }

  @Test
  void filesThatShareTheirPathInsideTwoInputFoldersAreNamedByTheirPathsAsGiven() throws IOException {
    Path one = write("one/x.txt", "From one.").getParent();
    Path two = write("two/x.txt", "From two.").getParent();

    IngestResult read = reader.read(List.of(one, two));

    assertEquals(List.of(), read.rejected());
    assertEquals(List.of(one.resolve("x.txt").toString(), two.resolve("x.txt").toString()), ids(read));
  }

  @Test
  void collidingNamesGoThroughAWholeRunAndExplain() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.copy(SEED, in.resolve("a/x.txt"));
    Files.copy(Path.of("fixtures/kursk-raid-2024/000_ff52ee658b83113a.txt"), in.resolve("b/x.txt"));
    Path out = tmp.resolve("out");

    Command run = Command.run("score", in.toString(), "--out", out.toString(), "--quiet", "--threads", "2");

    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    List<String> sources = Files.readAllLines(out.resolve("sources.csv"));
    assertTrue(sources.get(1).startsWith("a/x,") && sources.get(2).startsWith("b/x,"), sources.toString());
    Command explain = Command.run("explain", "--report", out.toString(), "--claim", "b/x#1");
    assertEquals(0, explain.exit(), explain.err());
    assertTrue(explain.out().contains("[["), explain.out());
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path txt = tmp.resolve("wide-" + cs.name() + ".txt");
      Files.write(txt, withMark(TEXT, cs));
      Path json = tmp.resolve("wide-" + cs.name() + ".json");
      Files.write(json, withMark("{\"id\": \"j-" + cs.name() + "\", \"text\": \"Über 5 “quoted”.\"}", cs));

      IngestResult read = reader.read(List.of(txt, json));

      assertEquals(List.of(), read.rejected(), cs.name());
      assertEquals(TEXT, read.articles().get(1).text(), cs.name());
      assertEquals("Über 5 “quoted”.", read.articles().get(0).text(), cs.name());
    }
  }

  @Test
  void utf32WithAByteOrderMarkIsDecoded() throws IOException {
    for (String name : List.of("UTF-32LE", "UTF-32BE")) {
      Path txt = tmp.resolve("wide-" + name + ".txt");
      Files.write(txt, withMark(TEXT + "😀", Charset.forName(name)));

      IngestResult read = reader.read(List.of(txt));

      assertEquals(List.of(), read.rejected(), name);
      assertEquals(TEXT + "😀", read.articles().get(0).text(), name);
    }
  }

  @Test
  void aUtf16ArticleGoesThroughAWholeRunAndExplainShowsItsText() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("wide.txt"), withMark(Files.readString(SEED), StandardCharsets.UTF_16LE));
    Path out = tmp.resolve("out");

    Command run = Command.run("score", in.toString(), "--out", out.toString(), "--quiet");

    assertEquals(0, run.exit(), run.err());
    Command explain = Command.run("explain", "--report", out.toString(), "--claim", "wide#2");
    assertEquals(0, explain.exit(), explain.err());
    assertTrue(explain.out().contains("[[") && !explain.out().contains("article text not available"),
        explain.out());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRejectedByName() throws IOException {
    Files.write(tmp.resolve("le.txt"), TEXT.getBytes(StandardCharsets.UTF_16LE));
    Files.write(tmp.resolve("be.json"), ("{\"text\": \"" + TEXT.strip() + "\"}").getBytes(StandardCharsets.UTF_16BE));
    Files.write(tmp.resolve("lines.jsonl"), withMark("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", StandardCharsets.UTF_16LE));

    Map<String, String> reasons = reasons(reader.read(List.of(tmp)), tmp);

    assertEquals(Map.of(
        "le.txt", "not UTF-8: looks like UTF-16LE without a byte-order mark",
        "be.json", "not UTF-8: looks like UTF-16BE without a byte-order mark",
        "lines.jsonl", "not UTF-8: a .jsonl file must be UTF-8, and this one is UTF-16LE (by its byte-order mark)"),
        reasons);
  }

  @Test
  void aNewlineOrControlCharacterInANameIsEscapedInEveryMessage() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(SEED, in.resolve("seed.txt"));
    Files.writeString(in.resolve("bad\nrejected forged.txt"), "");
    Files.writeString(in.resolve("bell\u0007.txt"), "");
    Files.writeString(in.resolve("twin.json"), "{\"id\": \"seed\", \"text\": \"Same id.\"}");
    Files.writeString(in.resolve("x.json"), "{\"id\": \"two\\nlines\", \"text\": \"One.\"}");
    Files.writeString(in.resolve("y.json"), "{\"id\": \"two\\nlines\", \"text\": \"Two.\"}");
    Path out = tmp.resolve("out");

    Command run = Command.run("score", in.toString(), "--out", out.toString(), "--quiet");

    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(4, lines.size(), run.err());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("rejected " + in)), run.err());
    assertTrue(lines.contains("rejected " + in + "/bad\\nrejected forged.txt: empty file"), run.err());
    assertTrue(lines.contains("rejected " + in + "/bell\\u0007.txt: empty file"), run.err());
    assertTrue(lines.contains("rejected " + in + "/y.json: duplicate article id 'two\\nlines', already read from "
        + in + "/x.json"), run.err());
    String rejected = Files.readString(out.resolve("rejected.csv"));
    assertTrue(rejected.contains(",\"duplicate article id 'two\\nlines', already read from " + in + "/x.json\"\n"),
        rejected);
  }

  private Path write(String relative, String text) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static byte[] withMark(String text, Charset cs) {
    return ("\uFEFF" + text).getBytes(cs);
  }

  private static List<String> ids(IngestResult read) {
    return read.articles().stream().map(Article::id).toList();
  }

  private static Map<String, String> reasons(IngestResult read, Path dir) {
    Map<String, String> out = new TreeMap<>();
    read.rejected().forEach(r -> out.put(dir.relativize(Path.of(r.input())).toString(), r.reason()));
    return out;
  }

  private static Map<Article, ArticleLocator> stream(List<Path> inputs) {
    Map<Article, ArticleLocator> out = new java.util.LinkedHashMap<>();
    reader.stream(inputs, new ArticleSink() {
      @Override
      public void article(Article article, ArticleLocator where) {
        out.put(article, where);
      }

      @Override
      public void rejected(Rejection rejection) {
        throw new AssertionError(rejection.toString());
      }
    });
    return out;
  }
}
