package org.claimscore.bench;

import java.io.IOException;
import java.io.PrintStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.claimscore.cli.Main;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.Rejection;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.setup.SetupException;

/**
 * One measured run in its own JVM, started by {@code claimscore bench}: either a whole {@code
 * score} run or the baseline pass (read the same articles and split their sentences, nothing
 * else). Prints its counts, the peak heap and the CPU time it used, one {@code key value} per line.
 */
public final class MeasuredRun {

  private MeasuredRun() {}

  /** {@code score CORPUS OUT THREADS} or {@code baseline CORPUS RULES}. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    AtomicLong afterGc = watchHeapAfterCollections();
    switch (args.length > 0 ? args[0] : "") {
      case "score" -> {
        int exit = Main.run("score", args[1], "--out", args[2], "--threads", args[3], "--quiet");
        if (exit != 0) {
          System.exit(exit);
        }
        out.println("claims " + records(new ReportFolder(Path.of(args[2])), ReportWriter.CLAIMS));
      }
      case "baseline" -> {
        Language language;
        try {
          language = Language.load(Path.of(args[2]), args[2]);
        } catch (SetupException e) {
          e.lines().forEach(System.err::println);
          System.exit(2);
          return;
        }
        RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter(language);
        AtomicLong sentences = new AtomicLong();
        new ArticleReader(Lexicon.empty(), language).stream(List.of(Path.of(args[1])), new ArticleSink() {
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
        System.err.println("usage: MeasuredRun score CORPUS OUT THREADS | baseline CORPUS RULES; got " + Arrays.toString(args));
        System.exit(2);
      }
    }
    out.println("peak-heap-bytes " + peakHeap());
    out.println("peak-after-gc-bytes " + afterGc.get());
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

  /**
   * The largest heap in use right after a collection, kept up to date as collections happen:
   * what the run held on to, without the garbage that {@link #peakHeap} counts too.
   */
  static AtomicLong watchHeapAfterCollections() {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    AtomicLong max = new AtomicLong();
    NotificationListener listener = (notification, handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        long used = info.getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey()))
            .mapToLong(e -> e.getValue().getUsed())
            .sum();
        max.accumulateAndGet(used, Math::max);
      }
    };
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
      }
    }
    return max;
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

  private static long records(ReportFolder report, String file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    long n = 0;
    try (CSVParser parser = CSVParser.parse(report.open(file), format)) {
      for (var ignored : parser) {
        n++;
      }
    }
    return n;
  }
}
