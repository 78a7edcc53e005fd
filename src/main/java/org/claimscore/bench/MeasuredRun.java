package org.claimscore.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.claimscore.cli.Main;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.Rejection;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.sentences.RuleBasedSentenceSplitter;

/**
 * One measured run in its own JVM, started by {@code claimscore bench}: either a whole {@code
 * score} run or the baseline pass (read the same articles and split their sentences, nothing
 * else). Prints its counts, the peak heap and the CPU time it used, one {@code key value} per line.
 */
public final class MeasuredRun {

  private MeasuredRun() {}

  /** {@code score CORPUS OUT THREADS} or {@code baseline CORPUS}. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    switch (args.length > 0 ? args[0] : "") {
      case "score" -> {
        int exit = Main.run("score", args[1], "--out", args[2], "--threads", args[3], "--quiet");
        if (exit != 0) {
          System.exit(exit);
        }
        out.println("claims " + records(Path.of(args[2], "claims.csv")));
      }
      case "baseline" -> {
        RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
        AtomicLong sentences = new AtomicLong();
        new ArticleReader(Lexicon.empty()).stream(List.of(Path.of(args[1])), new ArticleSink() {
          @Override
          public void article(Article article, ArticleLocator where) {
            sentences.addAndGet(splitter.split(article).size());
          }

          @Override
          public void rejected(Rejection rejection) {}
        });
        out.println("sentences " + sentences.get());
      }
      default -> {
        System.err.println("usage: MeasuredRun score CORPUS OUT THREADS | baseline CORPUS; got " + Arrays.toString(args));
        System.exit(2);
      }
    }
    out.println("peak-heap-bytes " + peakHeap());
    out.println("cpu-millis " + cpuMillis());
  }

  /**
   * CPU time of this JVM so far, every thread counted (compiler and collector too), in
   * milliseconds; 0 where the platform does not tell. Unlike wall time it does not grow when
   * other work shares the machine.
   */
  static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime() / 1_000_000);
    }
    return 0;
  }

  /** The sum of the peak use of every heap pool: an upper bound of the peak heap in use. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long records(Path csv) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    long n = 0;
    try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, format)) {
      for (var ignored : parser) {
        n++;
      }
    }
    return n;
  }
}
