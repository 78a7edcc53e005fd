package org.claimscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.claimscore.bench.CorpusGenerator;
import org.claimscore.bench.MeasuredRun;
import org.claimscore.report.Folders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimscore bench}: throughput and peak heap of whole runs on generated batches. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Time whole runs on generated batches that read like real news.",
    description = {
      "Measure whole scoring runs on generated batches that read like real news: many events of",
      "3-8 articles each, retold from the fixture articles with their own names and figures, with",
      "copies, rewrites and machine summaries among them. Each size is scored in a fresh JVM with",
      "the heap capped (--heap), next to a baseline pass over the same articles (read and split",
      "sentences only), each --repeat times; the table gives medians and the ratios between sizes.",
      "Figures depend on the machine and on what else it is doing: compare ratios within one run."
    })
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", defaultValue = "1000,10000,100000",
      description = "Batch sizes in articles (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--repeat", defaultValue = "3", description = "Runs per size and mode (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads of each run (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--heap", defaultValue = "1g", description = "Maximum heap of each run, as for -Xmx (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--work", paramLabel = "DIR", description = "Where to generate the batches (default: a temporary folder, deleted after).")
  Path work;

  @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "fixtures",
      description = "Real articles to retell (default: ${DEFAULT-VALUE}).")
  String fixtures;

  @Option(names = "--seed", defaultValue = "20240312", description = "Seed of the generated batches (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sizes.stream().anyMatch(n -> n < 1) || repeat < 1 || threads < 1) {
      err.println("bench: sizes, --repeat and --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    Path fixturesDir = Paths.resolveDefault(fixtures);
    if (!Files.isDirectory(fixturesDir)) {
      err.println("bench: no such fixtures folder: " + fixtures);
      return ExitCodes.USAGE;
    }
    boolean temporary = work == null;
    Path root = temporary ? Files.createTempDirectory("claimscore-bench-") : work;
    try {
      CorpusGenerator generator = CorpusGenerator.fromFixtures(fixturesDir);
      out.printf("%9s %-8s %9s %9s %12s %11s %13s %13s %10s%n", "articles", "run", "median s", "cpu s",
          "articles/s", "claims/s", "peak heap MB", "after GC MB", "x baseline");
      Map<Integer, Result> scores = new HashMap<>();
      for (int size : sizes) {
        Path corpus = root.resolve("batch-" + size);
        if (!Files.isDirectory(corpus)) {
          int events = generator.generate(size, seed, corpus);
          err.printf("bench: generated %d articles in %d events%n", size, events);
          err.flush();
        }
        Result baseline = measure(List.of("baseline", corpus.toString(), Paths.resolveDefault(Paths.DEFAULT_RULES).toString()), err);
        Result score = measure(List.of("score", corpus.toString(), root.resolve("reports-" + size).toString(),
            Integer.toString(threads)), err);
        scores.put(size, score);
        out.printf("%9d %-8s %9.2f %9.2f %12.0f %11s %13.0f %13.0f %10s%n", size, "baseline", baseline.seconds,
            baseline.cpuSeconds, size / baseline.seconds, "", baseline.peakHeapMb, baseline.afterGcMb, "1.0");
        out.printf("%9d %-8s %9.2f %9.2f %12.0f %11.0f %13.0f %13.0f %10.1f%n", size, "score", score.seconds,
            score.cpuSeconds, size / score.seconds, score.count / score.seconds, score.peakHeapMb, score.afterGcMb,
            score.seconds / baseline.seconds);
        out.flush();
      }
      List<Integer> sorted = sizes.stream().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        int a = sorted.get(i - 1);
        int b = sorted.get(i);
        out.printf("scaling %d -> %d articles (x%.0f): time x%.2f, cpu time x%.2f%n", a, b, (double) b / a,
            scores.get(b).seconds / scores.get(a).seconds, scores.get(b).cpuSeconds / scores.get(a).cpuSeconds);
      }
      return ExitCodes.OK;
    } finally {
      if (temporary) {
        Folders.deleteTree(root);
      }
    }
  }

  /** Median wall time, CPU time and heap figures of {@code repeat} runs of {@link MeasuredRun} in fresh JVMs. */
  private Result measure(List<String> args, PrintWriter err) throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> heaps = new ArrayList<>();
    List<Double> afterGc = new ArrayList<>();
    long count = 0;
    for (int r = 0; r < repeat; r++) {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx" + heap, "-cp", System.getProperty("java.class.path")));
      cmd.addAll(collector());
      String home = System.getProperty("claimscore.home");
      if (home != null) {
        cmd.add("-Dclaimscore.home=" + home);
      }
      cmd.add(MeasuredRun.class.getName());
      cmd.addAll(args);
      long start = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String output;
      try (InputStream in = p.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(30, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("bench: a run did not finish within 30 minutes: " + String.join(" ", args));
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (p.exitValue() != 0) {
        throw new IOException("bench: run failed with exit code " + p.exitValue() + ": " + String.join(" ", args));
      }
      Map<String, Long> values = new HashMap<>();
      output.lines().map(l -> l.split(" ")).filter(kv -> kv.length == 2)
          .forEach(kv -> values.put(kv[0], Long.parseLong(kv[1])));
      seconds.add(elapsed);
      heaps.add(values.getOrDefault("peak-heap-bytes", 0L) / 1e6);
      cpu.add(values.getOrDefault("cpu-millis", 0L) / 1e3);
      afterGc.add(values.getOrDefault("peak-after-gc-bytes", 0L) / 1e6);
      count = values.getOrDefault("claims", values.getOrDefault("sentences", 0L));
      err.printf("bench: %s run %d/%d: %.2f s, cpu %.2f s%n", args.get(0), r + 1, repeat, elapsed,
          cpu.get(cpu.size() - 1));
      err.flush();
    }
    return new Result(median(seconds), median(cpu), median(heaps), median(afterGc), count);
  }

  /** The garbage collector this JVM was told to use, so that measured runs use it too, as score does. */
  private static List<String> collector() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> arg.matches("-XX:\\+Use\\w*GC"))
        .toList();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private record Result(double seconds, double cpuSeconds, double peakHeapMb, double afterGcMb, long count) {}
}
