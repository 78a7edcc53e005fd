package org.claimscore.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code fixtures/} that holds articles is a case: its articles, scored with the shipped rules,
 * must give exactly the reports in its {@code expected/} folder. After an intended change, run
 * {@code mvn test -Dtest=GoldenReportsTest -Dgolden.update=true} and review the diff.
 */
class GoldenReportsTest {

  private static final Path FIXTURES = Path.of("fixtures");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static Stages stages;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    stages = FixtureRun.stages();
  }

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(Files::isDirectory).filter(GoldenReportsTest::holdsArticles).sorted().toList();
    }
  }

  /** A folder of gold for a corpus kept outside the project (ids and offsets only) is not a case. */
  private static boolean holdsArticles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .anyMatch(n -> n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyFixtureHasExpectedReports() throws IOException {
    List<Path> cases = cases();
    assertTrue(!cases.isEmpty(), "no fixtures found");
    for (Path c : cases) {
      assertTrue(UPDATE || Files.isDirectory(c.resolve("expected")),
          c + " has no expected/ folder: run with -Dgolden.update=true and review what it writes");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsMatchTheExpectedFiles(Path fixture) throws IOException {
    Path out = tmp.resolve("out");
    FixtureRun.writeReports(stages, 2, fixture, out);
    Path expected = fixture.resolve("expected");
    if (UPDATE) {
      Files.createDirectories(expected);
      for (String file : ReportWriter.FILES) {
        Files.copy(out.resolve(file), expected.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String file : ReportWriter.FILES) {
      assertEquals(Files.readString(expected.resolve(file)), Files.readString(out.resolve(file)),
          fixture + ": " + file + " differs from expected/");
    }
    try (Stream<Path> files = Files.list(expected)) {
      assertEquals(ReportWriter.FILES.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "unexpected files in " + expected);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsAreByteIdenticalWhateverTheThreadCount(Path fixture) throws IOException {
    FixtureRun.writeReports(stages, 1, fixture, tmp.resolve("one"));
    FixtureRun.writeReports(stages, 2, fixture, tmp.resolve("two"));
    FixtureRun.writeReports(stages, 2, fixture, tmp.resolve("again"));
    for (String file : ReportWriter.FILES) {
      byte[] one = Files.readAllBytes(tmp.resolve("one").resolve(file));
      assertArrayEquals(one, Files.readAllBytes(tmp.resolve("two").resolve(file)), file + " with 1 vs 2 threads");
      assertArrayEquals(one, Files.readAllBytes(tmp.resolve("again").resolve(file)), file + " run twice");
    }
  }
}
