package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimscore.cli.Main;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} as a careless or hostile user gives it: a run writes only its own report files,
 * refuses a folder that holds anything else, an input or the root, and cleans up after killed runs.
 */
class OutputFolderTest {

  private static final String ARTICLE = "Troops shot down drones over Belgorod, officials say\n\n"
      + "The regional governor said on Tuesday that air defences shot down 12 drones overnight. "
      + "A ministry spokesman claimed that 3 tanks were destroyed near the border.\n";

  @TempDir Path tmp;

  private Path input;

  /** The exit code and the two outputs of one run. */

  @BeforeEach
  void article() throws IOException {
    input = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(input.resolve("a1.txt"), ARTICLE);
  }

  private Command score(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("score", input.toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    return Command.run(args.toArray(String[]::new));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertRefused(Command run, String message) {
    assertEquals(2, run.exit(), run.err());
    assertEquals(message, run.err().strip());
  }

  @Test
  void anUnrelatedFileInAnExistingFolderIsKeptAndTheRunRefused() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(out.resolve("notes.txt"), "my notes");
    Files.createDirectory(out.resolve("drafts"));
    Files.writeString(out.resolve(".hidden"), "mine too");
    Files.writeString(out.resolve("claims.csv"), "an earlier report");
    Command run = score(out);
    assertRefused(run, "score: --out " + out + ": already holds 3 file(s) or folder(s) that are not claimscore "
        + "reports (.hidden, drafts/, notes.txt); score replaces only its own report files and deletes nothing "
        + "else, so choose a new or empty folder, or remove those files yourself");
    assertEquals(List.of(".hidden", "claims.csv", "drafts", "notes.txt"), names(out));
    assertEquals("my notes", Files.readString(out.resolve("notes.txt")));
    assertEquals("an earlier report", Files.readString(out.resolve("claims.csv")));
    assertEquals(List.of("articles", "work"), names(tmp), "no staging folder is left");
  }

  @Test
  void aRefusalNamesAFewOfManyFilesAndCountsThemAll() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("work"));
    for (int i = 0; i < 12; i++) {
      Files.writeString(out.resolve("file" + (char) ('a' + i) + ".txt"), "x");
    }
    Command run = score(out);
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("already holds 12 file(s) or folder(s) that are not claimscore reports "
        + "(filea.txt, fileb.txt, filec.txt, ...)"), run.err());
    assertEquals(12, names(out).size());
  }

  @Test
  void anEarlierReportIsReplacedFileByFile() throws IOException {
    Path out = tmp.resolve("report");
    assertEquals(0, score(out).exit());
    Files.writeString(out.resolve("claims.csv"), "stale");
    Files.writeString(out.resolve("rule-firings.csv.gz"), "stale compressed form of an earlier run");
    Command again = score(out);
    assertEquals(0, again.exit(), again.err());
    assertEquals(ReportWriter.FILES.stream().sorted().toList(), names(out));
    assertTrue(Files.readString(out.resolve("claims.csv")).startsWith("claim_id,"));
  }

  @Test
  void theInputItselfIsRefusedAndItsArticlesKept() throws IOException {
    Command run = score(input);
    assertRefused(run, "score: --out " + input + ": is the input folder " + input
        + " itself; choose a report folder outside the inputs");
    assertEquals(List.of("a1.txt"), names(input));
    assertEquals(ARTICLE, Files.readString(input.resolve("a1.txt")));
  }

  @Test
  void anInputFileIsRefusedAndKept() throws IOException {
    Path file = input.resolve("a1.txt");
    Command run = Command.run("score", file.toString(), "--out", file.toString(), "--quiet");
    assertRefused(run, "score: --out " + file + ": is the input file " + file
        + " itself; choose a report folder outside the inputs");
    assertEquals(ARTICLE, Files.readString(file));
  }

  @Test
  void aFolderThatHoldsTheInputIsRefused() throws IOException {
    Command run = score(tmp);
    assertRefused(run, "score: --out " + tmp + ": holds the input " + input
        + "; choose a report folder outside the inputs");
    assertEquals(List.of("articles"), names(tmp));
    assertEquals(List.of("a1.txt"), names(input));
  }

  @Test
  void aFolderInsideTheInputFolderIsRefused() throws IOException {
    Path out = input.resolve("reports");
    Command run = score(out);
    assertRefused(run, "score: --out " + out + ": is inside the input folder " + input
        + ", where the next run would read the reports as articles; choose a report folder outside it");
    assertEquals(List.of("a1.txt"), names(input));
  }

  @Test
  void aSymbolicLinkToTheInputIsTheInput() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), input);
    Command run = score(link);
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(": is the input folder " + input + " itself"), run.err());
    assertEquals(List.of("a1.txt"), names(input));
  }

  @Test
  void aRegularFileIsRefusedAndKept() throws IOException {
    Path file = Files.writeString(tmp.resolve("results.txt"), "my results");
    Command run = score(file);
    assertRefused(run, "score: --out " + file
        + ": is a file, not a folder; choose a new or empty folder (the file is left as it is)");
    assertEquals("my results", Files.readString(file));
    assertEquals(List.of("articles", "results.txt"), names(tmp));
  }

  @Test
  void theRootIsRefusedWithoutAnInternalError() {
    Command run = score(Path.of("/"));
    assertRefused(run, "score: --out /: is the root of the file system; give the reports a folder of their own");
  }

  @Test
  void anUnwritableParentIsNamedNotAnInternalError() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("locked"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent),
          "this user (root?) can write to a folder of mode r-xr-xr-x, so there is no unwritable folder to test with");
      Command run = score(parent.resolve("report"));
      assertRefused(run, "score: cannot write to " + parent + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anExistingFolderKeepsItsMode() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
    assertEquals(0, score(out).exit());
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(0, score(out).exit(), "a second run into the report folder");
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void newFoldersAndFilesGetTheModesOfTheUmask() throws IOException {
    String folderMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(
        Files.createDirectory(tmp.resolve("made-like-mkdir"))));
    String fileMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(
        Files.createFile(tmp.resolve("made-like-touch"))));
    Path out = tmp.resolve("new").resolve("report");
    assertEquals(0, score(out).exit());
    assertEquals(folderMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.getParent())));
    assertEquals(folderMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    for (String file : ReportWriter.FILES) {
      assertEquals(fileMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(file))), file);
    }
  }

  @Test
  void aStagingFolderLeftByAKilledRunIsRemovedByTheNextRun() throws IOException, InterruptedException {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Path stale = Files.createDirectory(reports.resolve(".old.writing-k1ll3d"));
    Files.writeString(stale.resolve("claims.csv"), "half a report");
    Files.writeString(stale.resolve("rule-firings.csv"), "half a report");
    Files.writeString(stale.resolve(".claimscore-staging"), marker(endedProcess(), Instant.parse("2024-03-12T10:00:00Z")));
    Path reusedPid = Files.createDirectory(reports.resolve(".other.writing-r3us3d"));
    Files.writeString(reusedPid.resolve("claims.csv.gz"), "half a compressed report");
    Files.writeString(reusedPid.resolve(".claimscore-staging"),
        marker(ProcessHandle.current().pid(), Instant.parse("1999-01-01T00:00:00Z")));
    Command run = score(reports.resolve("fresh"));
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("fresh"), names(reports));
  }

  @Test
  void aHiddenFolderWithASimilarNameThatTheToolDidNotLeaveIsNeverDeleted() throws IOException, InterruptedException {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Path noMarker = Files.createDirectory(reports.resolve(".fresh.writing-mine"));
    Files.writeString(noMarker.resolve("claims.csv"), "someone's own file");
    Path withOtherFiles = Files.createDirectory(reports.resolve(".old.writing-notes"));
    Files.writeString(withOtherFiles.resolve("claims.csv"), "half a report");
    Files.writeString(withOtherFiles.resolve("notes.txt"), "someone's notes");
    Files.writeString(withOtherFiles.resolve(".claimscore-staging"), marker(endedProcess(), Instant.now()));
    Path forged = Files.createDirectory(reports.resolve(".forged.writing-x"));
    Files.writeString(forged.resolve(".claimscore-staging"), "pid 1\n");
    Path running = Files.createDirectory(reports.resolve(".live.writing-y"));
    Files.writeString(running.resolve(".claimscore-staging"), marker(ProcessHandle.current().pid(),
        ProcessHandle.current().info().startInstant().orElseThrow()));
    Path linked = Files.createSymbolicLink(reports.resolve(".link.writing-z"), input);
    Command run = score(reports.resolve("fresh"));
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(".forged.writing-x", ".fresh.writing-mine", ".link.writing-z", ".live.writing-y",
        ".old.writing-notes", "fresh"), names(reports));
    assertEquals(List.of("claims.csv"), names(noMarker));
    assertEquals(List.of(".claimscore-staging", "claims.csv", "notes.txt"), names(withOtherFiles));
    assertEquals(List.of(".claimscore-staging"), names(running));
    assertTrue(Files.isSymbolicLink(linked));
    assertEquals(List.of("a1.txt"), names(input));
  }

  @Test
  void gzipReportsRoundTripThroughVerifyAndExplain() throws IOException {
    Path plain = tmp.resolve("plain");
    Path gzip = tmp.resolve("gzip");
    String fixture = "fixtures/kursk-raid-2024";
    assertEquals(0, Command.run("score", fixture, "--out", plain.toString(), "--quiet").exit());
    Command scored = Command.run("score", fixture, "--out", gzip.toString(), "--gzip");
    assertEquals(0, scored.exit(), scored.err());
    List<String> stored = List.of("claims.csv.gz", "clusters.csv.gz", "rejected.csv.gz", "report.html",
        "rule-firings.csv.gz", "run.json", "sources.csv.gz");
    assertEquals(stored, names(gzip));
    assertTrue(scored.out().contains("Reports in " + gzip + ": claims.csv.gz, rule-firings.csv.gz, sources.csv.gz, "
        + "clusters.csv.gz, rejected.csv.gz, run.json, report.html"), scored.out());
    for (String csv : ReportWriter.CSV_FILES) {
      byte[] packed = Files.readAllBytes(gzip.resolve(csv + ".gz"));
      assertEquals(0, packed[4] | packed[5] | packed[6] | packed[7], csv + ": no time in the gzip header");
      assertEquals(Files.readString(plain.resolve(csv)), gunzip(packed), csv);
    }
    assertTrue(Files.readString(gzip.resolve("run.json")).contains("\"gzip\" : true"));
    Path again = tmp.resolve("gzip-one-thread");
    assertEquals(0, Command.run("score", fixture, "--out", again.toString(), "--gzip", "--threads", "1", "--quiet").exit());
    for (String csv : ReportWriter.CSV_FILES) {
      assertArrayEquals(Files.readAllBytes(gzip.resolve(csv + ".gz")), Files.readAllBytes(again.resolve(csv + ".gz")),
          csv + ".gz: the same bytes from another run");
    }

    Command verified = Command.run("verify", gzip.toString());
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    assertEquals("verified: " + gzip + " is byte-identical to a fresh run (7 files)", verified.out().strip());

    String claim = "000_ff52ee658b83113a#1";
    Command fromPlain = Command.run("explain", "--report", plain.toString(), "--claim", claim);
    Command fromGzip = Command.run("explain", "--report", gzip.toString(), "--claim", claim);
    assertEquals(0, fromGzip.exit(), fromGzip.err());
    assertTrue(fromGzip.out().contains("Rules that fired"), fromGzip.out());
    assertEquals(fromPlain.out(), fromGzip.out());

    Files.write(gzip.resolve("claims.csv.gz"), gzip(Files.readString(plain.resolve("claims.csv")) + "forged,row\n"));
    Command tampered = Command.run("verify", gzip.toString());
    assertEquals(1, tampered.exit(), tampered.out());
    assertTrue(tampered.out().contains("files that differ from a fresh run: claims.csv.gz"), tampered.out());
  }

  @Test
  void switchingToAndFromGzipLeavesOneFormOfEachFile() throws IOException {
    Path out = tmp.resolve("report");
    assertEquals(0, score(out).exit());
    assertEquals(0, score(out, "--gzip").exit());
    assertEquals(List.of("claims.csv.gz", "clusters.csv.gz", "rejected.csv.gz", "report.html",
        "rule-firings.csv.gz", "run.json", "sources.csv.gz"), names(out));
    assertEquals(0, score(out).exit());
    assertEquals(ReportWriter.FILES.stream().sorted().toList(), names(out));
  }

  @Test
  void theCurrentFolderWithOtherFilesIsRefusedInAFreshProcess() throws IOException, InterruptedException {
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "my notes");
    Path articles = Files.createDirectories(work.resolve("articles"));
    Files.writeString(articles.resolve("a1.txt"), ARTICLE);
    ProcessResult elsewhere = java(work, "score", input.toString(), "--out", ".");
    assertEquals(2, elsewhere.exit(), elsewhere.err());
    assertTrue(elsewhere.err().startsWith("score: --out .: already holds 2 file(s) or folder(s) that are not "
        + "claimscore reports (articles/, notes.txt)"), elsewhere.err());
    ProcessResult below = java(work, "score", "articles", "--out", ".");
    assertEquals(2, below.exit(), below.err());
    assertEquals("score: --out .: holds the input articles; choose a report folder outside the inputs",
        below.err().strip());
    assertEquals(List.of("articles", "notes.txt"), names(work));
    assertEquals(List.of("a1.txt"), names(articles));
    assertEquals("my notes", Files.readString(work.resolve("notes.txt")));
  }

  /** The exit code and stderr of a {@code claimscore} run in its own JVM. */
  record ProcessResult(int exit, String err) {}

  private ProcessResult java(Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path err = tmp.resolve("stderr-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run did not end");
    return new ProcessResult(p.exitValue(), Files.readString(err));
  }

  /** The id of a process that has ended. */
  private static long endedProcess() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false));
    return p.pid();
  }

  /** A marker as a run writes it into its staging folder. */
  private static String marker(long pid, Instant started) {
    return "claimscore staging folder; a later run removes it once this process is gone\npid " + pid
        + "\nstarted " + started + "\n";
  }

  private static String gunzip(byte[] packed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
