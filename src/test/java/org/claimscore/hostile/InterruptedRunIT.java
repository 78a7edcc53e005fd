package org.claimscore.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimscore.bench.CorpusGenerator;
import org.claimscore.cli.Main;
import org.claimscore.report.ReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed for real: {@code score} in its own JVM on a generated batch large enough to be
 * stopped half-way, by SIGTERM and by SIGKILL ({@code kill -9}).
 */
class InterruptedRunIT {

  private static final int ARTICLES = 4000;

  @TempDir static Path shared;

  @TempDir Path tmp;

  private static Path batch;

  @BeforeAll
  static void generate() throws IOException {
    batch = shared.resolve("batch");
    CorpusGenerator.fromFixtures(Path.of("fixtures")).generate(ARTICLES, 20240312, batch);
  }

  @Test
  void sigtermLeavesNoStagingFolderAndTheEarlierReportAsItWas() throws Exception {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Path report = reports.resolve("r");
    assertEquals(0, Main.run("score", "fixtures/kursk-raid-2024", "--out", report.toString(), "--quiet"));
    byte[] before = Files.readAllBytes(report.resolve(ReportWriter.CLAIMS));

    Process run = startScore(report);
    Path staging = awaitHalfAReport(reports, run);
    run.destroy();
    assertTrue(run.waitFor(1, TimeUnit.MINUTES), "the run did not stop on SIGTERM");
    assertEquals(143, run.exitValue(), "ended by SIGTERM");
    assertTrue(Files.notExists(staging), "the shutdown hook removes " + staging);
    assertEquals(List.of("r"), names(reports));
    assertEquals(ReportWriter.FILES.stream().sorted().toList(), names(report));
    assertArrayEquals(before, Files.readAllBytes(report.resolve(ReportWriter.CLAIMS)), "the earlier report is whole");
  }

  @Test
  void killNineLeavesAStagingFolderThatTheNextRunRemoves() throws Exception {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Path report = reports.resolve("r");
    Process run = startScore(report);
    Path staging = awaitHalfAReport(reports, run);
    run.destroyForcibly();
    assertTrue(run.waitFor(1, TimeUnit.MINUTES), "the run did not end on SIGKILL");
    assertEquals(137, run.exitValue(), "ended by SIGKILL");
    assertEquals(List.of(staging.getFileName().toString()), names(reports),
        "a killed run leaves only its hidden staging folder, no report where a user looks");
    assertTrue(Files.readString(staging.resolve(".claimscore-staging")).contains("pid " + run.pid() + "\n"));

    assertEquals(0, Main.run("score", "fixtures/kursk-raid-2024", "--out", reports.resolve("next").toString(),
        "--quiet"));
    assertEquals(List.of("next"), names(reports), "the next run into the same parent removes the staging folder");
  }

  private Process startScore(Path report) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "score", batch.toString(), "--out",
        report.toString(), "--threads", "1", "--quiet"));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("stderr").toFile()).start();
  }

  /** Waits until the run has written rows into its staging folder, and returns that folder. */
  private Path awaitHalfAReport(Path reports, Process run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(run.isAlive(), () -> "the run ended before it could be stopped: " + stderr());
      Optional<Path> staging;
      try (Stream<Path> list = Files.list(reports)) {
        staging = list.filter(p -> p.getFileName().toString().startsWith(".r.writing-")).findFirst();
      }
      if (staging.isPresent()) {
        Path claims = staging.get().resolve(ReportWriter.CLAIMS);
        if (Files.isRegularFile(claims) && Files.size(claims) > 0) {
          return staging.get();
        }
      }
      Thread.sleep(100);
    }
    run.destroyForcibly();
    throw new AssertionError("no rows were written within 3 minutes: " + stderr());
  }

  private String stderr() {
    try {
      return Files.readString(tmp.resolve("stderr"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
