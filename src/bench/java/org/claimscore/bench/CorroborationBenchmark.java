package org.claimscore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.claimscore.claims.Claim;
import org.claimscore.corroboration.CorroborationResult;
import org.claimscore.events.ArticleKeys;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.pipeline.Stages;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.setup.SetupException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Corroboration speed on one thread: the claims and origins of every event of a generated batch
 * are computed once, then only the corroborator runs over them. Claims per second is the
 * auxiliary counter JMH prints. Run from the project root.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 7, time = 3)
public class CorroborationBenchmark {

  /** The claims and origins of each event of a generated batch, built once per trial. */
  @State(Scope.Benchmark)
  public static class Events {

    /** Articles generated from the fixtures. */
    @Param("2000")
    public int articles;

    Stages stages;
    final List<List<Claim>> claims = new ArrayList<>();
    final List<Map<String, ArticleOrigin>> origins = new ArrayList<>();

    @Setup(Level.Trial)
    public void load() throws IOException, SetupException {
      stages = StandardStages.load(Path.of("rules"), "rules");
      Path dir = Files.createTempDirectory("corroboration-bench");
      try {
        CorpusGenerator.fromFixtures(Path.of("fixtures")).generate(articles, 1, dir);
        List<Article> read = new ArticleReader(stages.lexicon(), stages.language()).read(List.of(dir)).articles();
        if (read.isEmpty()) {
          throw new IllegalStateException("no articles generated: run the benchmark from the project root");
        }
        List<ArticleKeys> keys = read.stream().map(stages.keys()::keys).toList();
        Map<String, String> eventOf = stages.grouper().group(keys);
        Map<String, List<Article>> events = new TreeMap<>();
        for (Article a : read) {
          events.computeIfAbsent(eventOf.get(a.id()), e -> new ArrayList<>()).add(a);
        }
        for (List<Article> members : events.values()) {
          members.sort(Comparator.comparing(Article::id));
          List<Claim> eventClaims = new ArrayList<>();
          for (Article a : members) {
            eventClaims.addAll(stages.extractor().extract(a, stages.splitter().split(a)));
          }
          claims.add(eventClaims);
          origins.add(stages.provenance().analyze(members));
        }
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** Claims corroborated, reported by JMH as a rate per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long claims;

    @Setup(Level.Iteration)
    public void reset() {
      claims = 0;
    }
  }

  @Benchmark
  public long corroborateEveryEvent(Events e, Counts counts) {
    long clusters = 0;
    for (int i = 0; i < e.claims.size(); i++) {
      CorroborationResult result = e.stages.corroborator().corroborate(e.claims.get(i), e.origins.get(i));
      clusters += result.clusters().size();
      counts.claims += e.claims.get(i).size();
    }
    return clusters;
  }
}
